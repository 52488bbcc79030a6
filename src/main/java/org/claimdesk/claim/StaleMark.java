package org.claimdesk.claim;

import java.time.Instant;

/**
 * A claim whose sentence changed or disappeared when its article was re-checked: since when, why, and the
 * sentence before and after ({@code after} is null when it is gone). Its verdicts were given on {@code before}.
 */
public record StaleMark(Instant since, StaleReason reason, String before, String after) {
}
