package org.claimdesk.desk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.claimdesk.claim.Checkworthiness;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.review.VerdictType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    private static ClaimRow claim(long id, int ordinal, int start, int end, boolean inText, VerdictType verdict) {
        return new ClaimRow(id, ordinal, start, end, inText, "", null, null, Checkworthiness.FACTUAL,
                ClaimStatus.OPEN, false, null, verdict, 0, true);
    }

    @Test
    void hostile_words_in_the_text_stay_text_and_never_become_markup() {
        String text = "Intro <img src=x onerror=alert(1)> & then: <script>alert(2)</script>\" said \"x\" onclick='y'.";
        int start = text.indexOf("<script>");

        Document page = Jsoup.parseBodyFragment(ArticleText.html(text, List.of(claim(7, 1, start, text.length(), true,
                null)), Locale.ENGLISH));

        assertThat(page.select("img, script, [onclick], [onerror]")).isEmpty();
        assertThat(page.body().text()).isEqualTo(text);
        assertThat(page.select("mark").eachText()).containsExactly(text.substring(start));
    }

    @Test
    void each_claim_in_the_text_is_one_mark_with_its_id_classes_and_title() {
        String text = "Rates rose. Prices fell. Wages grew.";

        Document page = Jsoup.parseBodyFragment(ArticleText.html(text, List.of(claim(1, 1, 0, 11, true, null),
                claim(2, 2, 12, 24, true, VerdictType.DISPUTED), claim(3, 3, 25, 36, true, null)), Locale.ENGLISH));

        assertThat(page.select("mark.claim").eachAttr("id")).containsExactly("claim-1", "claim-2", "claim-3");
        assertThat(page.select("mark.claim").eachText()).containsExactly("Rates rose.", "Prices fell.", "Wages grew.");
        assertThat(page.getElementById("claim-2").classNames()).contains("status-open", "hint-factual",
                VerdictCard.verdictClass(VerdictType.DISPUTED));
        assertThat(page.getElementById("claim-1").attr("title")).startsWith("Claim 1 · ");
        assertThat(page.body().text()).isEqualTo(text);
    }

    @Test
    void a_marks_tooltip_is_in_the_readers_language() {
        String text = "Las tasas subieron. Los precios bajaron.";
        List<ClaimRow> claims = List.of(claim(1, 1, 0, 19, true, null), claim(2, 2, 20, 40, true, null));

        Document spanish = Jsoup.parseBodyFragment(ArticleText.html(text, claims, Locale.of("es")));
        Document portuguese = Jsoup.parseBodyFragment(ArticleText.html(text, claims, Locale.of("pt")));

        assertThat(spanish.getElementById("claim-2").attr("title")).isEqualTo("Afirmación 2 · Abierta · Dato verificable");
        assertThat(portuguese.getElementById("claim-1").attr("title")).isEqualTo("Afirmação 1 · Aberta · Fato verificável");
    }

    @Test
    void a_claim_whose_sentence_left_the_text_gets_no_mark_and_the_text_is_whole() {
        String text = "Rates rose. Prices fell.";

        Document page = Jsoup.parseBodyFragment(ArticleText.html(text, List.of(claim(1, 1, 0, 11, false, null),
                claim(2, 2, 12, 24, true, null)), Locale.ENGLISH));

        assertThat(page.select("mark").eachAttr("id")).containsExactly("claim-2");
        assertThat(page.body().text()).isEqualTo(text);
    }
}
