package org.claimdesk.review;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimdesk.claim.ClaimCounts;
import org.claimdesk.claim.ClaimOverviewQueries;
import org.claimdesk.claim.ClaimService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current final verdict (latest decision) of many claims at once, for features that look across articles
 * (claim matching). Decisions are visible to every signed-in user, as on the claim page; blind review hides
 * reviewers' verdicts, which this never returns.
 */
@Service
public class FinalVerdicts {

    private final DecisionRepository decisions;
    private final SourcesJson sources;
    private final ClaimService claims;
    private final ClaimOverviewQueries overview;

    FinalVerdicts(DecisionRepository decisions, SourcesJson sources, ClaimService claims,
            ClaimOverviewQueries overview) {
        this.decisions = decisions;
        this.sources = sources;
        this.claims = claims;
        this.overview = overview;
    }

    /** Each article's verdict mix (what the small bar draws) in three queries, however many articles. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, VerdictMix> mixFor(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        Set<Long> reviewable = overview.reviewableIds(articleIds);
        Map<Long, Map<VerdictType, Integer>> finals = new HashMap<>();
        for (DecisionEntry d : decisions.currentForArticles(articleIds)) {
            if (reviewable.contains(d.claimId())) {
                finals.computeIfAbsent(d.articleId(), a -> new EnumMap<>(VerdictType.class))
                        .merge(d.verdict(), 1, Integer::sum);
            }
        }
        Map<Long, ClaimCounts> counts = claims.countsFor(articleIds);
        Map<Long, VerdictMix> mixes = new HashMap<>();
        for (Long id : articleIds) {
            Map<VerdictType, Integer> decided = finals.getOrDefault(id, Map.of());
            int claimCount = counts.getOrDefault(id, new ClaimCounts(0, 0, 0)).reviewable();
            int decidedCount = decided.values().stream().mapToInt(Integer::intValue).sum();
            mixes.put(id, new VerdictMix(decided, Math.max(0, claimCount - decidedCount)));
        }
        return mixes;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, DecisionView> of(Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return decisions.currentFor(claimIds).stream().map(sources::view)
                .collect(Collectors.toMap(DecisionView::claimId, Function.identity()));
    }
}
