package org.claimdesk.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;

/**
 * A UI text where there is no component to ask ({@code getTranslation}): static helpers, enum labels, messages
 * built outside a view. In the current UI's language; outside a UI, English.
 */
public final class Texts {

    private static final Translations FALLBACK = new Translations();

    private Texts() {
    }

    public static String t(String key, Object... params) {
        if (VaadinService.getCurrent() == null || UI.getCurrent() == null) {
            return FALLBACK.getTranslation(key, Locale.ENGLISH, params);
        }
        return I18NProvider.translate(key, params);
    }
}
