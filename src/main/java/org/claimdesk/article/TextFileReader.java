package org.claimdesk.article;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Markdown files rendered to their plain text (the bytes are decoded by {@link TextDecoder}). */
final class TextFileReader {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    static String markdownToText(String markdown) {
        return PLAIN.render(MARKDOWN.parse(markdown));
    }

    private TextFileReader() {
    }
}
