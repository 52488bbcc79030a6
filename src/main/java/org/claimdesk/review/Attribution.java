package org.claimdesk.review;

/**
 * The first of two questions on a claim with a speaker: did they say it? The verdict answers the second (is it
 * accurate?). Each value has its label and the sentence that states the finding in published text.
 */
public enum Attribution {
    CONFIRMED("Confirmed", "We confirmed that %s said this."),
    NOT_CONFIRMED("Not confirmed", "We could not confirm that %s said this."),
    MISQUOTED("Misquoted", "%s was misquoted: the words differ from what was said."),
    OUT_OF_CONTEXT("Out of context", "%s said this, but it is quoted out of context.");

    private final String label;
    private final String finding;

    Attribution(String label, String finding) {
        this.label = label;
        this.finding = finding;
    }

    public String label() { return label; }

    /** "We confirmed that Jane Roe said this." */
    public String finding(String speaker) {
        return finding.formatted(speaker);
    }

    /** The question as the form asks it. */
    public static String question(String speaker) {
        return "Did " + speaker + " say it?";
    }

    /** The UI text key of its label (messages*.properties). */
    public String labelKey() {
        return "attribution." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
