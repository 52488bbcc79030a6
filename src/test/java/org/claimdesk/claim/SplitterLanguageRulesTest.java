package org.claimdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each language profile's rules, one short sentence pair (written for this test) per rule. In the texts, ‖
 * marks where a sentence ends; it is replaced by a space before splitting.
 */
class SplitterLanguageRulesTest {

    private static List<String> split(String text, String language) {
        return new ClaimSplitter().split(text, language).stream().map(s -> s.of(text)).toList();
    }

    private static void assertSplits(String language, String marked) {
        String text = marked.replace(" ‖ ", " ");
        assertThat(split(text, language)).as("[%s] %s", language, marked)
                .containsExactly(marked.split(" ‖ "));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
            "en|She joined Acme Inc. ‖ Nobody expected it.",
            "en|The shop on Baker St. ‖ It closed in 1990.",
            "en|Smith was born c. 1818 in London.",
            "en|The list covers fuel, rent, etc. ‖ Food is exempt.",
            "en|He spoke at 10 a.m. Tuesday in Ohio.",
            "en|It was signed at No. 10 Downing Street.",
            "en|He left the room. ‖ then the lights went out.",
            "en|The case went to the Dr. Smith clinic.",
    })
    void english_rules(String language, String marked) {
        assertSplits(language, marked);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
            "es|Viajó a EE. UU. en marzo. ‖ Volvió en mayo.",
            "es|¿Quién ganó? ‖ ¡Nadie lo sabe!",
            "es|El Sr. García llegó tarde. ‖ La reunión ya había empezado.",
            "es|Ocupa el 1.º puesto del grupo.",
            "es|Lo dijo la Dra. Pérez en el pleno.",
            "pt|O Sr. Silva chegou cedo. ‖ A sessão começou às nove.",
            "pt|Está na pág. 12 do relatório.",
            "pt|O país cresceu 2,5%. ‖ A inflação caiu.",
            "fr|« Nous partirons demain. » ‖ Le ministre a confirmé.",
            "fr|M. Dupont a démissionné. ‖ Son adjoint le remplace.",
            "fr|Le texte est à la p. 4 du rapport.",
            "de|Die Wahl findet am 3. Oktober statt. ‖ Viele Bürger gehen hin.",
            "de|Der 18. Wirtschaftsgipfel beginnt heute.",
            "de|Es gab Obst, Brot usw. ‖ Die Preise stiegen.",
            "de|Er wohnt in der Hauptstr. 9 in Bonn.",
            "de|Das gilt z. B. für Banken.",
            "de|Dr. Müller sprach zuerst. ‖ Danach kam die Presse.",
            "it|Il sig. Rossi è arrivato. ‖ La seduta è iniziata.",
            "it|Lo prevede l'art. 5 della legge.",
            "it|Si vedano gli atti, n. 3 e n. 4.",
            "it|Hanno votato tutti, ecc. ‖ Il risultato è chiaro.",
    })
    void rules_of_each_language_profile(String language, String marked) {
        assertSplits(language, marked);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
            "hi|भारत एक बड़ा देश है। ‖ यहाँ कई भाषाएँ हैं।",
            "hi|यह पहला श्लोक है॥ ‖ यह दूसरा है॥",
            "ar|هل جاء الوزير؟ ‖ نعم، جاء أمس.",
            "ur|وزیر آئے۔ ‖ انہوں نے بات کی۔",
            "el|Πού είσαι; ‖ Είμαι εδώ.",
    })
    void sentence_ends_of_other_scripts(String language, String marked) {
        assertSplits(language, marked);
    }

    @Test
    void chinese_and_japanese_sentences_end_without_a_space() {
        assertThat(split("他来了。我们走吧！你好吗？", "zh")).containsExactly("他来了。", "我们走吧！", "你好吗？");
        assertThat(split("雨が降った。道が濡れた。", "ja")).containsExactly("雨が降った。", "道が濡れた。");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The rate rose to 3.5 percent in the U.S.A. and fell in the U.K. last year.",
            "See https://example.org/a.b/c?x=1.2 for the full report.",
            "Dr. J. R. Smith wrote the paper.",
    })
    void unknown_languages_never_cut_inside_a_number_an_initialism_or_a_url(String text) {
        assertThat(split(text, "xx")).containsExactly(text);
        assertThat(split(text, null)).containsExactly(text);
    }

    @Test
    void list_items_run_together_on_one_line_are_split_without_their_markers() {
        String text = "1.) Cut taxes 2.) Build roads 3.) Hire teachers";

        assertThat(split(text, "en")).containsExactly("Cut taxes", "Build roads", "Hire teachers");
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "fr|Le service était lent, et le prix élevé ! ‖ Nous ne reviendrons pas.",
            "fr|Quelle soirée... ! ‖ Nous reviendrons.",
            "de|Die Zimmer waren sauber und das Frühstück gut! :-)",
            "en|He laughed and left the room. ‖ Nobody followed him.",
    })
    void marks_without_a_word_end_the_sentence_before_them(String language, String marked) {
        assertSplits(language, marked);
    }

    @Test
    void a_closing_quote_after_a_space_at_the_end_of_a_paragraph_stays_with_its_sentence() {
        String text = "« Nous ne céderons pas. »\n\nLe ministre a quitté la salle. \"";
        assertThat(split(text, "fr")).containsExactly("« Nous ne céderons pas. »", "Le ministre a quitté la salle. \"");
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "it|Lo chiamavano \"il professore\". ‖ una volta per sempre era finita.",
            "it|Il piano ha un nome (programma \"Pericle\"). ‖ uno dei gruppi lo ha scritto.",
    })
    void a_full_stop_after_a_quoted_word_ends_the_sentence_even_before_a_lower_case_word(String language, String marked) {
        assertSplits(language, marked);
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', value = {
            "pt|O deputado foi eleito pelo PP. ‖ Paixão é irmão do prefeito.",
            "pt|Ele vive nos EUA. ‖ Conquistou o título mundial em 1994.",
            "pt|O texto está nas pp. 12 a 14.",
    })
    void a_period_after_an_acronym_in_capitals_ends_the_sentence_unlike_the_same_letters_as_an_abbreviation(
            String language, String marked) {
        assertSplits(language, marked);
    }

    @Test
    void a_unit_after_an_abbreviation_continues_the_sentence() {
        assertThat(split("La densidad era de 7,63 hab. / km². El censo es de 2010.", "es"))
                .containsExactly("La densidad era de 7,63 hab. / km².", "El censo es de 2010.");
    }

    @Test
    void a_citation_after_a_sentence_stays_with_it() {
        String text = "He studied at Harrow until 1805. [6] His poems sold well. [7] [8]";

        assertThat(split(text, "en")).containsExactly("He studied at Harrow until 1805. [6]", "His poems sold well. [7] [8]");
    }

    @Test
    void an_ellipsis_written_as_spaced_dots_is_not_three_sentence_ends() {
        String text = "We waited . . . and waited. Then it rained.";

        assertThat(split(text, "en")).containsExactly("We waited . . . and waited.", "Then it rained.");
    }

    @Test
    void a_numbered_paragraph_mark_joins_the_sentence_it_numbers() {
        String text = "The law took effect in May. 858. Land reclamation is regulated by the state.";

        assertThat(split(text, "en")).containsExactly("The law took effect in May.",
                "858. Land reclamation is regulated by the state.");
    }

    @Test
    void a_language_code_with_a_region_or_in_capitals_finds_its_profile() {
        String text = "Die Wahl ist am 3. Oktober.";

        assertThat(split(text, "DE")).containsExactly(text);
        assertThat(split(text, "de-AT")).containsExactly(text);
    }
}
