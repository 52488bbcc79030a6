package org.claimdesk.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.claimdesk.base.InvalidInputException;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Plain text and Markdown files: strictly UTF-8, never binary; Markdown rendered to its plain text. */
final class TextFileReader {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final TextContentRenderer PLAIN = TextContentRenderer.builder().build();

    static String utf8(byte[] bytes, String what) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new InvalidInputException("The " + what + " looks like a binary file, not text.");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("The " + what + " is not valid UTF-8 text. Save it as UTF-8 and try again.");
        }
    }

    static String markdownToText(String markdown) {
        return PLAIN.render(MARKDOWN.parse(markdown));
    }

    private TextFileReader() {
    }
}
