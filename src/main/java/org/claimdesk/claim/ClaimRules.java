package org.claimdesk.claim;

import java.util.Comparator;
import java.util.List;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.Label;

/** What the claim editor enforces, asked of restored claims: field lengths, and no two active claims overlapping. */
final class ClaimRules {

    private ClaimRules() {
    }

    /** {@code current}: the article's latest revision; only claims on it are checked for overlaps. */
    static void check(List<ClaimRestore> restores, int current) {
        for (ClaimRestore r : restores) {
            Label where = new Label("error.restore.where-claim", r.id());
            if (r.shortForm() != null && r.shortForm().length() > ClaimDetails.MAX_SHORT_FORM) {
                throw new InvalidInputException("error.restore.short-form-too-long", where,
                        ClaimDetails.MAX_SHORT_FORM);
            }
            if (r.speaker() != null && r.speaker().length() > ClaimDetails.MAX_SPEAKER) {
                throw new InvalidInputException("error.restore.speaker-too-long", where,
                        ClaimDetails.MAX_SPEAKER);
            }
            if (r.checkworthinessReason() == null || r.checkworthinessReason().length() > Claim.MAX_CHECKWORTHINESS_REASON) {
                throw new InvalidInputException("error.restore.hint-reason", where,
                        Claim.MAX_CHECKWORTHINESS_REASON);
            }
        }
        List<ClaimRestore> active = restores.stream().filter(r -> r.mergedInto() == null && r.revision() == current)
                .sorted(Comparator.comparingInt(ClaimRestore::start)).toList();
        for (int i = 1; i < active.size(); i++) {
            if (active.get(i).start() < active.get(i - 1).end()) {
                throw new InvalidInputException("error.restore.claims-overlap", active.get(i - 1).id(),
                        active.get(i).id());
            }
        }
    }
}
