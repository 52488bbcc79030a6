package org.claimdesk.review;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimHistoryItem;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/**
 * Blind review, decided in this one place and read by every reader (review, timeline, history, exports): on a
 * blind article a reviewer sees others' verdicts on a claim, and who else is reviewing it, only once they have
 * submitted their own; the same holds for others' comments in the claim's discussion and for who else is assigned
 * to the claim. Editors and admins see everything. Counts may be shown; names and contents may not.
 */
public final class BlindReview {

    /** What a hidden actor is shown as. */
    public static final String HIDDEN_ACTOR = "another reviewer";

    private final boolean blind;
    private final String me;
    private final boolean privileged;
    private final Set<Long> submitted;

    private BlindReview(boolean blind, String me, boolean privileged, Set<Long> submitted) {
        this.blind = blind;
        this.me = me;
        this.privileged = privileged;
        this.submitted = submitted;
    }

    /** The current user's view of an article, given every verdict revision of the claims in question. */
    static BlindReview forCurrentUser(boolean blind, Collection<VerdictEntry> verdicts) {
        String me = CurrentUser.require();
        Set<Long> mine = verdicts.stream().filter(v -> v.reviewer().equals(me)).map(VerdictEntry::claimId)
                .collect(Collectors.toSet());
        return new BlindReview(blind, me, privileged(), mine);
    }

    /**
     * Whether the current user sees every reviewer's verdict on every claim of an article whatever they have
     * submitted themselves; when not, only on the claims they have given a verdict on (what SQL aggregates over
     * verdicts filter by).
     */
    static boolean currentUserSeesAllOf(boolean blind) {
        return !blind || privileged();
    }

    private static boolean privileged() {
        return CurrentUser.hasRole(Role.EDITOR) || CurrentUser.hasRole(Role.ADMIN);
    }

    public boolean blind() {
        return blind;
    }

    /**
     * Whether the reader of this claim's review may know who else is reviewing it (names, who is looking at it
     * now): the same rule as for the verdicts themselves. Counts may be shown either way.
     */
    public static boolean othersVisible(ClaimReview review) {
        return !review.blind() || review.mine() != null || CurrentUser.hasRole(Role.EDITOR)
                || CurrentUser.hasRole(Role.ADMIN);
    }

    /** Whether the current user may see every reviewer's verdict on this claim. */
    boolean seesOthersOn(Long claimId) {
        return !blind || privileged || submitted.contains(claimId);
    }

    boolean canSee(VerdictEntry verdict) {
        return verdict.reviewer().equals(me) || seesOthersOn(verdict.claimId());
    }

    /**
     * A comment in a claim's discussion: like a verdict, others' comments (an editor's too) stay hidden from a
     * reviewer until they have submitted their own verdict on that claim; their own they always see.
     */
    boolean canSee(CommentEntry comment) {
        return comment.author().equals(me) || seesOthersOn(comment.claimId());
    }

    /** Who else is assigned to a claim is hidden like their verdicts; one's own assignment is always known. */
    boolean canSee(ClaimAssignment assignment) {
        return assignment.reviewer().equals(me) || seesOthersOn(assignment.claimId());
    }

    /**
     * A claim history row as the current user may read it: a status change is caused by someone's verdict, so
     * its actor is hidden while that verdict is.
     */
    ClaimHistoryItem asSeen(ClaimHistoryItem item) {
        if (item.action() != ClaimAction.STATUS_CHANGED || item.actor().equals(me) || seesOthersOn(item.claimId())) {
            return item;
        }
        return new ClaimHistoryItem(item.id(), item.claimId(), item.action(), HIDDEN_ACTOR, item.at(), item.before(),
                item.after());
    }
}
