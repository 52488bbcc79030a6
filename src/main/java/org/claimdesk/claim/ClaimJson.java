package org.claimdesk.claim;


/**
 * A claim in the API: the contract's fields first, then what reviewers added; {@code stale} is
 * {@code {"since","reason","before","after"}} after a re-check found its sentence changed or gone, else null.
 */
public record ClaimJson(Long id, int ordinal, String text, int start, int end, String speaker, boolean checkworthy,
        String checkworthiness, String checkworthinessReason, String shortForm, boolean dismissed, String status,
        long version, StaleMark stale) {

    public static ClaimJson of(ClaimView c) {
        return new ClaimJson(c.id(), c.ordinal(), c.text(), c.start(), c.end(), c.speaker(),
                c.checkworthiness().checkable(), c.checkworthiness().name(), c.checkworthinessReason(), c.shortForm(),
                c.dismissed(), c.status().name(), c.version(), c.stale());
    }
}
