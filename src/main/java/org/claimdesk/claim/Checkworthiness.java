package org.claimdesk.claim;

/** The check-worthiness hint: only a hint, used to sort and filter, never to hide a claim. */
public enum Checkworthiness {
    /** Names, numbers, dates, comparisons or causes: something a fact-checker can verify. */
    FACTUAL,
    /** Judgement or evaluative language. */
    OPINION,
    /** About the future, or hedged with a modal verb. */
    PREDICTION,
    /** A question asks; it does not claim. */
    QUESTION;

    public boolean checkable() {
        return this == FACTUAL;
    }

    public String label() {
        return switch (this) {
            case FACTUAL -> "Checkable fact";
            case OPINION -> "Opinion";
            case PREDICTION -> "Prediction";
            case QUESTION -> "Question";
        };
    }

    /** The UI text key of its label (messages*.properties). */
    public String labelKey() {
        return "checkworthiness." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
