package org.claimdesk.review;

/** What a source does for the claim. */
public enum Stance {
    SUPPORTS, REFUTES, CONTEXT;

    public String label() {
        return switch (this) {
            case SUPPORTS -> "Supports";
            case REFUTES -> "Refutes";
            case CONTEXT -> "Context";
        };
    }

    /** The UI text key of its label (messages*.properties). */
    public String labelKey() {
        return "stance." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
