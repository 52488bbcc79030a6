package org.claimdesk.article;

import java.time.Clock;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
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
