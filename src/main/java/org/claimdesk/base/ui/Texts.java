package org.claimdesk.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import org.claimdesk.base.Refusal;

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

    /** A service's refusal in the current UI's language, its UI-word arguments translated too. */
    public static String message(Refusal refusal) {
        UI ui = VaadinService.getCurrent() == null ? null : UI.getCurrent();
        return refusal.message(ui == null ? Locale.ENGLISH : Translations.supported(ui.getLocale()), Texts::t);
    }
}
