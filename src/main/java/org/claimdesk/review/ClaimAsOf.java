package org.claimdesk.review;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A claim as it stood at a past moment: its fields, the verdicts then current, the decision then in force. */
public record ClaimAsOf(Instant at, Map<String, Object> claim, List<VerdictView> verdicts, DecisionView decision) {
}
