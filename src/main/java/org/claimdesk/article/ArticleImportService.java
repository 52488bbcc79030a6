package org.claimdesk.article;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.claimdesk.base.InvalidInputException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Imports from an uploaded file (.txt, .md, .html) or a web address; what is stored is a frozen snapshot. */
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
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT).strip();
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException("The file is empty.");
        }
        if (bytes.length > limits.maxHtmlBytes()) {
            throw new InvalidInputException("The file is larger than " + limits.maxHtmlBytes() / (1024 * 1024)
                    + " MB; nothing was imported.");
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return importHtml(parse(bytes, null), null, ImportMethod.FILE);
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            String text = TextFileReader.markdownToText(TextFileReader.utf8(bytes, "file"));
            return articles.importArticle(ArticleDraft.of(null, text), ImportMethod.FILE);
        }
        if (name.endsWith(".txt")) {
            return articles.importArticle(ArticleDraft.of(null, TextFileReader.utf8(bytes, "file")), ImportMethod.FILE);
        }
        throw new InvalidInputException("Only .txt, .md and .html files can be imported.");
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    public ArticleSnapshot importUrl(String address) {
        UrlFetcher.Page page = fetcher.fetch(address);
        if (page.html()) {
            return importHtml(parse(page.body(), page.uri().toString()), page.uri().toString(), ImportMethod.URL);
        }
        String text = TextFileReader.utf8(page.body(), "page");
        return articles.importArticle(new ArticleDraft(null, text, page.uri().toString(), null, null, null),
                ImportMethod.URL);
    }

    private ArticleSnapshot importHtml(Document document, String url, ImportMethod method) {
        HtmlArticleExtractor.Extracted extracted = extractor.extract(document, url);
        if (extracted.draft().text().isBlank()) {
            throw new InvalidInputException("The page has no article text that ClaimDesk could find.");
        }
        return articles.importArticle(extracted.draft(), method);
    }

    private static Document parse(byte[] html, String baseUri) {
        for (byte b : html) {
            if (b == 0) {
                throw new InvalidInputException("The file looks like a binary file, not a web page.");
            }
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(html), null, baseUri == null ? "" : baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
