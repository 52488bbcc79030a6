package org.claimdesk.security.ui;

import java.util.Locale;

/** A UI language named in itself ("Español"), as a language switch shows it to someone who cannot read the rest. */
final class LanguageNames {

    private LanguageNames() {
    }

    static String own(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.getLanguage() : name.substring(0, 1).toUpperCase(language) + name.substring(1);
    }
}
