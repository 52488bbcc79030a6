package org.claimdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Speakers by each language's attribution verbs and phrases; sentences written for these tests. */
class SpeakerFinderTest {

    final SpeakerFinder finder = new SpeakerFinder();

    private String speaker(String sentence, String language) {
        return finder.find(sentence, language).map(Attribution::speaker).orElse(null);
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "en|Trump said the talks would start soon.|Trump",
            "en|\"We are ready,\" said Sen. Elizabeth Warren.|Sen. Elizabeth Warren",
            "en|Inflation will fall, according to the Bank of England.|Bank of England",
            "en|Angela Merkel told reporters the deal was done.|Angela Merkel",
            "en|The plan is \"dead,\" Schumer added.|Schumer",
            "en|Keith Kellogg, the envoy, said talks must begin.|Keith Kellogg",
            "en|Kremlin spokesman Dmitry Peskov confirmed the call.|Dmitry Peskov",
            "en|Oil will rise again, said Maria Lopez, the senior trader at Vitol.|Maria Lopez",
            "es|\"Vamos a ganar\", dijo el ministro García.|García",
            "es|La inflación bajará este año, según el Banco de España.|Banco de España",
            "es|Pedro Sánchez afirmó que el acuerdo está cerrado.|Pedro Sánchez",
            "pt|\"A economia vai crescer\", disse Lula.|Lula",
            "pt|A inflação caiu 2%, segundo o Banco Central.|Banco Central",
            "pt|Fernando Haddad afirmou que o déficit vai cair.|Fernando Haddad",
            "fr|« Nous ne céderons pas », a déclaré Emmanuel Macron.|Emmanuel Macron",
            "fr|Le chômage a baissé, selon l'Insee.|Insee",
            "de|Angela Merkel sagte, die Lage sei ernst.|Angela Merkel",
            "de|Die Arbeitslosigkeit sinkt, laut Bundesagentur für Arbeit.|Bundesagentur für Arbeit",
            "de|„Wir schaffen das“, sagte Merkel.|Merkel",
            "it|\"Il governo non cadrà\", ha detto Giorgia Meloni.|Giorgia Meloni",
            "it|Il debito è salito, secondo la Banca d'Italia.|Banca d'Italia",
    })
    void finds_the_named_speaker_in_each_language(String language, String sentence, String expected) {
        assertThat(speaker(sentence, language)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "en|The economy grew 2% last year, the ministry said.|the ministry",
            "en|Prosecutors said the money was never repaid.|prosecutors",
            "en|The plant will close, a spokesperson for the company said.|a spokesperson for the company",
            "en|He was paid twice, according to court records.|court records",
            "es|El dinero nunca se devolvió, según los fiscales.|los fiscales",
            "pt|O dinheiro sumiu, segundo documentos judiciais.|documentos judiciais",
            "fr|L'argent a disparu, selon les enquêteurs.|les enquêteurs",
            "it|Il denaro è sparito, secondo gli inquirenti.|gli inquirenti",
    })
    void keeps_an_unnamed_source_or_a_document_as_written(String language, String sentence, String expected) {
        Attribution found = finder.find(sentence, language).orElseThrow();

        assertThat(found.kind()).isEqualTo(Attribution.Kind.SOURCE);
        assertThat(found.speaker()).isEqualTo(expected);
    }

    @Test
    void a_nested_attribution_gives_the_outer_source() {
        String sentence = "\"Sondland said he would fix it,\" Morrison testified.";

        assertThat(speaker(sentence, "en")).isEqualTo("Morrison");
    }

    @Test
    void a_sentence_without_attribution_has_no_speaker() {
        assertThat(finder.find("Prices rose 3% in May.", "en")).isEmpty();
        assertThat(finder.find("Los precios subieron un 3% en mayo.", "es")).isEmpty();
    }

    @Test
    void he_said_takes_the_last_person_named_before_it() {
        String text = "Biden met Xi on Monday. \"It went well,\" Biden said. \"We will meet again,\" he said.";

        assertThat(new ClaimDrafter().draft(text)).extracting(ClaimDrafter.Draft::speaker)
                .containsExactly(null, "Biden", "Biden");
    }

    @Test
    void a_pronoun_skips_an_organisation_and_takes_the_last_person() {
        String text = "\"Talks failed,\" Lavrov said. \"We regret it,\" the Kremlin said. \"It is over,\" he said.";

        assertThat(new ClaimDrafter().draft(text)).extracting(ClaimDrafter.Draft::speaker)
                .containsExactly("Lavrov", "Kremlin", "Lavrov");
    }

    @Test
    void a_spanish_verb_without_subject_takes_the_last_person_named() {
        String text = "\"Habrá elecciones\", dijo Gabriel Boric. \"No cambiaremos la fecha\", añadió.";

        assertThat(new ClaimDrafter().draft(text, "es")).extracting(ClaimDrafter.Draft::speaker)
                .containsExactly("Gabriel Boric", "Gabriel Boric");
    }

    @Test
    void a_quote_introduced_by_a_named_speaker_gives_that_speaker_to_every_sentence_of_it() {
        String named = "Senator Warren said: \"This is wrong. It must stop.\" The vote is on Friday.";

        assertThat(new ClaimDrafter().draft(named)).extracting(ClaimDrafter.Draft::speaker)
                .containsExactly("Senator Warren", "Senator Warren", null);
    }

    @Test
    void a_quote_introduced_by_an_unnamed_speaker_gets_no_speaker() {
        String text = "The senator said: \"This is wrong. It must stop. We will vote no.\" The vote is on Friday.";

        assertThat(new ClaimDrafter().draft(text)).extracting(ClaimDrafter.Draft::speaker)
                .containsExactly(null, null, null, null);
    }

    @Test
    void a_german_quote_over_two_sentences_shares_its_speaker() {
        String text = "„Die Lage ist ernst. Wir handeln jetzt“, sagte Olaf Scholz.";

        List<ClaimDrafter.Draft> drafts = new ClaimDrafter().draft(text, "de");

        assertThat(drafts).extracting(ClaimDrafter.Draft::speaker).containsExactly("Olaf Scholz", "Olaf Scholz");
    }
}
