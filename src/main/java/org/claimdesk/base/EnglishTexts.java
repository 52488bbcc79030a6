package org.claimdesk.base;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The base (English) text bundle {@code messages.properties}, read without a UI: what a {@link Refusal} says in
 * logs and in the REST API. Placeholders {0}, {1}... are replaced as plain text (quotes need no escaping).
 */
public final class EnglishTexts {

    public static final String BUNDLE = "messages";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private EnglishTexts() {
    }

    /** The English text of {@code key} with its placeholders filled; the key itself if the bundle lacks it. */
    public static String get(String key, Object... params) {
        try {
            return fill(ResourceBundle.getBundle(BUNDLE, Locale.ROOT, EnglishTexts.class.getClassLoader(), NO_FALLBACK)
                    .getString(key), params);
        } catch (MissingResourceException missing) {
            return key;
        }
    }

    /** {@code text} with {0}, {1}... replaced by the parameters as written. */
    public static String fill(String text, Object... params) {
        String result = text;
        for (int i = 0; params != null && i < params.length; i++) {
            result = result.replace("{" + i + "}", String.valueOf(params[i]));
        }
        return result;
    }
}
