package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.claimdesk.IntegrationTest;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimBoundaryService;
import org.claimdesk.claim.ClaimEditService;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.security.SystemActor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The review summary is counted by SQL aggregates; it must say what the article's claims themselves show each
 * reader, blind review included: here it is compared with the counts taken from {@link ReviewQueries#forArticle}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewSummaryIT {

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    ClaimEditService edits;

    @Autowired
    ClaimBoundaryService boundaries;

    @Autowired
    ReviewQueries queries;

    @Autowired
    ReviewService reviews;

    Long article;

    @BeforeAll
    void anArticleWithAgreementSplitsDecisionsADismissedAndAMergedClaim() {
        List<ClaimView> c = ArticleOfSize.imported(articles, claims, "Summary", 12);
        article = c.getFirst().articleId();
        for (int i = 0; i < 4; i++) {
            give("sum-ann", c.get(i), VerdictType.SUPPORTED);
            give("sum-ben", c.get(i), VerdictType.SUPPORTED);
        }
        give("sum-ann", c.get(4), VerdictType.SUPPORTED);
        give("sum-ben", c.get(4), VerdictType.DISPUTED);
        give("sum-ann", c.get(5), VerdictType.MISLEADING);
        give("sum-ann", c.get(5), VerdictType.DISPUTED); // a second revision: only the latest counts
        give("sum-ben", c.get(5), VerdictType.DISPUTED);
        give("sum-dee", c.get(5), VerdictType.DISPUTED);
        give("sum-ben", c.get(6), VerdictType.NOT_CHECKABLE);
        give("sum-ann", c.get(8), VerdictType.SUPPORTED);
        give("sum-ben", c.get(8), VerdictType.SUPPORTED);
        for (int i : new int[] {0, 4, 7}) {
            ArticleOfSize.as("sum-editor", "ROLE_EDITOR", () -> reviews.decide(c.get(i).id(),
                    ArticleOfSize.verdict(i == 4 ? VerdictType.DISPUTED : VerdictType.SUPPORTED), null, null, null));
        }
        SystemActor.run(() -> edits.dismiss(c.get(8).id()));
        SystemActor.run(() -> boundaries.mergeWithNext(c.get(10).id()));
    }

    private void give(String reviewer, ClaimView claim, VerdictType type) {
        ArticleOfSize.as(reviewer, "ROLE_REVIEWER", () -> reviews.submitVerdict(claim.id(), ArticleOfSize.verdict(type)));
    }

    /** Alpha summed over the same units in another order may differ in its last bits. */
    private static final java.util.Comparator<Double> ALPHA = (a, b) -> a == null || b == null
            ? (a == b ? 0 : 1) : Math.abs(a - b) < 1e-9 ? 0 : Double.compare(a, b);

    private static void assertSameSummary(ArticleReviewSummary actual, ArticleReviewSummary expected) {
        assertThat(actual).usingRecursiveComparison().withComparatorForType(ALPHA, Double.class).isEqualTo(expected);
    }

    /** The summary as the article's claim reviews show it to the current reader (what it was computed from before). */
    private ArticleReviewSummary fromTheClaims() {
        List<ClaimReview> shown = queries.forArticle(article).stream().filter(r -> !r.claim().dismissed()).toList();
        Map<VerdictType, Integer> finals = new EnumMap<>(VerdictType.class);
        shown.stream().filter(r -> r.decision() != null).forEach(r -> finals.merge(r.decision().verdict(), 1, Integer::sum));
        return ArticleReviewSummary.of(shown.size(),
                (int) shown.stream().filter(r -> r.claim().status() == ClaimStatus.APPROVED).count(), finals,
                (int) shown.stream().filter(r -> r.agreement() != null).count(),
                (int) shown.stream().filter(r -> r.agreement() == Agreement.AGREE).count(),
                KrippendorffAlpha.nominal(shown.stream().filter(r -> r.agreement() != null)
                        .map(r -> r.verdicts().stream().map(VerdictView::verdict).toList()).toList()));
    }

    @Test
    void an_editor_sees_every_claims_agreement_counted() {
        ArticleReviewSummary summary = ArticleOfSize.as("sum-editor", "ROLE_EDITOR", () -> queries.summary(article));

        assertSameSummary(summary, ArticleOfSize.as("sum-editor", "ROLE_EDITOR", this::fromTheClaims));
        assertThat(summary.claims()).isEqualTo(10);
        assertThat(summary.approved()).isEqualTo(3);
        assertThat(summary.finalVerdicts()).isEqualTo(Map.of(VerdictType.SUPPORTED, 2, VerdictType.DISPUTED, 1));
        assertThat(summary.claimsWithTwoOrMoreVerdicts()).isEqualTo(6);
        assertThat(summary.claimsAgreed()).isEqualTo(5);
    }

    @Test
    void a_blind_reviewer_counts_agreement_only_where_they_gave_a_verdict() {
        ArticleReviewSummary summary = ArticleOfSize.as("sum-ben", "ROLE_REVIEWER", () -> queries.summary(article));

        assertSameSummary(summary, ArticleOfSize.as("sum-ben", "ROLE_REVIEWER", this::fromTheClaims));
        assertThat(ArticleOfSize.as("sum-cat", "ROLE_REVIEWER", () -> queries.summary(article)))
                .isEqualTo(ArticleOfSize.as("sum-cat", "ROLE_REVIEWER", this::fromTheClaims))
                .extracting(ArticleReviewSummary::claimsWithTwoOrMoreVerdicts).isEqualTo(0);
        ArticleReviewSummary dee = ArticleOfSize.as("sum-dee", "ROLE_REVIEWER", () -> queries.summary(article));
        assertSameSummary(dee, ArticleOfSize.as("sum-dee", "ROLE_REVIEWER", this::fromTheClaims));
        assertThat(dee.claimsWithTwoOrMoreVerdicts()).isEqualTo(1);
        assertThat(dee.claimsAgreed()).isEqualTo(1);
    }
}
