package org.claimdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * The splitter against the written suite, with java.text.BreakIterator scored on the same cases. The
 * figures go to target/splitter-accuracy.txt (quoted in the README).
 */
class ClaimSplitterSuiteTest {

    static final SplitterCases SUITE = SplitterCases.load();

    @Test
    void the_suite_has_at_least_150_cases_in_every_required_category() {
        assertThat(SUITE.cases()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(SUITE.cases().stream().map(SplitterCases.Case::category).distinct())
                .contains("title", "company", "suffix", "latin", "initials", "country", "time", "number", "email",
                        "url", "quote", "multi", "paren", "ellipsis", "double", "bang", "list", "headline",
                        "subhead", "dateline", "paragraph");
    }

    @Test
    void the_claim_splitter_gets_every_case_right() throws IOException {
        List<String> wrong = failures(SplitterCases::byClaimSplitter);
        writeFigures();

        assertThat(wrong).isEmpty();
    }

    @Test
    void break_iterator_gets_far_fewer_right_on_the_same_cases() {
        int breakIteratorRight = SUITE.cases().size() - failures(SplitterCases::byBreakIterator).size();
        int splitterRight = SUITE.cases().size() - failures(SplitterCases::byClaimSplitter).size();

        assertThat(splitterRight - breakIteratorRight).isGreaterThan(SUITE.cases().size() / 5);
    }

    private static List<String> failures(Function<String, List<String>> splitter) {
        List<String> wrong = new ArrayList<>();
        for (SplitterCases.Case c : SUITE.cases()) {
            List<String> actual = splitter.apply(c.text());
            if (!actual.equals(c.expected())) {
                wrong.add("line " + c.line() + " [" + c.category() + "]\n  expected " + c.expected()
                        + "\n  actual   " + actual);
            }
        }
        return wrong;
    }

    private static void writeFigures() throws IOException {
        Map<String, int[]> perCategory = new TreeMap<>();
        for (SplitterCases.Case c : SUITE.cases()) {
            int[] counts = perCategory.computeIfAbsent(c.category(), k -> new int[3]);
            counts[0]++;
            counts[1] += SplitterCases.byClaimSplitter(c.text()).equals(c.expected()) ? 1 : 0;
            counts[2] += SplitterCases.byBreakIterator(c.text()).equals(c.expected()) ? 1 : 0;
        }
        StringBuilder out = new StringBuilder("| category | cases | ClaimSplitter | BreakIterator |\n|---|---|---|---|\n");
        int[] total = new int[3];
        perCategory.forEach((category, c) -> {
            out.append("| ").append(category).append(" | ").append(c[0]).append(" | ").append(c[1])
                    .append(" | ").append(c[2]).append(" |\n");
            for (int i = 0; i < 3; i++) {
                total[i] += c[i];
            }
        });
        out.append(String.format("| **all** | %d | %d (%.1f%%) | %d (%.1f%%) |%n", total[0], total[1],
                100.0 * total[1] / total[0], total[2], 100.0 * total[2] / total[0]));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/splitter-accuracy.txt"), out);
    }
}
