package org.claimdesk.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The founding example article: its 25 sentences, their exact offsets and who said them. */
class SeedArticleSplitTest {

    /** Each sentence of the seed article, in order, with the speaker it is attributed to (or null). */
    static final List<String[]> EXPECTED = List.of(
            s("Trump National Security Advisor pick Mike Waltz has confirmed that preparations for a meeting between Presidents Putin and Trump are underway.", "Mike Waltz"),
            s("\"The preparations are underway,\" Waltz said in an ABC News interview Sunday after being asked when the prospective meeting might occur.", "Waltz"),
            s("Waltz also said that a telephone call between the two leaders may take place in the next days or weeks.", "Waltz"),
            s("At a press briefing earlier in the week, Trump said Putin \"wants to meet\" and that his transition team was in the process of \"setting it up.\"", "Trump"),
            s("The format of the meeting is \"to be determined,\" Trump added.", "Trump"),
            s("\"President Putin wants to meet.", "Trump"),
            s("He's said that even publicly.", "Trump"),
            s("And we have to get that war over with, that's a bloody mess,\" Trump said, referring to the ongoing NATO-Russia conflict in Ukraine using Kiev as a proxy.", "Trump"),
            s("Presidents Putin and Trump had a summit meeting in Helsinki in July 2018.", null),
            s("They've also met on at least four other occasions on the sidelines of international venues, and have spoken by phone 16 times or more.", null),
            s("The outgoing president, Joe Biden, held one meeting with Putin, in June 2021 in Geneva.", null),
            s("In a statement Sunday, the White House said Washington believes any agreement on Ukraine must provide \"security guarantees\" to prevent the conflict from reoccurring.", "White House"),
            s("Russian officials including President Putin and Foreign Minister Sergei Lavrov have themselves pointed to the need for iron-clad guarantees, but for Russia, given Kiev's tendency to renege on agreements, from the 2015 Minsk peace deal, to the 2022 draft agreement reached in Istanbul, but left unsigned thanks to interference by NATO.", null),
            s("Keith Kellogg, Trump's pick for Ukraine envoy, said earlier this week that for the Ukraine conflict to end, Russia and the US need to communicate.", "Keith Kellogg"),
            s("\"The biggest mistake that President Biden made is the fact that he never engaged in any conversations with Putin,\" Kellogg said in an interview.", "Kellogg"),
            s("On Tuesday, Trump said he \"can understand\" Russia's concerns about having NATO \"right on their doorstep\" in Ukraine, and slammed the Biden administration for ignoring Moscow's long-held apprehension.", "Trump"),
            s("Moscow has made Ukrainian neutrality a key condition for any peace deal.", null),
            s("Trump has been outspoken in his criticism of the current administration for its role in triggering the current conflict, saying the Ukraine crisis \"would never\" have started if he were president.", null),
            s("Trump's record on Ukraine is also mixed, however, as it was during his first term that the US first began to deliver lethal weapons to Kiev.", null),
            s("The Ukrainian crisis was sparked by Trump's predecessor, Barack Obama, in 2014, when a US and EU-backed coup overthrew Ukraine's elected government after it rejected an EU Association Agreement in favor of closer ties with the Russia-led Eurasian Economic Union.", null),
            s("The crisis prompted Crimea to vote to leave Ukraine via referendum and rejoin Russia, and saw residents of the Donbass regions of Donetsk and Lugansk rise up against the new regime and proclaim independence.", null),
            s("Kiev responded by trying to crush the regions with military force.", null),
            s("A shaky ceasefire and peace deal known as the Minsk Accords was signed in February 2015, stipulating the regions' return to Ukraine's jurisdiction in exchange for guarantees of autonomy.", null),
            s("Successive Ukrainian governments stalled on implementing Minsk for eight years.", null),
            s("In 2022, the former leaders of Ukraine, Germany and France each separately admitted that Kiev only signed the deal to buy time to rearm and prepare for a conflict with Russia.", null));

    static String text;
    static List<ClaimDrafter.Draft> drafts;

    private static String[] s(String sentence, String speaker) {
        return new String[] {sentence, speaker};
    }

    @BeforeAll
    static void split() throws IOException {
        try (InputStream in = SeedArticleSplitTest.class.getResourceAsStream("/org/claimdesk/article/putin-trump-meeting.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        drafts = new ClaimDrafter().draft(text);
    }

    @Test
    void the_seed_article_splits_into_exactly_its_25_sentences() {
        assertThat(drafts.stream().map(d -> d.span().of(text)).toList())
                .containsExactlyElementsOf(EXPECTED.stream().map(e -> e[0]).toList());
    }

    @Test
    void every_claim_starts_where_its_sentence_stands_in_the_text() {
        int searchFrom = 0;
        for (int i = 0; i < EXPECTED.size(); i++) {
            int start = text.indexOf(EXPECTED.get(i)[0], searchFrom);
            assertThat(drafts.get(i).span()).isEqualTo(new Span(start, start + EXPECTED.get(i)[0].length()));
            searchFrom = start + 1;
        }
    }

    @Test
    void attributed_sentences_get_their_speaker_and_unattributed_ones_none() {
        for (int i = 0; i < EXPECTED.size(); i++) {
            assertThat(drafts.get(i).speaker()).as("speaker of sentence %d", i + 1).isEqualTo(EXPECTED.get(i)[1]);
        }
    }

    @Test
    void the_quote_spanning_three_sentences_gives_trump_to_all_three() {
        assertThat(drafts.subList(5, 8)).extracting(ClaimDrafter.Draft::speaker).containsOnly("Trump");
    }

    @Test
    void dated_and_numbered_statements_are_hinted_checkable_and_hedged_ones_not() {
        assertThat(drafts.get(8).hint().kind()).isEqualTo(Checkworthiness.FACTUAL);
        assertThat(drafts.get(8).hint().reason()).contains("2018");
        assertThat(drafts.get(2).hint().kind()).isEqualTo(Checkworthiness.PREDICTION);
        assertThat(drafts.get(2).hint().reason()).contains("'may'");
    }
}
