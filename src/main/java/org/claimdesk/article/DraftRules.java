package org.claimdesk.article;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.Label;

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
            throw new InvalidInputException("error.article.no-text");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > limits.maxTextBytes()) {
            throw new InvalidInputException("error.article.too-long", bytes / 1024,
                    limits.maxTextBytes() / 1024);
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            throw new InvalidInputException("error.article.control-characters");
        }
        String title = Optional.ofNullable(draft.title()).map(String::strip).filter(t -> !t.isEmpty())
                .orElseGet(() -> firstLine(text));
        if (title.length() > MAX_TITLE) {
            throw new InvalidInputException("error.article.title-too-long", MAX_TITLE);
        }
        return new ArticleDraft(title, text, webAddress(draft.sourceUrl()),
                limited(draft.publisher(), 200, "error.article.publisher"),
                limited(draft.author(), 200, "error.article.author"),
                draft.publishedOn(), language(draft.language(), text));
    }

    /** A given language must be an ISO 639-1 code; without one, the text's detected language. */
    private static String language(String given, String text) {
        if (given == null || given.isBlank()) {
            return LanguageDetection.get().detect(text);
        }
        String code = given.strip().toLowerCase(Locale.ROOT);
        if (!LanguageCodes.isValid(code)) {
            throw new InvalidInputException("error.article.language-code",
                    given.length() > 20 ? given.substring(0, 20) + "..." : given);
        }
        return code;
    }

    /** Only http(s) addresses are stored as an article's source: nothing a browser would run as script. */
    private static String webAddress(String url) {
        String value = limited(url, 2048, "error.article.source-url-field");
        if (value != null && PageMetadata.web(value) == null) {
            throw new InvalidInputException("error.article.source-url");
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
            throw new InvalidInputException("error.article.field-too-long", new Label(what), max);
        }
        return v;
    }

}
