package org.claimdesk.article;

import java.time.Clock;
import java.util.List;

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
        events.publishEvent(new ArticleImported(article.id(), article.body(), article.language()));
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
            throw new InvalidInputException("error.restore.import-facts");
        }
        return articles.save(new Article(clean, method, importedBy, importedAt)).id();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ArticleSnapshot get(Long id) {
        return articles.findById(id).map(ArticleSnapshot::of)
                .orElseThrow(() -> new NotFoundException("error.article.not-found", id));
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

    /** The article list with its filters, best match or newest first (see {@link ArticleFilter}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ArticleSummary> search(ArticleFilter f, Pageable page) {
        if (f.onlyIds() != null && f.onlyIds().isEmpty()) {
            return List.of();
        }
        return articles.filtered(f.query(), f.importedBy(), f.language(), f.onlyIds() == null, f.onlyPadded(),
                f.exceptPadded(), page.getPageSize(), page.getOffset());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count(ArticleFilter f) {
        if (f.onlyIds() != null && f.onlyIds().isEmpty()) {
            return 0;
        }
        return articles.countFiltered(f.query(), f.importedBy(), f.language(), f.onlyIds() == null, f.onlyPadded(),
                f.exceptPadded());
    }

    /** The languages and importers the article list can be narrowed to. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> languages() {
        return articles.languages();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> importers() {
        return articles.importers();
    }

    /** Titles of many articles by id, in one query that reads no texts (for lists across the archive). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> titles(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> titles = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            articles.titles(ids).forEach(row -> titles.put((Long) row[0], (String) row[1]));
        }
        return titles;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean hasDemoArticle() {
        return articles.existsByImportMethod(ImportMethod.DEMO);
    }

    ArticleDraft validated(ArticleDraft draft) {
        return DraftRules.validated(draft, limits);
    }

    private static ArticleSummary summary(Article a) {
        return new ArticleSummary(a.id(), a.title(), a.publisher(), a.sourceUrl(), a.importedBy(), a.importedAt());
    }
}
