package org.claimdesk.desk.api;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleImportService;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claim.ClaimCounts;
import org.claimdesk.claim.ClaimJson;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.RecheckResult;
import org.claimdesk.claim.RecheckService;
import org.claimdesk.review.LanguageChangeService;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Import articles (pasted JSON, a file, a URL) and read them with their claims. */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleApiController {

    private final ArticleService articles;
    private final ArticleImportService importer;
    private final ClaimService claims;
    private final RecheckService rechecks;
    private final LanguageChangeService languages;

    ArticleApiController(ArticleService articles, ArticleImportService importer, ClaimService claims,
            RecheckService rechecks, LanguageChangeService languages) {
        this.languages = languages;
        this.rechecks = rechecks;
        this.articles = articles;
        this.importer = importer;
        this.claims = claims;
    }

    record ArticleRequest(String title, String text, String sourceUrl, String publisher, String author,
            String publishedAt, String language) {
    }

    record UrlRequest(String url) {
    }

    /** What may change of a stored article: its language (ISO 639-1). */
    record ArticlePatch(String language) {
    }

    record ArticleJson(Long id, String title, String sourceUrl, String publisher, String author, LocalDate publishedAt,
            String importMethod, String importedBy, Instant importedAt, String language, String text,
            List<ClaimJson> claims, int revision) {
    }

    record ArticleListItem(Long id, String title, String publisher, String sourceUrl, String importedBy,
            Instant importedAt, int claims, int approved, double progress) {
    }

    record ArticlePage(List<ArticleListItem> items, long total, int page, int size) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleJson> paste(@RequestBody ArticleRequest request) {
        ArticleSnapshot article = articles.importArticle(new ArticleDraft(request.title(), request.text(),
                request.sourceUrl(), request.publisher(), request.author(), date(request.publishedAt()),
                request.language()),
                ImportMethod.PASTE);
        return created(article);
    }

    @PostMapping(path = "/import-file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ArticleJson> importFile(@RequestParam("file") MultipartFile file) throws IOException {
        return created(importer.importFile(file.getOriginalFilename(), file.getBytes()));
    }

    @PostMapping(path = "/import-url", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ArticleJson> importUrl(@RequestBody UrlRequest request) {
        return created(importer.importUrl(request.url()));
    }

    @GetMapping
    ArticlePage list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String importedBy,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > 100) {
            throw new InvalidInputException("error.api.page");
        }
        List<ArticleSummary> found = articles.search(q, importedBy, PageRequest.of(page, size));
        Map<Long, ClaimCounts> counts = claims.countsFor(found.stream().map(ArticleSummary::id).toList());
        List<ArticleListItem> items = found.stream().map(a -> {
            ClaimCounts c = counts.getOrDefault(a.id(), new ClaimCounts(0, 0, 0));
            return new ArticleListItem(a.id(), a.title(), a.publisher(), a.sourceUrl(), a.importedBy(),
                    a.importedAt(), c.reviewable(), c.approved(), c.progress());
        }).toList();
        return new ArticlePage(items, articles.count(q, importedBy), page, size);
    }

    @GetMapping("/{id}")
    ArticleJson get(@PathVariable Long id) {
        return json(articles.get(id));
    }

    /**
     * Changes the article's language and splits its claims again by that language's rules (the old claims are
     * retired, kept in history). Only while no verdict exists on the article (409 after); editors and the article's
     * importer.
     */
    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ArticleJson patch(@PathVariable Long id, @RequestBody ArticlePatch patch) {
        return json(languages.change(id, patch.language()));
    }

    /**
     * Fetches the article's source address again; a changed text becomes the next revision, claims are re-anchored
     * and those whose sentence changed or disappeared are marked stale. Editors only.
     */
    @PostMapping("/{id}/recheck")
    RecheckResult recheck(@PathVariable Long id) {
        return rechecks.recheck(id);
    }

    private ResponseEntity<ArticleJson> created(ArticleSnapshot article) {
        return ResponseEntity.created(URI.create("/api/v1/articles/" + article.id())).body(json(article));
    }

    private ArticleJson json(ArticleSnapshot a) {
        return new ArticleJson(a.id(), a.title(), a.sourceUrl(), a.publisher(), a.author(), a.publishedOn(),
                a.importMethod().name(), a.importedBy(), a.importedAt(), a.language(), a.text(),
                claims.forArticle(a.id()).stream().map(ClaimJson::of).toList(), a.revision());
    }

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() <= 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.api.published-at");
        }
    }
}
