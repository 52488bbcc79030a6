package org.claimdesk.review;

import java.util.List;

import org.claimdesk.claim.ClaimView;

/**
 * A claim as the current user may see it: the verdicts visible to them (under blind review, others' only
 * after their own), how many are hidden, their own, the editor's decisions and the agreement.
 */
public record ClaimReview(ClaimView claim, boolean blind, List<VerdictView> verdicts, int hiddenVerdicts,
        VerdictView mine, List<DecisionView> decisions, Agreement agreement) {

    /** The current final verdict, if an editor has decided. */
    public DecisionView decision() {
        return decisions.isEmpty() ? null : decisions.getLast();
    }
}
