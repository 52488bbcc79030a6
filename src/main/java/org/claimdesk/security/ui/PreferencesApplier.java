package org.claimdesk.security.ui;

import java.time.ZoneId;
import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Translations;
import org.claimdesk.security.AccountPreferences;
import org.claimdesk.security.AccountPreferencesService;
import org.claimdesk.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Puts a signed-in person's own language and time zone (My account) into their UI session, before the first
 * view they open is built: once per session and person. Without a choice the session keeps the browser's
 * language (Accept-Language, or the one picked on the sign-in page) and {@link Formats} the browser's zone.
 */
@Component
class PreferencesApplier implements VaadinServiceInitListener {

    private static final String APPLIED_FOR = PreferencesApplier.class.getName() + ".user";

    private final AccountPreferencesService preferences;

    PreferencesApplier(AccountPreferencesService preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            VaadinSession session = enter.getUI().getSession();
            CurrentUser.username().ifPresent(user -> {
                if (!user.equals(session.getAttribute(APPLIED_FOR))) {
                    apply(session, preferences.mine(), false);
                    session.setAttribute(APPLIED_FOR, user);
                }
            });
        }));
    }

    /**
     * Applies a choice. Without a chosen language the session keeps the one it has (the browser's, or the one
     * picked on the sign-in page), unless {@code backToBrowser}: a person who just chose "as my browser".
     */
    static void apply(VaadinSession session, AccountPreferences chosen, boolean backToBrowser) {
        if (chosen.language() != null) {
            session.setLocale(Locale.of(chosen.language()));
        } else if (backToBrowser && VaadinRequest.getCurrent() != null && VaadinRequest.getCurrent().getLocale() != null) {
            session.setLocale(Translations.supported(VaadinRequest.getCurrent().getLocale()));
        }
        Formats.preferZone(session, chosen.timeZone() == null ? null : ZoneId.of(chosen.timeZone()));
    }
}
