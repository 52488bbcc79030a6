package org.claimdesk.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The extractor's rules on real pages nobody here wrote (Mozilla Readability's test pages, Apache-2.0, see
 * corpus/README.md), plus small pages written to isolate one rule each.
 */
class HtmlArticleExtractorTest {

    final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private ArticleDraft page(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("corpus/" + name + ".html")) {
            return extractor.extract(Jsoup.parse(in, null, "https://news.example/" + name), null).draft();
        }
    }

    private ArticleDraft html(String html) {
        return extractor.extract(Jsoup.parse(html, "https://news.example/"), null).draft();
    }

    @Test
    void an_article_split_into_sections_between_pictures_is_kept_whole_without_its_captions() throws IOException {
        ArticleDraft article = page("telegraph");

        assertThat(article.text()).contains("are under house arrest at Mugabe's \"Blue House\" compound",
                "Zimbabwean intelligence reports seen by Reuters suggest",
                "the streets of the capital remained calm")
                .doesNotContain("Father Mukonori is said to be mediating", "DESMOND KWANDE");
    }

    @Test
    void the_comments_beside_an_article_are_not_part_of_it() throws IOException {
        ArticleDraft article = page("aclu");

        assertThat(article.text()).contains("I don't use Facebook.", "Information from other Facebook users")
                .doesNotContain("One valuable reform would be to mandate");
    }

    @Test
    void metadata_comes_from_the_pages_structured_data_first() throws IOException {
        ArticleDraft article = page("aclu");

        assertThat(article.title()).isEqualTo("Facebook Is Tracking Me Even Though I’m Not on Facebook");
        assertThat(article.publishedOn()).isEqualTo(LocalDate.of(2018, 4, 5));
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.sourceUrl()).startsWith("https://www.aclu.org/blog/privacy-technology/");
    }

    @Test
    void a_spanish_opinion_page_keeps_its_accented_text_and_publisher() throws IOException {
        ArticleDraft article = page("la-nacion");

        assertThat(article.text()).startsWith("Una solución no violenta para la cuestión mapuche")
                .contains("Abdullah Ocalan, el líder independentista kurdo");
        assertThat(article.publisher()).isEqualTo("LA NACION");
    }

    @Test
    void headline_subheads_and_list_items_stand_on_lines_of_their_own() {
        ArticleDraft article = html("<html><head><title>Council votes</title></head><body><article>"
                + "<h1>Council votes on the budget</h1><p>The council voted 7-2 on Tuesday, after a long debate, "
                + "to pass the budget.</p><h2>What changes</h2><ul><li>Bus fares fall.</li><li>Parks open later."
                + "</li></ul><blockquote>\"It is a good day,\" the mayor said, as the vote closed.</blockquote>"
                + "</article></body></html>");

        assertThat(article.text()).isEqualTo("Council votes on the budget\n\nThe council voted 7-2 on Tuesday, after "
                + "a long debate, to pass the budget.\n\nWhat changes\n\n- Bus fares fall.\n\n- Parks open later.\n\n"
                + "\"It is a good day,\" the mayor said, as the vote closed.");
    }

    @Test
    void text_in_divs_and_br_separated_lines_inside_a_form_is_kept() {
        ArticleDraft article = html("<html><body><form action='/x'><div class='sidebar-wrapper paywall'>"
                + "<div>The mayor said on Monday that the city, which has grown fast, would build three schools."
                + "<br><br>Work starts in March, officials said, and the first school opens in 2027.</div>"
                + "</div></form><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>");

        assertThat(article.text()).contains("would build three schools.\n\nWork starts in March")
                .doesNotContain("Home");
    }

    @Test
    void a_list_of_links_inside_the_article_is_dropped_as_navigation() {
        ArticleDraft article = html("<html><body><article><p>The council voted 7-2 on Tuesday, after a long "
                + "debate, to pass the budget, which had been delayed twice.</p><ul><li><a href='/a'>Read more: "
                + "the mayor's plan</a></li><li><a href='/b'>Related: bus fares</a></li></ul><p>The mayor said the "
                + "vote, which came late, was a relief for the city.</p></article></body></html>");

        assertThat(article.text()).contains("was a relief for the city.").doesNotContain("Read more", "Related");
    }

    @Test
    void a_teaser_in_the_structured_data_never_replaces_the_article() {
        ArticleDraft article = html("<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Budget passes\",\"articleBody\":\"The council voted 7-2.\"}</script></head><body>"
                + "<article><p>The council voted 7-2 on Tuesday, after a long debate, to pass the budget, which had "
                + "been delayed twice.</p><p>The mayor said the vote, which came late, was a relief.</p></article>"
                + "</body></html>");

        assertThat(article.title()).isEqualTo("Budget passes");
        assertThat(article.text()).contains("after a long debate", "was a relief.");
    }
}
