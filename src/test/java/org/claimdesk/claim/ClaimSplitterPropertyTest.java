package org.claimdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Whatever the text, the spans are valid, ordered, disjoint, trimmed, and every sentence is covered. */
class ClaimSplitterPropertyTest {

    final ClaimSplitter splitter = new ClaimSplitter();

    @Provide
    Arbitrary<String> newsLike() {
        return Arbitraries.strings().withChars("abcXYZ019 .!?…\n\t\"'“”‘’«»()[]-—:;,@/%$U.S")
                .withCharRange('a', 'e').ofMaxLength(600);
    }

    @Property(tries = 3000)
    void spans_are_valid_ordered_disjoint_and_trimmed(@ForAll("newsLike") String text) {
        assertWellFormed(text, splitter.split(text));
    }

    @Property(tries = 1000)
    void any_unicode_text_never_throws_and_stays_well_formed(@ForAll String text) {
        assertWellFormed(text, splitter.split(text));
    }

    /** What no claim covers is blank, or a list marker or dateline: followed by its claim in the same paragraph. */
    @Property(tries = 3000)
    void every_character_outside_the_claims_is_blank_or_a_prefix_of_a_claim(@ForAll("newsLike") String text) {
        List<Span> spans = splitter.split(text);
        boolean[] covered = new boolean[text.length()];
        spans.forEach(s -> java.util.Arrays.fill(covered, s.start(), s.end(), true));
        for (int i = 0; i < text.length(); i++) {
            if (!covered[i] && !Character.isWhitespace(text.charAt(i))) {
                int at = i;
                Span next = spans.stream().filter(s -> s.start() > at).findFirst().orElse(null);
                assertThat(next).as("uncovered '%s' at %d with no claim after it: %s", text.charAt(i), i, text).isNotNull();
                assertThat(text.substring(i, next.start())).as("a prefix stays in its paragraph: %s", text)
                        .doesNotContainPattern("\\n[ \\t\\x0B\\f\\r]*\\n");
            }
        }
    }

    @Test
    void a_megabyte_without_spaces_is_one_claim() {
        String text = "x".repeat(1024 * 1024);

        assertThat(splitter.split(text)).containsExactly(new Span(0, text.length()));
    }

    @Test
    void a_hundred_thousand_periods_split_without_trouble() {
        String text = ".".repeat(100_000);

        assertWellFormed(text, splitter.split(text));
        String sentences = "It fell. ".repeat(100_000);
        assertThat(splitter.split(sentences)).hasSize(100_000);
    }

    @Test
    void a_hundred_thousand_abbreviations_and_quotes_stay_well_formed() {
        String text = "Mr. \"U.S. Dr. (e.g. ".repeat(100_000);

        assertWellFormed(text, splitter.split(text));
    }

    static void assertWellFormed(String text, List<Span> spans) {
        int previousEnd = 0;
        for (Span span : spans) {
            assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.end()).isLessThanOrEqualTo(text.length());
            String claim = span.of(text);
            assertThat(claim).isEqualTo(claim.strip()).isNotEmpty();
            previousEnd = span.end();
        }
    }
}
