package org.claimdesk.desk.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimdesk.claim.Checkworthiness;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.claim.StaleReason;
import org.claimdesk.review.BlindReview;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.VerdictType;

/**
 * What the article page keeps of one claim while it is open: what the list shows and filters on and where the text
 * marks it, and no more (no verdicts, sources or history: the open claim's review is read when it is opened). A
 * 2,000-claim article keeps 2,000 of these instead of 2,000 {@link ClaimReview}s. {@code inText} is false for a
 * claim whose sentence is gone from the current text (the list still shows it, marked stale). A claim's words are
 * read from the article's text ({@code article}, one string shared by all rows) where they are the same, and kept
 * apart ({@code ownText}) only where they differ.
 */
record ClaimRow(long id, int ordinal, int start, int end, boolean inText, String ownText, String article,
        String speaker, Checkworthiness hint, ClaimStatus status, boolean dismissed, StaleReason stale,
        VerdictType verdict, int verdicts, boolean othersVisible) {

    /** The claim's words, as the list shows them. */
    String text() {
        return ownText != null ? ownText : article.substring(start, end);
    }

    /** The article's claims in their order; equal speakers share one string. */
    static List<ClaimRow> of(List<ClaimReview> reviews, int revision, String article) {
        Map<String, String> speakers = new HashMap<>();
        int[] at = {0};
        return reviews.stream().map(r -> {
            ClaimView c = r.claim();
            boolean inText = c.revision() == revision && c.start() >= at[0];
            if (inText) {
                at[0] = c.end();
            }
            String speaker = c.speaker() == null ? null : speakers.computeIfAbsent(c.speaker(), s -> s);
            boolean sameWords = inText && c.end() <= article.length() && c.end() - c.start() == c.text().length()
                    && article.startsWith(c.text(), c.start());
            return new ClaimRow(c.id(), c.ordinal(), c.start(), c.end(), inText, sameWords ? null : c.text(),
                    sameWords ? article : null, speaker,
                    c.checkworthiness(), c.status(), c.dismissed(), c.stale() == null ? null : c.stale().reason(),
                    r.decision() == null ? null : r.decision().verdict(), r.verdicts().size() + r.hiddenVerdicts(),
                    BlindReview.othersVisible(r));
        }).toList();
    }
}
