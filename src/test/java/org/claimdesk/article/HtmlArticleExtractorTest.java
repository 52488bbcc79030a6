package org.claimdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Saved pages in the shapes of four kinds of outlet (wire service, broadsheet, tabloid, blog). They are
 * written for this test, not downloaded: this machine cannot reach news sites.
 */
class HtmlArticleExtractorTest {

    final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private ArticleDraft extract(String page) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("pages/" + page)) {
            return extractor.extract(Jsoup.parse(in, null, "https://news.example/" + page), null).draft();
        }
    }

    @Test
    void a_wire_story_keeps_headline_paragraphs_subheads_and_list_items() throws IOException {
        ArticleDraft article = extract("wire-service.html");

        assertThat(article.text()).startsWith("Senate passes stopgap funding bill, averting shutdown")
                .contains("WASHINGTON (AP) — The Senate passed a stopgap spending bill on Wednesday",
                        "The measure passed 78-18", "What comes next", "- Agencies stay open until December.",
                        "Senate Majority Leader Chuck Schumer said.");
    }

    @Test
    void a_wire_story_drops_navigation_ads_share_bars_captions_related_links_comments_and_footer() throws IOException {
        ArticleDraft article = extract("wire-service.html");

        assertThat(article.text()).doesNotContain("Politics", "ADVERTISEMENT", "Share on Facebook", "AP Photo",
                "Related stories", "House passes its version", "First!", "Copyright", "By Jane Doe", "dataLayer");
    }

    @Test
    void a_wire_story_brings_its_metadata() throws IOException {
        ArticleDraft article = extract("wire-service.html");

        assertThat(article.title()).isEqualTo("Senate passes stopgap funding bill, averting shutdown");
        assertThat(article.author()).isEqualTo("Jane Doe");
        assertThat(article.publisher()).isEqualTo("Wire News");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2024, 9, 25));
    }

    @Test
    void a_broadsheet_page_keeps_its_marked_article_body_without_promotions() throws IOException {
        ArticleDraft article = extract("broadsheet.html");

        assertThat(article.text()).contains("Annual inflation in the euro area fell to 2.2% in September",
                "Rate cut expected", "\"The trend is clear,\" said chief economist Anna Berg.")
                .doesNotContain("cookies", "Most read", "Subscribe", "Sign up", "You may also like", "Print");
        assertThat(article.author()).isEqualTo("Priya Natarajan");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2024, 10, 16));
        assertThat(article.publisher()).isEqualTo("The Daily Ledger");
    }

    @Test
    void a_tabloid_page_in_windows_1252_keeps_the_story_and_its_pound_sign() throws IOException {
        ArticleDraft article = extract("tabloid.html");

        assertThat(article.text()).contains("Mayor quits after expenses row", "£12,400",
                "Residents had called for a vote of no confidence.")
                .doesNotContain("Sport", "WhatsApp", "leaves the town hall", "Shock as cat", "Privacy");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 2));
    }

    @Test
    void a_blog_post_keeps_its_numbered_list_and_drops_tags_and_comments() throws IOException {
        ArticleDraft article = extract("blog.html");

        assertThat(article.text()).contains("Checking the claim that 90% of plastic is never recycled",
                "- Global estimate: 9% recycled.", "The E.U. reported a rate of 40%")
                .doesNotContain("Great post", "Tags:", "Posts");
    }

    @Test
    void a_page_of_only_boilerplate_yields_no_text() throws IOException {
        assertThat(extract("no-text.html").text()).isBlank();
    }
}
