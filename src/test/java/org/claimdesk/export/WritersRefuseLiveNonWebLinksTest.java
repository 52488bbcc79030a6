package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.claim.Checkworthiness;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.review.ArticleReviewSummary;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.DecisionView;
import org.claimdesk.review.Source;
import org.claimdesk.review.Stance;
import org.claimdesk.review.VerdictType;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Addresses smuggled into the database by any path (an old import, a direct SQL write) reach the writers
 * as they are: each writer itself keeps everything but http(s) from becoming a live link.
 */
class WritersRefuseLiveNonWebLinksTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String HOSTILE = "javascript:alert(document.cookie)";
    static final Instant AT = Instant.parse("2026-11-20T10:00:00Z");

    final ExportData data = data(HOSTILE, List.of(
            new Source(HOSTILE, "Harmless title", null, LocalDate.of(2026, 11, 20), Stance.REFUTES),
            new Source("data:text/html,<script>alert(1)</script>", "Data", null, LocalDate.of(2026, 11, 20), Stance.CONTEXT),
            new Source("https://records.example.org/a", "Record", null, LocalDate.of(2026, 11, 20), Stance.REFUTES)));

    @Test
    void the_html_report_links_only_the_https_source_and_shows_the_others_as_text() throws Exception {
        var page = Jsoup.parse(write(out -> new HtmlReportWriter().write(data, out)));

        assertThat(page.select("a[href]")).extracting(a -> a.attr("href")).containsExactly("https://records.example.org/a");
        assertThat(page.text()).contains("Harmless title (" + HOSTILE + ")");
    }

    @Test
    void markdown_rendered_to_html_has_no_link_but_the_https_one() throws Exception {
        String markdown = write(out -> new MarkdownWriter().write(data, out));
        String html = HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));

        assertThat(Jsoup.parse(html).select("a[href]")).extracting(a -> a.attr("href"))
                .containsExactly("https://records.example.org/a");
        assertThat(html).doesNotContain("href=\"javascript").doesNotContain("href=\"data");
    }

    @Test
    void csv_leaves_out_every_address_that_is_not_http_or_https() throws Exception {
        String csv = write(out -> new CsvWriter().write(data, false, out));

        assertThat(csv).doesNotContain("javascript:").doesNotContain("data:text").contains("https://records.example.org/a")
                .contains(Cells.NOT_A_WEB_ADDRESS);
    }

    @Test
    void claimreview_leaves_out_an_article_address_that_is_not_http_or_https() throws Exception {
        JsonNode reviews = JSON.readTree(write(out -> new ClaimReviewWriter(JSON).write(data, false, out)));

        JsonNode appearance = reviews.get(0).get("itemReviewed").get("appearance");
        assertThat(appearance.has("url")).isFalse();
        assertThat(appearance.get("headline").asString()).isEqualTo("Hostile");
        JsonNode safe = JSON.readTree(write(out -> new ClaimReviewWriter(JSON).write(
                data("https://news.example.com/story", List.of()), false, out)));
        assertThat(safe.get(0).get("itemReviewed").get("appearance").get("url").asString())
                .isEqualTo("https://news.example.com/story");
    }

    interface Writing {
        void to(ByteArrayOutputStream out) throws Exception;
    }

    static String write(Writing writing) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writing.to(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    static ExportData data(String sourceUrl, List<Source> sources) {
        String text = "Crime fell 20% in 2025.";
        var article = new ArticleSnapshot(7L, "Hostile", text, sourceUrl, "Ledger", null, LocalDate.of(2026, 11, 19),
                ImportMethod.PASTE, "erin", AT, "en");
        var claim = new ClaimView(11L, 7L, 1, 0, text.length(), text, null, null, Checkworthiness.FACTUAL,
                "A number", false, false, ClaimStatus.APPROVED, AT, 1);
        var decision = new DecisionView(21L, 11L, "erin", 1, VerdictType.DISPUTED, "Official statistics.", sources,
                null, null, AT, null);
        var summary = new ArticleReviewSummary(1, 1, Map.of(VerdictType.DISPUTED, 1), 0, 0, null, null);
        return new ExportData(article, List.of(new ClaimReview(claim, false, List.of(), 0, null, List.of(decision), null)),
                summary, "ClaimDesk", "http://localhost:8080");
    }
}
