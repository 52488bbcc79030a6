package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class VerdictChartTest {

    private static final VerdictMix MIX = new VerdictMix(
            Map.of(VerdictType.SUPPORTED, 3, VerdictType.DISPUTED, 1, VerdictType.MISLEADING, 6), 2);

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Double> widths(Document doc, String parentClass) {
        List<Double> widths = new ArrayList<>();
        NodeList rects = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element rect = (Element) rects.item(i);
            if (parentClass == null || ((Element) rect.getParentNode()).getAttribute("class").equals(parentClass)) {
                widths.add(Double.parseDouble(rect.getAttribute("width")));
            }
        }
        return widths;
    }

    @Test
    void the_chart_is_well_formed_svg_with_a_title_and_an_accessible_name() throws Exception {
        Document doc = parse(VerdictChart.chart("Verdicts", MIX));

        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-label"))
                .isEqualTo("Verdicts: 3 supported, 1 disputed, 6 misleading, 2 with no final verdict");
        assertThat(root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").item(0).getTextContent())
                .isEqualTo(root.getAttribute("aria-label"));
    }

    @Test
    void the_chart_speaks_the_words_it_is_given_and_lower_cases_them_in_their_locale() throws Exception {
        Map<VerdictType, String> names = new java.util.EnumMap<>(VerdictType.class);
        for (VerdictType type : VerdictType.values()) {
            names.put(type, "Ä" + type.ordinal());
        }
        VerdictChart.Labels words = new VerdictChart.Labels(names, "Sin calificación final", "sin calificación final",
                "Ninguna afirmación", java.util.Locale.of("es"));

        Document doc = parse(VerdictChart.chart("Calificaciones finales", MIX, words));

        assertThat(doc.getDocumentElement().getAttribute("aria-label"))
                .isEqualTo("Calificaciones finales: 3 ä0, 1 ä1, 6 ä2, 2 sin calificación final");
        assertThat(doc.getDocumentElement().getTextContent()).contains("Ä0", "Sin calificación final")
                .doesNotContain("Supported", "No final verdict");
        assertThat(VerdictChart.describe(new VerdictMix(Map.of(), 0), words)).isEqualTo("Ninguna afirmación");
    }

    @Test
    void every_bar_is_named_in_text_with_its_count_so_colour_is_never_the_only_cue() throws Exception {
        String text = parse(VerdictChart.chart("Verdicts", MIX)).getDocumentElement().getTextContent();

        for (VerdictType type : VerdictType.values()) {
            assertThat(text).contains(type.label());
        }
        assertThat(text).contains("No final verdict", "Misleading6", "Supported3");
    }

    @Test
    void the_chart_bars_are_as_long_as_their_counts_the_largest_filling_the_width() throws Exception {
        List<Double> bars = widths(parse(VerdictChart.chart("Verdicts", MIX)), "verdict-row");

        // supported 3, disputed 1, misleading 6, not enough evidence 0, not checkable 0, undecided 2
        assertThat(bars).hasSize(6);
        assertThat(bars.get(2)).isEqualTo(VerdictChart.BAR_WIDTH);
        assertThat(bars.get(0) / bars.get(1)).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(bars.get(5) / bars.get(2)).isCloseTo(2.0 / 6, org.assertj.core.data.Offset.offset(0.01));
        assertThat(bars.get(3)).isZero();
    }

    @Test
    void the_small_bar_splits_its_width_by_share_of_all_claims() throws Exception {
        Document doc = parse(VerdictChart.bar("Summit", MIX, 120));
        List<Double> all = widths(doc, null);

        // the frame first, then segments for supported 3, disputed 1, misleading 6, undecided 2 (of 12)
        assertThat(all.subList(1, all.size())).containsExactly(30.0, 10.0, 60.0, 20.0);
    }

    @Test
    void an_article_with_no_claims_draws_empty_bars_and_says_so() throws Exception {
        VerdictMix none = new VerdictMix(Map.of(), 0);

        assertThat(widths(parse(VerdictChart.chart("Verdicts", none)), "verdict-row")).containsOnly(0.0);
        assertThat(parse(VerdictChart.bar("Empty", none, 100)).getDocumentElement().getAttribute("aria-label"))
                .isEqualTo("Empty: No claims");
    }

    @Test
    void a_hostile_title_is_escaped_and_stays_text() throws Exception {
        String hostile = "\"><script>alert(1)</script>&amp;<svg onload='x'>";
        String svg = VerdictChart.bar(hostile, MIX, 120);
        Document doc = parse(svg);

        assertThat(svg).doesNotContain("<script").doesNotContain("<svg onload");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).startsWith(hostile + ": ");
    }

    @Test
    void a_negative_count_is_refused() {
        assertThatThrownBy(() -> new VerdictMix(Map.of(VerdictType.SUPPORTED, -1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void undecided_claims_are_those_without_a_final_verdict() {
        ArticleReviewSummary summary = ArticleReviewSummary.of(7, 2, Map.of(VerdictType.DISPUTED, 2,
                VerdictType.SUPPORTED, 1), 0, 0, null);

        assertThat(VerdictMix.of(summary).undecided()).isEqualTo(4);
        assertThat(VerdictMix.of(summary).total()).isEqualTo(7);
    }
}
