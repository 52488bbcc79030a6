package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownEscapeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '§', value = {
            "Putin-Trump meeting§Putin-Trump meeting",
            "**bold** and _it_§\\*\\*bold\\*\\* and \\_it\\_",
            "[click](javascript:alert(1))§\\[click\\](javascript:alert(1))",
            "<img src=x onerror=alert(1)>§\\<img src=x onerror=alert(1)\\>",
            "# not a heading§\\# not a heading",
            "- not a list§\\- not a list",
            "1. not a list§1\\. not a list",
            "a | b§a \\| b"
    })
    void user_text_cannot_become_markup(String text, String escaped) {
        assertThat(MarkdownWriter.esc(text)).isEqualTo(escaped);
    }
}
