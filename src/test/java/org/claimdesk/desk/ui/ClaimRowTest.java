package org.claimdesk.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.claimdesk.claim.Checkworthiness;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.review.ClaimReview;
import org.junit.jupiter.api.Test;

class ClaimRowTest {

    private static ClaimReview review(long id, int ordinal, int start, int end, String words) {
        ClaimView claim = new ClaimView(id, 1L, ordinal, start, end, words, null, new String("The bank"),
                Checkworthiness.FACTUAL, "", false, false, ClaimStatus.OPEN, Instant.EPOCH, 0);
        return new ClaimReview(claim, false, List.of(), 0, null, List.of(), null);
    }

    @Test
    void a_claims_words_are_read_from_the_article_text_where_they_match_and_kept_where_they_differ() {
        String article = "Rates rose. Prices fell.";

        List<ClaimRow> rows = ClaimRow.of(List.of(review(1, 1, 0, 11, "Rates rose."),
                review(2, 2, 12, 24, "Prices fell sharply.")), 1, article);

        assertThat(rows).extracting(ClaimRow::text).containsExactly("Rates rose.", "Prices fell sharply.");
        assertThat(rows).extracting(ClaimRow::ownText).containsExactly(null, "Prices fell sharply.");
    }

    @Test
    void a_claim_overlapping_the_one_before_is_kept_in_the_list_but_not_marked_in_the_text() {
        List<ClaimRow> rows = ClaimRow.of(List.of(review(1, 1, 0, 11, "Rates rose."),
                review(2, 2, 6, 11, "rose.")), 1, "Rates rose.");

        assertThat(rows).extracting(ClaimRow::inText).containsExactly(true, false);
        assertThat(rows.get(1).text()).isEqualTo("rose.");
    }

    @Test
    void equal_speakers_share_one_string() {
        List<ClaimRow> rows = ClaimRow.of(List.of(review(1, 1, 0, 11, "Rates rose."),
                review(2, 2, 12, 24, "Prices fell.")), 1, "Rates rose. Prices fell.");

        assertThat(rows.get(0).speaker()).isSameAs(rows.get(1).speaker());
    }
}
