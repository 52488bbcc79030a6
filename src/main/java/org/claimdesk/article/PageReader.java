package org.claimdesk.article;


import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Fetches a page through the import's SSRF-safe {@link UrlFetcher} (same allow-list, limits and timeouts) and
 * reads its text with the import's extractor, for features that look at a page again later: re-checking an
 * article, archiving a cited source. Failures are {@link org.claimdesk.base.InvalidInputException}s with the
 * fetcher's message.
 */
@Service
public class PageReader {

    /** What was fetched: the final address, its content type, the raw bytes and the readable text. */
    public record Fetched(String url, String contentType, byte[] body, String text) {
    }

    private final UrlFetcher fetcher;
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    PageReader(UrlFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    public Fetched read(String address) {
        UrlFetcher.Page page = fetcher.fetch(address);
        String url = page.uri().toString();
        String decoded = TextDecoder.decode(page.body(), page.contentType(), page.html(), "page");
        if (!page.html()) {
            return new Fetched(url, page.contentType(), page.body(), DraftRules.normalized(decoded));
        }
        Document document = Jsoup.parse(decoded, url);
        String article = DraftRules.normalized(extractor.extract(document, url).draft().text());
        return new Fetched(url, page.contentType(), page.body(),
                article.isBlank() ? DraftRules.normalized(document.text()) : article);
    }
}
