package org.claimdesk.review;

import java.time.LocalDate;

/** Evidence for a verdict: where it is, what it is called, the passage that matters, when it was read. */
public record Source(String url, String title, String quote, LocalDate accessedOn, Stance stance) {

    /** The longest quoted passage. */
    public static final int MAX_QUOTE = 5000;

}
