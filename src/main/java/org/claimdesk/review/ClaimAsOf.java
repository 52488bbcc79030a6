package org.claimdesk.review;

import java.time.Instant;
import java.util.List;

import org.claimdesk.claim.ClaimState;

/** A claim as it stood at a past moment: its fields, the verdicts then current, the decision then in force. */
public record ClaimAsOf(Instant at, ClaimState claim, List<VerdictView> verdicts, DecisionView decision) {
}
