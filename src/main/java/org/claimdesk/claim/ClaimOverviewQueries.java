package org.claimdesk.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimdesk.article.ArticleFilter;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the desk overview and the article list's filters read about claims across every article. */
@Service
public class ClaimOverviewQueries {

    private final ClaimOverviewRepository claims;
    private final ArticleService articles;

    ClaimOverviewQueries(ClaimOverviewRepository claims, ArticleService articles) {
        this.claims = claims;
        this.articles = articles;
    }

    /** The filter narrowed to articles at this stage of review (null: any), in one aggregate query. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ArticleFilter narrow(ArticleFilter filter, ReviewProgress progress) {
        if (progress == null) {
            return filter;
        }
        List<Long> matching = new ArrayList<>();
        List<Long> started = new ArrayList<>();
        for (Object[] row : claims.progressByArticle()) {
            int total = ((Number) row[1]).intValue();
            int approved = ((Number) row[2]).intValue();
            (ReviewProgress.of(total, approved) == progress ? matching : started).add((Long) row[0]);
        }
        if (progress == ReviewProgress.NOT_STARTED) { // articles without claims have not started either
            List<Long> except = new ArrayList<>(filter.exceptIds());
            except.addAll(started);
            return new ArticleFilter(filter.query(), filter.importedBy(), filter.language(), filter.onlyIds(), except);
        }
        Set<Long> only = new HashSet<>(matching);
        if (filter.onlyIds() != null) {
            only.retainAll(filter.onlyIds());
        }
        return new ArticleFilter(filter.query(), filter.importedBy(), filter.language(), only, filter.exceptIds());
    }

    /** The claims of these articles that are claims (not merged away, not dismissed). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> reviewableIds(Collection<Long> articleIds) {
        return articleIds.isEmpty() ? Set.of() : new HashSet<>(claims.reviewableIds(articleIds));
    }

    /** These claims with their article's title and their text, in the order asked. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QueuedClaim> briefs(List<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Claim> byId = new HashMap<>();
        claims.byIds(claimIds).forEach(c -> byId.put(c.id(), c));
        Map<Long, ArticleSnapshot> articlesById = new HashMap<>();
        List<QueuedClaim> briefs = new ArrayList<>();
        for (Long id : claimIds) {
            Claim c = byId.get(id);
            if (c != null) {
                ArticleSnapshot article = articlesById.computeIfAbsent(c.articleId(), articles::get);
                briefs.add(new QueuedClaim(c.id(), c.articleId(), article.title(), c.span().of(article.text()),
                        c.status()));
            }
        }
        return briefs;
    }

    /** The latest claim history rows across the desk, newest first (blind review is the caller's to apply). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<RecentClaimChange> recentHistory(int limit) {
        return claims.recentHistory(Limit.of(limit)).stream()
                .map(h -> new RecentClaimChange(h.articleId(), h.item())).toList();
    }
}
