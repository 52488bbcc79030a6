package org.claimdesk.article;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.claimdesk.base.InvalidInputException;

/**
 * What every import path must satisfy before anything is stored: text within the size limit and free of control
 * characters, a title, bounded metadata, an http(s) source URL, and an ISO 639-1 language (detected when absent).
 */
final class DraftRules {

    static final int MAX_TITLE = 500;

    private DraftRules() {
    }

    static ArticleDraft validated(ArticleDraft draft, ImportLimits limits) {
        String text = normalized(draft.text());
        if (text.isBlank()) {
            throw new InvalidInputException("The article has no text.");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxTextBytes()) {
            throw new InvalidInputException("The article text is " + bytes / 1024 + " KB; the limit is "
                    + limits.maxTextBytes() / 1024 + " KB.");
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            throw new InvalidInputException("The text contains control characters; it looks like a binary file.");
        }
        String title = Optional.ofNullable(draft.title()).map(String::strip).filter(t -> !t.isEmpty())
                .orElseGet(() -> firstLine(text));
        if (title.length() > MAX_TITLE) {
            throw new InvalidInputException("The title may have at most " + MAX_TITLE + " characters.");
        }
        return new ArticleDraft(title, text, webAddress(draft.sourceUrl()),
                limited(draft.publisher(), 200, "publisher"), limited(draft.author(), 200, "author"),
                draft.publishedOn(), language(draft.language(), text));
    }

    /** A given language must be an ISO 639-1 code; without one, the text's detected language. */
    private static String language(String given, String text) {
        if (given == null || given.isBlank()) {
            return LanguageDetection.get().detect(text);
        }
        String code = given.strip().toLowerCase(Locale.ROOT);
        if (!LanguageCodes.isValid(code)) {
            throw new InvalidInputException("language must be a two-letter ISO 639-1 code such as en, es or pt; '"
                    + (given.length() > 20 ? given.substring(0, 20) + "..." : given) + "' is not one.");
        }
        return code;
    }

    /** Only http(s) addresses are stored as an article's source: nothing a browser would run as script. */
    private static String webAddress(String url) {
        String value = limited(url, 2048, "source URL");
        if (value != null && PageMetadata.web(value) == null) {
            throw new InvalidInputException("The source URL must be a web address starting with http:// or "
                    + "https://.");
        }
        return value;
    }

    /** Line endings unified and the byte-order mark and outer blank space removed, once, before storing. */
    static String normalized(String text) {
        if (text == null) {
            return "";
        }
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        return t.strip();
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse(text).strip();
        return line.length() <= 120 ? line : line.substring(0, 117).strip() + "...";
    }

    private static String limited(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException("The " + what + " may have at most " + max + " characters.");
        }
        return v;
    }

}
