package org.claimdesk.article;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores imported articles as frozen snapshots. Validation happens before anything is written, and the
 * claims are created in the same transaction (via {@link ArticleImported}), so a failed import stores nothing.
 */
@Service
public class ArticleService {

    static final int MAX_TITLE = 500;

    private final ArticleRepository articles;
    private final ApplicationEventPublisher events;
    private final ImportLimits limits;
    private final Clock clock;

    ArticleService(ArticleRepository articles, ApplicationEventPublisher events, ImportLimits limits, Clock clock) {
        this.articles = articles;
        this.events = events;
        this.limits = limits;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public ArticleSnapshot importArticle(ArticleDraft draft, ImportMethod method) {
        ArticleDraft clean = validated(draft);
        Article article = articles.save(new Article(clean, method, CurrentUser.require(), clock.instant()));
        events.publishEvent(new ArticleImported(article.id(), article.body()));
        return ArticleSnapshot.of(article);
    }

    /**
     * Stores an article from a ClaimDesk export exactly as it was (who imported it, when, how); no claims are
     * split, because the export brings its own. Admins only.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Long restore(ArticleDraft draft, ImportMethod method, String importedBy, java.time.Instant importedAt) {
        ArticleDraft clean = validated(draft);
        if (method == null || importedBy == null || importedBy.isBlank() || importedAt == null) {
            throw new InvalidInputException("The export lacks the article's import method, importer or time.");
        }
        return articles.save(new Article(clean, method, importedBy, importedAt)).id();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ArticleSnapshot get(Long id) {
        return articles.findById(id).map(ArticleSnapshot::of)
                .orElseThrow(() -> new NotFoundException("No article with id " + id + "."));
    }

    /**
     * Newest first; with a query, PostgreSQL full-text search on title (weighted) and text, best match first.
     * {@code importedBy} (may be null) keeps only the articles that person imported.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ArticleSummary> search(String query, String importedBy, Pageable page) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            Pageable newest = PageRequest.of(page.getPageNumber(), page.getPageSize(),
                    Sort.by(Sort.Direction.DESC, "importedAt"));
            return (importedBy == null ? articles.findAll(newest) : articles.findByImportedBy(importedBy, newest))
                    .map(ArticleService::summary).toList();
        }
        return articles.search(q, importedBy, page.getPageSize(), page.getOffset());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(String query, String importedBy) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return importedBy == null ? articles.count() : articles.countByImportedBy(importedBy);
        }
        return articles.countMatches(q, importedBy);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean hasDemoArticle() {
        return articles.existsByImportMethod(ImportMethod.DEMO);
    }

    ArticleDraft validated(ArticleDraft draft) {
        String text = normalized(draft.text());
        if (text.isBlank()) {
            throw new InvalidInputException("The article has no text.");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxTextBytes()) {
            throw new InvalidInputException("The article text is " + bytes / 1024 + " KB; the limit is "
                    + limits.maxTextBytes() / 1024 + " KB.");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            throw new InvalidInputException("The text contains control characters; it looks like a binary file.");
        }
        String title = Optional.ofNullable(draft.title()).map(String::strip).filter(t -> !t.isEmpty())
                .orElseGet(() -> firstLine(text));
        if (title.length() > MAX_TITLE) {
            throw new InvalidInputException("The title may have at most " + MAX_TITLE + " characters.");
        }
        return new ArticleDraft(title, text, limited(draft.sourceUrl(), 2048, "source URL"),
                limited(draft.publisher(), 200, "publisher"), limited(draft.author(), 200, "author"),
                draft.publishedOn());
    }

    /** Line endings unified and the byte-order mark and outer blank space removed, once, before storing. */
    static String normalized(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        return t.strip();
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse(text).strip();
        return line.length() <= 120 ? line : line.substring(0, 117).strip() + "...";
    }

    private static String limited(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException("The " + what + " may have at most " + max + " characters.");
        }
        return v;
    }

    private static ArticleSummary summary(Article a) {
        return new ArticleSummary(a.id(), a.title(), a.publisher(), a.sourceUrl(), a.importedBy(), a.importedAt());
    }
}
