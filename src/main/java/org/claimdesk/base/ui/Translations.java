package org.claimdesk.base.ui;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.claimdesk.base.EnglishTexts;
import org.claimdesk.base.UiLanguages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every visible UI string, from the resource bundles {@code messages.properties} (English, also the fallback),
 * {@code messages_es.properties} and {@code messages_pt.properties} (UTF-8). Vaadin finds this bean, offers its
 * locales to the browser's Accept-Language, and each component's {@code getTranslation} reads from it.
 * Placeholders {0}, {1}... are replaced as text: quotes and apostrophes need no escaping (unlike MessageFormat),
 * and numbers or dates are formatted by the caller ({@link Formats}).
 */
@Component
public class Translations implements I18NProvider {

    /** The UI languages, English first (the default when the browser asks for none of them). */
    public static final List<Locale> LANGUAGES = UiLanguages.CODES.stream().map(Locale::of).toList();

    static final String BUNDLE = EnglishTexts.BUNDLE;
    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        String text;
        try {
            text = bundle(supported(locale)).getString(key);
        } catch (MissingResourceException missing) {
            log.warn("No UI text for key '{}' ({})", key, locale);
            return key;
        }
        return fill(text, params);
    }

    /** The UI language for a locale: its language if the UI speaks it, else English. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return Locale.ENGLISH;
        }
        return LANGUAGES.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(LANGUAGES.getFirst());
    }

    static ResourceBundle bundle(Locale language) {
        // the base bundle (English) is each language's parent, so a key missing in one reads in English
        return ResourceBundle.getBundle(BUNDLE, language.equals(LANGUAGES.getFirst()) ? Locale.ROOT : language,
                Translations.class.getClassLoader(), NO_FALLBACK);
    }

    static String fill(String text, Object... params) {
        return EnglishTexts.fill(text, params);
    }
}
