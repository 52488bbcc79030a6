package org.claimdesk.publish;

import java.time.Instant;
import java.util.List;

import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.review.DecisionView;

/** What a published fact-check page shows: only final verdicts, never reviewers' working verdicts. */
public record PublicFactCheck(ArticleSnapshot article, String organization, String pageUrl, Instant publishedAt,
        List<Claim> claims) {

    /**
     * A claim with its decisions (the last is the final verdict; those before it were corrected), the people
     * who reviewed and decided it (empty unless the desk shows names) and its ClaimReview JSON-LD.
     */
    public record Claim(ClaimView claim, List<DecisionView> decisions, List<String> reviewers, String claimReview) {
        public DecisionView decision() {
            return decisions.getLast();
        }
    }
}
