package org.claimdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckworthinessRulesTest {

    final CheckworthinessRules rules = new CheckworthinessRules();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Unemployment fell to 3.9% in March.|FACTUAL|number '3.9%'",
            "The plant closed because of the sanctions imposed by Brussels.|FACTUAL|cause 'because'",
            "Will the ceasefire hold?|QUESTION|ends with '?'",
            "The talks may resume next week.|PREDICTION|'may'",
            "This policy is a disgrace.|OPINION|'disgrace'",
            "We must do better.|OPINION|'must'",
            "It was a long day.|OPINION|no number, date, name"
    })
    void classifies_with_a_reason_a_reviewer_can_read(String sentence, Checkworthiness kind, String reasonPart) {
        CheckworthinessRules.Hint hint = rules.classify(sentence);

        assertThat(hint.kind()).isEqualTo(kind);
        assertThat(hint.reason()).contains(reasonPart);
    }
}
