package org.claimdesk.claim;

/** Where a claim stands in the workflow, separate from any verdict. */
public enum ClaimStatus {
    OPEN, IN_REVIEW, NEEDS_DECISION, APPROVED;

    public String label() {
        return switch (this) {
            case OPEN -> "Open";
            case IN_REVIEW -> "In review";
            case NEEDS_DECISION -> "Needs decision";
            case APPROVED -> "Approved";
        };
    }

    /** The UI text key of its label (messages*.properties). */
    public String labelKey() {
        return "status." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
