package org.claimdesk.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The texts an article has had: revision 1 as imported, then one per re-check that found the published text
 * changed. Fetching goes through the import's own safe fetcher and extractor ({@link ArticleImportService}).
 */
@Service
public class ArticleRevisionService {

    private final ArticleRepository articles;
    private final ArticleRevisionRepository revisions;
    private final ArticleImportService importer;
    private final ImportLimits limits;
    private final Clock clock;

    ArticleRevisionService(ArticleRepository articles, ArticleRevisionRepository revisions,
            ArticleImportService importer, ImportLimits limits, Clock clock) {
        this.limits = limits;
        this.articles = articles;
        this.revisions = revisions;
        this.importer = importer;
        this.clock = clock;
    }

    /** The article's text as its source address serves it now (extracted as at import), not yet stored. */
    @PreAuthorize("hasRole('EDITOR')")
    public ArticleDraft fetchAgain(ArticleSnapshot article) {
        if (article.sourceUrl() == null || article.sourceUrl().isBlank()) {
            throw new InvalidInputException("error.recheck.no-source", article.id());
        }
        return DraftRules.validated(importer.readUrl(article.sourceUrl()), limits);
    }

    /** Appends {@code text} as the article's next revision and returns its number. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public int addRevision(Long articleId, String text, String language) {
        Article article = articles.findById(articleId)
                .orElseThrow(() -> new NotFoundException("error.article.not-found", articleId));
        int next = article.revision() + 1;
        revisions.saveAndFlush(new ArticleRevision(articleId, next, text, language, CurrentUser.require(),
                clock.instant()));
        return next;
    }

    /**
     * Every text of a re-checked article, revision 1 (as imported) first; none for an article never re-checked,
     * whose one text is the article's own.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ArticleRevisionView> all(Long articleId) {
        List<ArticleRevision> later = revisions.findByArticleIdOrderByRevisionAsc(articleId);
        if (later.isEmpty()) {
            return List.of();
        }
        Article article = articles.findById(articleId)
                .orElseThrow(() -> new NotFoundException("error.article.not-found", articleId));
        List<ArticleRevisionView> all = new ArrayList<>();
        all.add(new ArticleRevisionView(1, article.body(), null, article.importedBy(), article.importedAt()));
        later.forEach(r -> all.add(r.view()));
        return all;
    }

    /** The later texts of a restored article (revisions 2, 3 ...), with who found each and when. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void restore(Long articleId, List<ArticleRevisionView> later) {
        int expected = 2;
        for (ArticleRevisionView r : later) {
            if (r.revision() != expected++ || r.text() == null || r.text().isBlank() || r.fetchedBy() == null
                    || r.fetchedAt() == null) {
                throw new InvalidInputException("error.restore.revisions-numbering");
            }
            revisions.save(new ArticleRevision(articleId, r.revision(), r.text(), r.language(), r.fetchedBy(),
                    r.fetchedAt()));
        }
        revisions.flush();
    }

    /** The number of the article's latest text, read from the revisions themselves (1: never re-checked). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int latest(Long articleId) {
        List<ArticleRevision> later = revisions.findByArticleIdOrderByRevisionAsc(articleId);
        return later.isEmpty() ? 1 : later.getLast().revision();
    }

    /** The text of one revision (1: as imported). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String textOf(Long articleId, int revision) {
        if (revision == 1) {
            return articles.findById(articleId).map(Article::body)
                    .orElseThrow(() -> new NotFoundException("error.article.not-found", articleId));
        }
        return revisions.findByArticleIdAndRevision(articleId, revision).map(ArticleRevision::body)
                .orElseThrow(() -> new NotFoundException("error.article.no-revision", articleId, revision));
    }
}
