package org.claimdesk.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimdesk.article.ArticleService;

import org.claimdesk.claim.ClaimQueueQuery;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.QueuedClaim;
import org.claimdesk.claim.RecheckService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "My queue". Reviewers: claims still without my verdict, in articles assigned to me (first) or to nobody.
 * Editors: claims a re-check marked stale, then those that need a decision, then those in review. The claims come from the claim feature; this
 * feature adds only what it owns (verdicts and assignments).
 */
@Service
public class QueueService {

    static final int QUEUE_LIMIT = 200;

    private final ClaimService claims;
    private final VerdictRepository verdicts;
    private final AssignmentRepository assignments;
    private final RecheckService rechecks;
    private final ClaimAssignmentService claimAssignments;
    private final ArticleService articles;

    QueueService(ClaimService claims, VerdictRepository verdicts, AssignmentRepository assignments,
            RecheckService rechecks, ClaimAssignmentService claimAssignments, ArticleService articles) {
        this.rechecks = rechecks;
        this.claimAssignments = claimAssignments;
        this.articles = articles;
        this.claims = claims;
        this.verdicts = verdicts;
        this.assignments = assignments;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QueueItem> queue() {
        if (CurrentUser.hasRole(Role.EDITOR)) {
            return items(staleFirst(rechecks.stale(QUEUE_LIMIT), claims.waiting(new ClaimQueueQuery(
                    Set.of(ClaimStatus.NEEDS_DECISION, ClaimStatus.IN_REVIEW), List.of(), List.of(), List.of(), true,
                    QUEUE_LIMIT))), Set.of());
        }
        if (CurrentUser.hasRole(Role.REVIEWER)) {
            String me = CurrentUser.require();
            Set<ClaimStatus> waiting = Set.of(ClaimStatus.OPEN, ClaimStatus.IN_REVIEW, ClaimStatus.NEEDS_DECISION);
            List<Long> reviewed = verdicts.claimIdsReviewedBy(me);
            List<QueuedClaim> mine = assignedTo(me, waiting, reviewed);
            List<Long> skip = new ArrayList<>(reviewed);
            mine.forEach(c -> skip.add(c.claimId()));
            List<QueuedClaim> all = new ArrayList<>(mine);
            all.addAll(claims.waiting(new ClaimQueueQuery(waiting, skip, assignments.articlesAssignedOnlyToOthers(me),
                    assignments.articlesAssignedTo(me), false, Math.max(1, QUEUE_LIMIT - mine.size()))));
            return items(all, mine.stream().map(QueuedClaim::claimId).collect(Collectors.toSet()));
        }
        return List.of();
    }

    /**
     * Single claims an editor assigned to me that still wait for my verdict, grouped by article in the order they
     * were assigned. Claims I have reviewed are dropped before any article is read.
     */
    private List<QueuedClaim> assignedTo(String me, Set<ClaimStatus> statuses, List<Long> reviewed) {
        Map<Long, List<Long>> byArticle = claimAssignments.claimsAssignedTo(me);
        byArticle.values().forEach(ids -> ids.removeAll(reviewed));
        byArticle.values().removeIf(List::isEmpty);
        Map<Long, QueuedClaim> waiting = new HashMap<>();
        byArticle.forEach((articleId, ids) -> {
            String title = articles.get(articleId).title();
            claims.forArticle(articleId).stream().filter(c -> ids.contains(c.id()) && !c.dismissed()
                    && statuses.contains(c.status()) && !reviewed.contains(c.id()))
                    .forEach(c -> waiting.put(c.id(), new QueuedClaim(c.id(), articleId, title, c.text(), c.status())));
        });
        return byArticle.values().stream().flatMap(List::stream).map(waiting::get).filter(Objects::nonNull)
                .limit(QUEUE_LIMIT).toList();
    }

    /** The articles an editor assigned to me. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> articlesAssignedToMe() {
        return assignments.articlesAssignedTo(CurrentUser.require());
    }

    /** Claims a re-check marked stale wait for an editor before everything else. */
    private static List<QueuedClaim> staleFirst(List<QueuedClaim> stale, List<QueuedClaim> waiting) {
        Set<Long> seen = new java.util.HashSet<>();
        return java.util.stream.Stream.concat(stale.stream(), waiting.stream()).filter(c -> seen.add(c.claimId()))
                .limit(QUEUE_LIMIT).toList();
    }

    private List<QueueItem> items(List<QueuedClaim> waiting, Set<Long> assignedToMe) {
        Map<Long, Long> counts = new HashMap<>();
        if (!waiting.isEmpty()) {
            verdicts.reviewerCounts(waiting.stream().map(QueuedClaim::claimId).toList())
                    .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        }
        return waiting.stream().map(c -> new QueueItem(c.claimId(), c.articleId(), c.articleTitle(), c.text(),
                c.status(), counts.getOrDefault(c.claimId(), 0L), assignedToMe.contains(c.claimId()))).toList();
    }
}
