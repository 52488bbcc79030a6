package org.claimdesk.claim;

/** Why a re-check marked a claim stale ({@code claim.stale_reason}). */
public enum StaleReason {
    /** The claim's sentence is still there, edited. */
    CHANGED("The sentence changed"),
    /** No sentence of the new text is confidently the claim's: removed, or rewritten beyond recognition. */
    REMOVED("The sentence is gone");

    private final String label;

    StaleReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The UI text key of its label (messages*.properties). */
    public String labelKey() {
        return "stale." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
