package org.claimdesk.article;

import java.util.Locale;
import java.util.Set;

/** ISO 639-1 language codes: what a page declares ("en-US", "pt_BR") reduced to its two letters, validated. */
public final class LanguageCodes {

    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private LanguageCodes() {
    }

    /** The two-letter code of a declared language, or null when it names none. */
    public static String normalize(String declared) {
        if (declared == null) {
            return null;
        }
        String code = declared.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return isValid(code) ? code : null;
    }

    public static boolean isValid(String code) {
        return code != null && code.length() == 2 && ISO_639_1.contains(code);
    }
}
