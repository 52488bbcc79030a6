package org.claimdesk.publish;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.claimdesk.archive.SourceArchive;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.review.DecisionView;
import org.claimdesk.review.Source;

/**
 * What a published fact-check page shows: only final verdicts, never reviewers' working verdicts, and for each
 * source of a final verdict its stored copy when one was archived ({@code archives}: address to latest snapshot).
 */
public record PublicFactCheck(ArticleSnapshot article, String organization, String pageUrl, Instant publishedAt,
        List<Claim> claims, Map<String, SourceArchive> archives) {

    /** The stored copy of a source to link beside it, if its latest snapshot was archived. */
    public SourceArchive archiveOf(Source source) {
        return source.url() == null ? null : archives.get(source.url().strip());
    }

    /** The addresses of the sources the page shows: those of each claim's final verdict. */
    public List<String> citedUrls() {
        return citedUrls(claims);
    }

    static List<String> citedUrls(List<Claim> claims) {
        return claims.stream().flatMap(c -> c.decision().sources().stream()).map(Source::url)
                .filter(u -> u != null).map(String::strip).distinct().toList();
    }

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
