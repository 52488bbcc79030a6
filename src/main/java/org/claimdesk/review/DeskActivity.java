package org.claimdesk.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimdesk.article.ArticleFilter;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.claim.ClaimHistoryItem;
import org.claimdesk.claim.ClaimOverviewQueries;
import org.claimdesk.claim.RecentClaimChange;
import org.claimdesk.security.CurrentUser;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's recent activity: the latest claim changes, verdicts and decisions across every article, as the
 * current user may see them. Blind review holds (BlindReview decides): a verdict a reviewer may not see yet
 * is left out entirely, and a status change it caused names no one. Only what happened is listed, never a
 * verdict's content.
 */
@Service
public class DeskActivity {

    private final ClaimOverviewQueries claims;
    private final VerdictRepository verdicts;
    private final DecisionRepository decisions;
    private final ReviewSettingsService settings;
    private final ArticleService articles;

    DeskActivity(ClaimOverviewQueries claims, VerdictRepository verdicts, DecisionRepository decisions,
            ReviewSettingsService settings, ArticleService articles) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.decisions = decisions;
        this.settings = settings;
        this.articles = articles;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DeskEvent> recent(int limit) {
        List<RecentClaimChange> changes = claims.recentHistory(limit);
        List<VerdictEntry> verdictRows = verdicts.recent(Limit.of(limit));
        List<DecisionEntry> decisionRows = decisions.recent(Limit.of(limit));
        Set<Long> articleIds = new HashSet<>();
        Set<Long> claimIds = new HashSet<>();
        changes.forEach(c -> { articleIds.add(c.articleId()); claimIds.add(c.item().claimId()); });
        verdictRows.forEach(v -> { articleIds.add(v.articleId()); claimIds.add(v.claimId()); });
        decisionRows.forEach(d -> articleIds.add(d.articleId()));
        Map<Long, BlindReview> views = views(articleIds, claimIds);
        Map<Long, String> titles = titles(articleIds);

        List<DeskEvent> events = new ArrayList<>();
        for (RecentClaimChange c : changes) {
            ClaimHistoryItem seen = views.get(c.articleId()).asSeen(c.item());
            events.add(new DeskEvent(c.articleId(), titles.get(c.articleId()), seen.claimId(), seen.at(),
                    seen.actor(), seen.action()));
        }
        for (VerdictEntry v : verdictRows) {
            if (views.get(v.articleId()).canSee(v)) {
                events.add(new DeskEvent(v.articleId(), titles.get(v.articleId()), v.claimId(), v.createdAt(),
                        v.reviewer(), ReviewAction.ofVerdict(v.revision())));
            }
        }
        for (DecisionEntry d : decisionRows) {
            events.add(new DeskEvent(d.articleId(), titles.get(d.articleId()), d.claimId(), d.createdAt(), d.editor(),
                    ReviewAction.ofDecision(d.revision())));
        }
        events.sort(Comparator.comparing(DeskEvent::at).reversed());
        return events.stream().limit(limit).toList();
    }

    /** Per article, the current user's blind-review view, from their own verdicts on the claims in question. */
    private Map<Long, BlindReview> views(Set<Long> articleIds, Set<Long> claimIds) {
        List<VerdictEntry> mine = claimIds.isEmpty() ? List.of()
                : verdicts.findByReviewerAndClaimIdIn(CurrentUser.require(), claimIds);
        Map<Long, Boolean> blind = settings.blind(articleIds);
        Map<Long, BlindReview> views = new HashMap<>();
        for (Long id : articleIds) {
            views.put(id, BlindReview.forCurrentUser(blind.get(id), mine));
        }
        return views;
    }

    private Map<Long, String> titles(Set<Long> articleIds) {
        Map<Long, String> titles = new HashMap<>();
        if (!articleIds.isEmpty()) {
            ArticleFilter only = new ArticleFilter(null, null, null, articleIds, null);
            for (ArticleSummary a : articles.search(only, PageRequest.of(0, articleIds.size()))) {
                titles.put(a.id(), a.title());
            }
        }
        return titles;
    }
}
