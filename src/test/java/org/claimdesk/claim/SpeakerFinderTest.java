package org.claimdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakerFinderTest {

    final SpeakerFinder finder = new SpeakerFinder();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Trump said the talks would start soon.|Trump",
            "\"We are ready,\" said Sen. Elizabeth Warren.|Sen. Elizabeth Warren",
            "Inflation will fall, according to the Bank of England.|Bank of England",
            "Angela Merkel told reporters the deal was done.|Angela Merkel",
            "The plan is \"dead,\" Schumer added.|Schumer",
            "Keith Kellogg, the envoy, said talks must begin.|Keith Kellogg",
            "Kremlin spokesman Dmitry Peskov confirmed the call.|Dmitry Peskov",
            "The economy grew 2% last year, the ministry said.|",
            "Prices rose 3% in May.|"
    })
    void finds_the_named_speaker_of_an_attributed_sentence(String sentence, String speaker) {
        assertThat(finder.find(sentence).orElse(null)).isEqualTo(speaker);
    }

    @Test
    void he_said_takes_the_last_named_speaker_in_the_article() {
        String text = "Biden met Xi on Monday. \"It went well,\" Biden said. \"We will meet again,\" he said.";

        List<ClaimDrafter.Draft> drafts = new ClaimDrafter().draft(text);

        assertThat(drafts).extracting(ClaimDrafter.Draft::speaker).containsExactly(null, "Biden", "Biden");
    }

    @Test
    void a_quote_introduced_before_it_opens_gives_its_speaker_to_every_sentence() {
        String text = "The senator said: \"This is wrong. It must stop. We will vote no.\" The vote is on Friday.";

        List<ClaimDrafter.Draft> drafts = new ClaimDrafter().draft(text);

        assertThat(drafts).extracting(ClaimDrafter.Draft::speaker).containsExactly(null, null, null, null);
        String named = "Senator Warren said: \"This is wrong. It must stop.\" The vote is on Friday.";
        assertThat(new ClaimDrafter().draft(named)).extracting(ClaimDrafter.Draft::speaker)
                .containsExactly("Senator Warren", "Senator Warren", null);
    }
}
