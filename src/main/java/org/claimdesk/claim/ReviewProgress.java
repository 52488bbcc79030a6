package org.claimdesk.claim;

/** How far an article's review has come, counting only its claims (dismissed sentences are not claims). */
public enum ReviewProgress {
    NOT_STARTED("Nothing approved yet"),
    IN_PROGRESS("Partly approved"),
    DONE("All claims approved");

    private final String label;

    ReviewProgress(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The UI text key of its label (messages*.properties). */
    public String labelKey() {
        return "progress." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The progress of an article with {@code approved} of its {@code claims} approved. */
    public static ReviewProgress of(int claims, int approved) {
        if (approved == 0) {
            return NOT_STARTED;
        }
        return approved >= claims ? DONE : IN_PROGRESS;
    }
}
