package org.claimdesk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class WordPairsTest {

    @Test
    void three_words_make_every_pair_of_them() {
        assertThat(WordPairs.query(List.of("rent", "rose", "percent")))
                .isEqualTo("'percent' & 'rent' | 'percent' & 'rose' | 'rent' & 'rose'");
    }

    @Test
    void a_single_word_stands_alone_and_repeats_count_once() {
        assertThat(WordPairs.query(List.of("inflat", "inflat"))).isEqualTo("'inflat'");
    }

    @Test
    void quotes_in_a_word_are_doubled_so_the_query_cannot_be_broken_out_of() {
        assertThat(WordPairs.query(List.of("o'neil", "said"))).isEqualTo("'o''neil' & 'said'");
    }

    @Test
    void only_the_longest_words_are_paired_when_there_are_many() {
        List<String> words = java.util.stream.IntStream.range(0, 30).mapToObj(i -> "w".repeat(i + 1)).toList();
        String query = WordPairs.query(words);
        assertThat(query.split(" \\| ")).hasSize(WordPairs.MAX_WORDS * (WordPairs.MAX_WORDS - 1) / 2);
        assertThat(query).doesNotContain("'w' ").contains("'" + "w".repeat(30) + "'");
    }
}
