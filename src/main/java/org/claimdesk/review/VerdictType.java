package org.claimdesk.review;

/** The rating scale, each with the one-line definition shown where it is chosen and its ClaimReview rating. */
public enum VerdictType {
    SUPPORTED("Supported", "The evidence supports the claim as stated.", 5),
    DISPUTED("Disputed", "The evidence contradicts the claim.", 1),
    MISLEADING("Misleading", "True in part, cherry-picked or missing context that changes its meaning.", 3),
    NOT_ENOUGH_EVIDENCE("Not enough evidence", "The available evidence neither supports nor refutes it.", null),
    NOT_CHECKABLE("Not checkable", "An opinion, prediction or question: nothing to verify.", null);

    private final String label;
    private final String definition;
    private final Integer rating;

    VerdictType(String label, String definition, Integer rating) {
        this.label = label;
        this.definition = definition;
        this.rating = rating;
    }

    public String label() { return label; }
    public String definition() { return definition; }
    /** The ClaimReview ratingValue on a 1 (worst) to 5 (best) scale, or null where the verdict is text only. */
    public Integer rating() { return rating; }
    public boolean needsSource() { return rating != null; }

    /** The UI text key of its label (messages*.properties); "{key}.definition" is its definition. */
    public String labelKey() {
        return "verdict." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
