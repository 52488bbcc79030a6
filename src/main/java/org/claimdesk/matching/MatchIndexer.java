package org.claimdesk.matching;

import org.claimdesk.article.ArticleImported;
import org.claimdesk.claim.ClaimsResplit;
import org.claimdesk.security.SystemActor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Indexes an imported article's claims once the import has committed (so a failed import indexes nothing, and
 * a failure here never undoes an import: the next match query of that article indexes it again). It is the
 * system's own work, whoever imported: the start-up demo import commits outside any person's sign-in.
 */
@Component
class MatchIndexer {

    private final MatchService matches;

    MatchIndexer(MatchService matches) {
        this.matches = matches;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onArticleImported(ArticleImported event) {
        index(event.articleId());
    }

    /** An article split again (its language changed): its rows are replaced by its new claims' rows. */
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onClaimsResplit(ClaimsResplit event) {
        try {
            SystemActor.run(() -> matches.reindex(event.articleId()));
        } catch (RuntimeException e) {
            LOG.warn("Could not index the claims of article {} for matching; the next match query retries", event.articleId(), e);
        }
    }

    private void index(Long articleId) {
        try {
            SystemActor.run(() -> matches.refresh(articleId));
        } catch (RuntimeException e) {
            LOG.warn("Could not index the claims of article {} for matching; the next match query retries", articleId, e);
        }
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MatchIndexer.class);
}
