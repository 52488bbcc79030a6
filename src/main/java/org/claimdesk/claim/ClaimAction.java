package org.claimdesk.claim;

import org.claimdesk.base.HistoryAction;

/** Everything that can happen to a claim, as its history rows record it ({@code claim_history.action}). */
public enum ClaimAction implements HistoryAction {
    CREATED("Found in the article"),
    SPLIT("Split"),
    SPLIT_OFF("Split off from another claim"),
    MERGED("Merged with the next claim"),
    MERGED_INTO("Merged into the previous claim"),
    /** The claim's latest merge was undone: it has its own text again, and the other claim is back. */
    MERGE_UNDONE("Merge undone"),
    UNMERGED("Separated again (merge undone)"),
    BOUNDARIES_ADJUSTED("Boundaries adjusted"),
    SHORT_FORM_EDITED("Short form edited"),
    SPEAKER_SET("Speaker set"),
    CHECKWORTHINESS_SET("Hint set"),
    DISMISSED("Dismissed as not a claim"),
    RESTORED("Restored as a claim"),
    STATUS_CHANGED("Status changed"),
    /** A re-check found the claim's words unchanged in the article's new text, maybe elsewhere. */
    REANCHORED("Found again in the article's new text"),
    /** A re-check found the claim's sentence edited or gone: its verdicts were given on the old words. */
    MARKED_STALE("Marked stale: the article changed"),
    /** An editor decided again after the article changed. */
    STALE_CLEARED("Decided again after the article changed"),
    /** The article's language changed and its claims were split again: this one is no claim any more. */
    RETIRED("Retired: the article was split again in another language"),
    /** Appended by an admin's restore of a JSON export: who restored the claim, and when. */
    RESTORED_FROM_EXPORT("Restored from an export");

    private final String label;

    ClaimAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String labelKey() {
        return "claim-action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
