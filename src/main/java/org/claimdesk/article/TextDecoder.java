package org.claimdesk.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.Label;

/**
 * Bytes to text the way a browser picks the charset, but strict: a byte-order mark first, then the charset the
 * server declared, then the one the page declares in its first bytes ({@code <meta charset>}); with none, UTF-8
 * when the bytes are valid UTF-8, else Windows-1252 (what "ISO-8859-1" means on the web). Bytes that the chosen
 * charset cannot decode, or binary content, are refused: nothing is ever stored with U+FFFD in it.
 */
final class TextDecoder {

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    /** {@code contentType} is the server's header (may be null); {@code html} lets the page declare its charset. */
    static String decode(byte[] bytes, String contentType, boolean html, String what) {
        refuseBinary(bytes, what);
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8, what, new Label("error.import.bom-utf8"));
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            Charset utf16 = bytes[0] == (byte) 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            return strict(bytes, 2, utf16, what, new Label("error.import.bom-utf16"));
        }
        Charset declared = charset(contentType, HEADER_CHARSET);
        if (declared == null && html) {
            declared = charset(new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1),
                    META_CHARSET);
        }
        if (declared != null) {
            return strict(bytes, 0, declared, what, new Label("error.import.declares", declared.name()));
        }
        String utf8 = tryDecode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        String latin = tryDecode(bytes, WINDOWS_1252);
        if (latin == null) {
            throw new InvalidInputException("error.import.unknown-charset", thing(what));
        }
        return latin;
    }

    private static Charset charset(String text, Pattern pattern) {
        if (text == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        try {
            // the web's labels: Latin-1 and US-ASCII pages are decoded as Windows-1252, as browsers do
            return name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii")
                    || name.equals("ascii") ? WINDOWS_1252 : Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String what, Label why) {
        String text = tryDecode(ByteBuffer.wrap(bytes, offset, bytes.length - offset), charset);
        if (text == null) {
            throw new InvalidInputException("error.import.undecodable", thing(what), why, charset.name());
        }
        return text;
    }

    private static String tryDecode(byte[] bytes, Charset charset) {
        return tryDecode(ByteBuffer.wrap(bytes), charset);
    }

    private static String tryDecode(ByteBuffer bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** "The file" or "the page", as the reader's language says it. */
    private static Label thing(String what) {
        return new Label("page".equals(what) ? "error.import.the-page" : "error.import.the-file");
    }

    private static void refuseBinary(byte[] bytes, String what) {
        boolean utf16Bom = startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE);
        for (byte b : bytes) {
            if (b == 0 && !utf16Bom) {
                throw new InvalidInputException("error.import.binary", thing(what));
            }
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
