package org.claimdesk.article;

import java.util.Locale;

import org.claimdesk.base.InvalidInputException;
import org.jsoup.Jsoup;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Imports from an uploaded file (.txt, .md, .html) or a web address; what is stored is a frozen snapshot. The
 * {@code read*} methods only extract (the import form shows their result for confirmation before saving); the
 * {@code import*} methods extract and store in one step (the API).
 */
@Service
public class ArticleImportService {

    private final ArticleService articles;
    private final UrlFetcher fetcher;
    private final ImportLimits limits;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    ArticleImportService(ArticleService articles, UrlFetcher fetcher, ImportLimits limits) {
        this.articles = articles;
        this.fetcher = fetcher;
        this.limits = limits;
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    public ArticleSnapshot importFile(String filename, byte[] bytes) {
        return articles.importArticle(readFile(filename, bytes), ImportMethod.FILE);
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    public ArticleSnapshot importUrl(String address) {
        return articles.importArticle(readUrl(address), ImportMethod.URL);
    }

    /** The article a file holds, with its metadata and language, not yet stored. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    public ArticleDraft readFile(String filename, byte[] bytes) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).strip();
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("error.import.empty-file");
        }
        if (bytes.length > limits.maxHtmlBytes()) {
            throw new InvalidInputException("error.import.file-too-large",
                    limits.maxHtmlBytes() / (1024 * 1024));
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return html(TextDecoder.decode(bytes, null, true, "file"), null);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            String text = TextFileReader.markdownToText(TextDecoder.decode(bytes, null, false, "file"));
            return withLanguage(ArticleDraft.of(null, text));
        }
        if (name.endsWith(".txt")) {
            return withLanguage(ArticleDraft.of(null, TextDecoder.decode(bytes, null, false, "file")));
        }
        throw new InvalidInputException("error.import.file-type");
    }

    /** The article at a web address, with its metadata and language, not yet stored. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    public ArticleDraft readUrl(String address) {
        UrlFetcher.Page page = fetcher.fetch(address);
        String url = page.uri().toString();
        if (page.html()) {
            return html(TextDecoder.decode(page.body(), page.contentType(), true, "page"), url);
        }
        String text = TextDecoder.decode(page.body(), page.contentType(), false, "page");
        return withLanguage(new ArticleDraft(null, text, url, null, null, null));
    }

    private ArticleDraft html(String html, String url) {
        ArticleDraft draft = extractor.extract(Jsoup.parse(html, url == null ? "" : url), url).draft();
        if (draft.text().isBlank()) {
            throw new InvalidInputException("error.import.no-text-found");
        }
        return withLanguage(draft);
    }

    /** The language the text is written in; the page's own declaration when the detector cannot tell. */
    private static ArticleDraft withLanguage(ArticleDraft draft) {
        String detected = LanguageDetection.get().detect(draft.text());
        String declared = draft.language();
        return draft.withLanguage(detected != null ? detected : declared);
    }
}
