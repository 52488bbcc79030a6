package org.claimdesk.review;

import org.claimdesk.base.HistoryAction;

/** What a verdict or decision row means in a timeline: its first revision or a later one. */
public enum ReviewAction implements HistoryAction {
    VERDICT("Verdict"),
    VERDICT_REVISED("Verdict revised"),
    DECIDED("Final verdict"),
    CORRECTED("Correction"),
    COMMENTED("Comment"),
    CLAIM_ASSIGNED("Assigned to a reviewer");

    private final String label;

    ReviewAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String labelKey() {
        return "review-action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static ReviewAction ofVerdict(int revision) {
        return revision == 1 ? VERDICT : VERDICT_REVISED;
    }

    static ReviewAction ofDecision(int revision) {
        return revision == 1 ? DECIDED : CORRECTED;
    }
}
