package org.claimdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Unit tests of the English splitter rules, one marked case per rule and situation (splitter-cases.txt). We
 * wrote these cases ourselves, so they show what the rules do and guard against regressions; they are no
 * measure of quality. Quality is measured on text nobody here wrote: see {@link SentenceBenchmark}.
 */
class SplitterRuleCasesTest {

    static final SplitterCases CASES = SplitterCases.load();

    @Test
    void there_are_rule_cases_for_every_part_of_the_news_layer_and_the_english_abbreviations() {
        assertThat(CASES.cases().stream().map(SplitterCases.Case::category).distinct())
                .contains("title", "company", "suffix", "latin", "initials", "country", "time", "number", "email",
                        "url", "quote", "multi", "paren", "ellipsis", "double", "bang", "list", "headline",
                        "subhead", "dateline", "paragraph");
    }

    @Test
    void each_rule_case_splits_where_its_marks_say() {
        List<String> wrong = new ArrayList<>();
        for (SplitterCases.Case c : CASES.cases()) {
            List<String> actual = SplitterCases.byClaimSplitter(c.text());
            if (!actual.equals(c.expected())) {
                wrong.add("line " + c.line() + " [" + c.category() + "]\n  expected " + c.expected()
                        + "\n  actual   " + actual);
            }
        }

        assertThat(wrong).isEmpty();
    }
}
