package org.claimdesk.claim;

import java.util.Comparator;
import java.util.List;

import org.claimdesk.base.InvalidInputException;

/** What the claim editor enforces, asked of restored claims: field lengths, and no two active claims overlapping. */
final class ClaimRules {

    private ClaimRules() {
    }

    /** {@code current}: the article's latest revision; only claims on it are checked for overlaps. */
    static void check(List<ClaimRestore> restores, int current) {
        for (ClaimRestore r : restores) {
            String where = "Claim " + r.id() + " of the export";
            if (r.shortForm() != null && r.shortForm().length() > ClaimDetails.MAX_SHORT_FORM) {
                throw new InvalidInputException(where + ": a short form may have at most "
                        + ClaimDetails.MAX_SHORT_FORM + " characters.");
            }
            if (r.speaker() != null && r.speaker().length() > ClaimDetails.MAX_SPEAKER) {
                throw new InvalidInputException(where + ": a speaker's name may have at most "
                        + ClaimDetails.MAX_SPEAKER + " characters.");
            }
            if (r.checkworthinessReason() == null || r.checkworthinessReason().length() > Claim.MAX_CHECKWORTHINESS_REASON) {
                throw new InvalidInputException(where + ": the reason for its hint is missing or longer than "
                        + Claim.MAX_CHECKWORTHINESS_REASON + " characters.");
            }
        }
        List<ClaimRestore> active = restores.stream().filter(r -> r.mergedInto() == null && r.revision() == current)
                .sorted(Comparator.comparingInt(ClaimRestore::start)).toList();
        for (int i = 1; i < active.size(); i++) {
            if (active.get(i).start() < active.get(i - 1).end()) {
                throw new InvalidInputException("Claims " + active.get(i - 1).id() + " and " + active.get(i).id()
                        + " of the export overlap; two claims never share text unless one was merged into the other.");
            }
        }
    }
}
