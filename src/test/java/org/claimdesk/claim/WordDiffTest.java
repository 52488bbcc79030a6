package org.claimdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.claimdesk.claim.WordDiff.Kind;
import org.claimdesk.claim.WordDiff.Part;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    @Test
    void an_edited_number_shows_as_the_old_word_removed_then_the_new_one_added() {
        assertThat(WordDiff.of("Spending will rise by 12 percent.", "Spending will rise by 9 percent.")).containsExactly(
                new Part(Kind.SAME, "Spending will rise by "), new Part(Kind.REMOVED, "12 "),
                new Part(Kind.ADDED, "9 "), new Part(Kind.SAME, "percent."));
    }

    @Test
    void a_removed_sentence_is_all_removed() {
        assertThat(WordDiff.of("Taxes rose.", null)).containsExactly(new Part(Kind.REMOVED, "Taxes rose."));
    }

    @Test
    void the_parts_rebuild_both_sentences() {
        String before = "The mayor said the budget was balanced.";
        String after = "The mayor claimed that the budget was nearly balanced.";
        List<Part> parts = WordDiff.of(before, after);

        assertThat(String.join("", parts.stream().filter(p -> p.kind() != Kind.ADDED).map(Part::text).toList()))
                .isEqualTo(before);
        assertThat(String.join("", parts.stream().filter(p -> p.kind() != Kind.REMOVED).map(Part::text).toList()))
                .isEqualTo(after);
    }
}
