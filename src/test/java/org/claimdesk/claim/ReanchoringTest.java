package org.claimdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReanchoringTest {

    final Reanchoring reanchoring = new Reanchoring();
    final ClaimSplitter splitter = new ClaimSplitter();

    Map<Long, Reanchoring.Placement> place(List<String> claims, String newText) {
        List<Reanchoring.Anchor> anchors = new java.util.ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            anchors.add(new Reanchoring.Anchor(i + 1, claims.get(i)));
        }
        return reanchoring.place(anchors, newText, splitter.split(newText, "en"));
    }

    @Test
    void unchanged_words_are_found_exactly_even_when_moved() {
        String text = "New first sentence here. Taxes rose 4% in May. Wages fell.";

        var placed = place(List.of("Taxes rose 4% in May.", "Wages fell."), text);

        assertThat(placed.get(1L)).isEqualTo(new Reanchoring.Exact(new Span(25, 46)));
        assertThat(placed.get(2L)).isInstanceOf(Reanchoring.Exact.class);
    }

    @Test
    void a_repeated_sentence_keeps_the_order_of_the_claims() {
        String text = "Yes. Prices rose. No. Prices rose.";

        var placed = place(List.of("No.", "Prices rose."), text);

        assertThat(placed.get(2L)).isEqualTo(new Reanchoring.Exact(new Span(22, 34)));
    }

    @Test
    void an_edited_sentence_between_its_neighbours_is_placed_as_edited() {
        String text = "Taxes rose. Spending will rise by 9 percent next year, the department said. Wages fell.";

        var placed = place(List.of("Taxes rose.", "Spending will rise by 12 percent next year, the department said.",
                "Wages fell."), text);

        assertThat(placed.get(2L)).isInstanceOf(Reanchoring.Edited.class);
        assertThat(((Reanchoring.Edited) placed.get(2L)).span().of(text))
                .isEqualTo("Spending will rise by 9 percent next year, the department said.");
    }

    @Test
    void a_removed_sentence_is_not_attached_to_a_different_new_one() {
        String text = "Taxes rose. The article was updated on Tuesday with corrections. Wages fell.";

        var placed = place(List.of("Taxes rose.", "The mayor claimed the budget was balanced since 2015.",
                "Wages fell."), text);

        assertThat(placed.get(2L)).isInstanceOf(Reanchoring.Unplaced.class);
    }

    @Test
    void two_equally_good_candidates_leave_the_claim_unplaced() {
        String text = "Taxes rose by 5 percent. Taxes rose by 6 percent.";

        var placed = place(List.of("Taxes rose by 7 percent."), text);

        assertThat(placed.get(1L)).isInstanceOf(Reanchoring.Unplaced.class);
    }

    @Test
    void similarity_is_one_for_equal_texts_and_falls_with_edits() {
        assertThat(Reanchoring.similarity("abc", "abc")).isEqualTo(1.0);
        assertThat(Reanchoring.similarity("abcd", "abxd")).isEqualTo(0.75);
        assertThat(Reanchoring.similarity("abc", "xyz")).isZero();
    }
}
