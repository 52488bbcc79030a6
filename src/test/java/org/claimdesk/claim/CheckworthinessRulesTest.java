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

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "es|El paro bajó al 11,3 por ciento en marzo.|FACTUAL|number '11,3 por ciento'",
            "es|La inflación podría subir el próximo año.|PREDICTION|'podría'",
            "es|Esta política es una vergüenza.|OPINION|'vergüenza'",
            "es|¿Aguantará el alto el fuego?|QUESTION|ends with '?'",
            "pt|O desemprego caiu para 7,8% em março.|FACTUAL|number '7,8%'",
            "pt|A economia deverá crescer no ano que vem.|PREDICTION|'deverá'",
            "fr|Le chômage a baissé de 2 millions depuis lundi.|FACTUAL|number '2 millions'",
            "fr|Il faut changer de cap.|OPINION|'Il faut'",
            "de|Die Arbeitslosigkeit sank im März auf 5,7 Prozent.|FACTUAL|number '5,7 Prozent'",
            "de|Die Preise könnten weiter steigen.|PREDICTION|'könnten'",
            "de|Das ist eine Schande.|OPINION|'Schande'",
            "it|La disoccupazione è scesa al 7 per cento a marzo.|FACTUAL|number '7 per cento'",
            "it|Il governo potrebbe cadere.|PREDICTION|'potrebbe'",
    })
    void uses_the_hint_words_of_the_sentence_language(String language, String sentence, Checkworthiness kind,
            String reasonPart) {
        CheckworthinessRules.Hint hint = rules.classify(sentence, language);

        assertThat(hint.kind()).isEqualTo(kind);
        assertThat(hint.reason()).contains(reasonPart);
    }

    @org.junit.jupiter.api.Test
    void a_german_noun_is_not_taken_for_a_name_because_it_is_capitalised() {
        CheckworthinessRules.Hint hint = rules.classify("Es war ein langer Tag mit viel Arbeit.", "de");

        assertThat(hint.kind()).isEqualTo(Checkworthiness.OPINION);
        assertThat(hint.reason()).doesNotContain("name '");
    }
}
