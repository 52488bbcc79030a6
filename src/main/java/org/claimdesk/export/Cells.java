package org.claimdesk.export;

import java.util.List;
import java.util.stream.Collectors;

import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.Source;
import org.claimdesk.review.VerdictView;

/** Small texts several writers share: sources as lines, reviewers with their verdicts. */
final class Cells {

    private Cells() {
    }

    static String sourceUrls(List<Source> sources) {
        return sources.stream().map(Source::url).collect(Collectors.joining("\n"));
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
