package org.claimdesk.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Editors assign single claims to reviewers (whole articles: {@link ReviewSettingsService}). An assigned claim
 * comes first in the reviewer's queue; each assignment is a row of its own and a line in the claim's history.
 */
@Service
public class ClaimAssignmentService {

    private final ClaimAssignmentRepository assignments;
    private final ClaimService claims;
    private final AccountService accounts;
    private final VerdictRepository verdicts;
    private final ReviewSettingsService settings;
    private final JsonMapper json;
    private final Clock clock;

    ClaimAssignmentService(ClaimAssignmentRepository assignments, ClaimService claims, AccountService accounts,
            VerdictRepository verdicts, ReviewSettingsService settings, JsonMapper json, Clock clock) {
        this.assignments = assignments;
        this.claims = claims;
        this.accounts = accounts;
        this.verdicts = verdicts;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public void assign(Long claimId, String reviewer) {
        ClaimView claim = claims.get(claimId);
        if (claim.ordinal() == 0) {
            throw new InvalidInputException("error.assign.merged");
        }
        String name = reviewer == null ? "" : reviewer.strip().toLowerCase(Locale.ROOT);
        if (!accounts.activeUsernames(Role.REVIEWER).contains(name)) {
            throw new InvalidInputException("error.assign.not-a-reviewer", reviewer == null ? "" : reviewer);
        }
        if (!assignments.existsByClaimIdAndReviewer(claimId, name)) {
            assignments.save(new ClaimAssignment(claimId, claim.articleId(), name, CurrentUser.require(),
                    clock.instant()));
        }
    }

    /** The reviewers assigned to the claim that the current user may know of (blind review holds). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<String> assignees(Long claimId) {
        ClaimView claim = claims.get(claimId);
        BlindReview view = BlindReview.forCurrentUser(settings.blind(claim.articleId()),
                verdicts.findByClaimIdOrderByIdAsc(claimId));
        return assignments.findByClaimIdOrderByIdAsc(claimId).stream().filter(view::canSee)
                .map(ClaimAssignment::reviewer).toList();
    }

    /** The article's single-claim assignments the current user may know of, oldest first (what an export carries). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ClaimAssignmentView> forArticle(Long articleId) {
        BlindReview view = BlindReview.forCurrentUser(settings.blind(articleId),
                verdicts.findByArticleIdOrderByIdAsc(articleId));
        return assignments.findByArticleIdOrderByIdAsc(articleId).stream().filter(view::canSee)
                .map(a -> new ClaimAssignmentView(a.claimId(), a.reviewer(), a.assignedBy(), a.assignedAt())).toList();
    }

    /** Who an editor may assign a claim to: the active reviewers. */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional(readOnly = true)
    public List<String> reviewers() {
        return accounts.activeUsernames(Role.REVIEWER);
    }

    /** The claims assigned to the reviewer, by article, each list in the order they were assigned. */
    Map<Long, List<Long>> claimsAssignedTo(String reviewer) {
        Map<Long, List<Long>> byArticle = new LinkedHashMap<>();
        assignments.findByReviewerOrderByIdAsc(reviewer)
                .forEach(a -> byArticle.computeIfAbsent(a.articleId(), k -> new ArrayList<>()).add(a.claimId()));
        return byArticle;
    }

    List<TimelineEvent> claimEvents(Long claimId, BlindReview view) {
        return events(assignments.findByClaimIdOrderByIdAsc(claimId), view);
    }

    List<TimelineEvent> articleEvents(Long articleId, BlindReview view) {
        return events(assignments.findByArticleIdOrderByIdAsc(articleId), view);
    }

    private List<TimelineEvent> events(List<ClaimAssignment> rows, BlindReview view) {
        return rows.stream().filter(view::canSee).map(a -> new TimelineEvent(a.claimId(), a.assignedAt(),
                a.assignedBy(), ReviewAction.CLAIM_ASSIGNED, null, json.writeValueAsString(Map.of("reviewer",
                        a.reviewer())))).toList();
    }
}
