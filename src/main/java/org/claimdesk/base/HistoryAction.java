package org.claimdesk.base;

/**
 * What a history row records. Each feature lists its own actions as an enum implementing this; timelines
 * merge them and show {@link #label()}; APIs and exports carry {@link #name()}.
 */
public interface HistoryAction {

    /** The stable identifier used in APIs, exports and the database. */
    String name();

    /** How a person reads it in a timeline: "Split", "Verdict revised". */
    String label();

    /** The UI text key of its label (messages*.properties); the English text there is {@link #label()}. */
    String labelKey();
}
