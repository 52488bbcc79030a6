package org.claimdesk.export;

import java.util.List;
import java.util.stream.Collectors;

import org.claimdesk.base.WebAddress;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.Source;
import org.claimdesk.review.VerdictView;

/** Small texts several writers share: sources as lines, reviewers with their verdicts. */
final class Cells {

    static final String NOT_A_WEB_ADDRESS = "(left out: not an http or https address)";

    private Cells() {
    }

    /** Web addresses one per line; any other address is left out, so no reader can turn it into a link. */
    static String sourceUrls(List<Source> sources) {
        return sources.stream().map(s -> WebAddress.isWeb(s.url()) ? s.url() : NOT_A_WEB_ADDRESS)
                .collect(Collectors.joining("\n"));
    }

    static String reviewers(ClaimReview claim) {
        return claim.verdicts().stream().map(v -> v.reviewer() + ": " + v.verdict().label())
                .collect(Collectors.joining("; "));
    }

    static String agreement(ClaimReview claim) {
        return claim.agreement() == null ? "" : claim.agreement() == org.claimdesk.review.Agreement.AGREE ? "agree" : "split";
    }

    /** The verdict a claim carries in exports: the editor's decision, else (when asked for all) the reviewers'. */
    static VerdictView leadingVerdict(ClaimReview claim) {
        return claim.verdicts().stream()
                .collect(Collectors.groupingBy(VerdictView::verdict, Collectors.counting())).entrySet().stream()
                .max(java.util.Map.Entry.comparingByValue())
                .flatMap(e -> claim.verdicts().stream().filter(v -> v.verdict() == e.getKey()).findFirst())
                .orElse(null);
    }
}
