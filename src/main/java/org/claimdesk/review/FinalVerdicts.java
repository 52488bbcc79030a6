package org.claimdesk.review;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    FinalVerdicts(DecisionRepository decisions, SourcesJson sources) {
        this.decisions = decisions;
        this.sources = sources;
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
