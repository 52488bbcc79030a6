package org.claimdesk.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimdesk.claim.ClaimQueueQuery;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.QueuedClaim;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My queue". Reviewers: claims still without my verdict, in articles assigned to me (first) or to nobody.
 * Editors: claims that need a decision, then those in review. The claims come from the claim feature; this
 * feature adds only what it owns (verdicts and assignments).
 */
@Service
public class QueueService {

    static final int QUEUE_LIMIT = 200;

    private final ClaimService claims;
    private final VerdictRepository verdicts;
    private final AssignmentRepository assignments;

    QueueService(ClaimService claims, VerdictRepository verdicts, AssignmentRepository assignments) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.assignments = assignments;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QueueItem> queue() {
        if (CurrentUser.hasRole(Role.EDITOR)) {
            return items(claims.waiting(new ClaimQueueQuery(Set.of(ClaimStatus.NEEDS_DECISION, ClaimStatus.IN_REVIEW),
                    List.of(), List.of(), List.of(), true, QUEUE_LIMIT)));
        }
        if (CurrentUser.hasRole(Role.REVIEWER)) {
            String me = CurrentUser.require();
            return items(claims.waiting(new ClaimQueueQuery(
                    Set.of(ClaimStatus.OPEN, ClaimStatus.IN_REVIEW, ClaimStatus.NEEDS_DECISION),
                    verdicts.claimIdsReviewedBy(me), assignments.articlesAssignedOnlyToOthers(me),
                    assignments.articlesAssignedTo(me), false, QUEUE_LIMIT)));
        }
        return List.of();
    }

    /** The articles an editor assigned to me. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> articlesAssignedToMe() {
        return assignments.articlesAssignedTo(CurrentUser.require());
    }

    private List<QueueItem> items(List<QueuedClaim> waiting) {
        Map<Long, Long> counts = new HashMap<>();
        if (!waiting.isEmpty()) {
            verdicts.reviewerCounts(waiting.stream().map(QueuedClaim::claimId).toList())
                    .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        }
        return waiting.stream().map(c -> new QueueItem(c.claimId(), c.articleId(), c.articleTitle(), c.text(),
                c.status(), counts.getOrDefault(c.claimId(), 0L))).toList();
    }
}
