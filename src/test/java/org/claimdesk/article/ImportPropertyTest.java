package org.claimdesk.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.claimdesk.base.InvalidInputException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Random bytes, deep nesting and huge attributes: import either reads text or says why, never crashes. */
class ImportPropertyTest {

    final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Property(tries = 2000)
    void random_bytes_are_text_or_a_clear_refusal(@ForAll @Size(max = 400) byte[] bytes) {
        try {
            String text = TextDecoder.decode(bytes, null, true, "file");
            assertThat(text.codePoints().count()).isLessThanOrEqualTo(bytes.length);
            assertThat(text).doesNotContain("\uFFFD");
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).containsAnyOf("binary", "cannot be read", "cannot be decoded");
        }
    }

    @Property(tries = 500)
    void random_bytes_as_html_never_crash_the_extractor(@ForAll @Size(max = 2000) byte[] bytes) {
        assertThatCode(() -> extractor.extract(Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)), null))
                .doesNotThrowAnyException();
    }

    @Test
    void ten_thousand_nested_elements_are_extracted_not_overflowed() {
        String html = "<html><body>" + "<div>".repeat(10_000) + "<p>Deep inside, prices rose 3%.</p>"
                + "</div>".repeat(10_000) + "</body></html>";

        assertThat(extractor.extract(Jsoup.parse(html), null).draft().text()).contains("prices rose 3%");
    }

    @Test
    void a_megabyte_attribute_does_not_reach_the_text() {
        String html = "<html><body><article><p data-x=\"" + "y".repeat(1024 * 1024) + "\">The vote passed.</p>"
                + "</article></body></html>";

        assertThat(extractor.extract(Jsoup.parse(html), null).draft().text()).isEqualTo("The vote passed.");
    }
}
