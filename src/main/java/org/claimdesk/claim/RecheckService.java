package org.claimdesk.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleRevisionService;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-checks an article: fetches its source address again through the import's safe fetcher and extractor
 * (outside any transaction, so a slow site holds no database connection), and when the text changed stores it
 * as the next revision and re-anchors the claims ({@link ClaimReanchorer}). Editors only: a re-check can mark
 * approved verdicts stale.
 */
@Service
public class RecheckService {

    private final ArticleService articles;
    private final ArticleRevisionService revisions;
    private final ClaimReanchorer reanchorer;
    private final ClaimRepository claims;
    private final ClaimService claimService;

    RecheckService(ArticleService articles, ArticleRevisionService revisions, ClaimReanchorer reanchorer,
            ClaimRepository claims, ClaimService claimService) {
        this.claims = claims;
        this.claimService = claimService;
        this.articles = articles;
        this.revisions = revisions;
        this.reanchorer = reanchorer;
    }

    /** Claims marked stale and not yet decided again, oldest first, with their article's title. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QueuedClaim> stale(int limit) {
        Map<Long, ArticleSnapshot> byId = new HashMap<>();
        return claims.findStale(Limit.of(limit)).stream().map(c -> {
            ArticleSnapshot article = byId.computeIfAbsent(c.articleId(), articles::get);
            return new QueuedClaim(c.id(), c.articleId(), article.title(), claimService.textOf(c, article).substring(
                    c.start(), c.end()), c.status());
        }).toList();
    }

    @PreAuthorize("hasRole('EDITOR')")
    public RecheckResult recheck(Long articleId) {
        ArticleSnapshot article = articles.get(articleId);
        ArticleDraft fetched = revisions.fetchAgain(article);
        if (fetched.text().equals(article.text())) {
            return new RecheckResult(false, article.revision(), List.of(), List.of());
        }
        return reanchorer.apply(article, fetched.text(), fetched.language());
    }
}
