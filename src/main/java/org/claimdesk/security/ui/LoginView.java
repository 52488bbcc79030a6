package org.claimdesk.security.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.claimdesk.base.ClaimDeskProperties;
import org.claimdesk.base.ui.Translations;
import org.claimdesk.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/**
 * The only anonymous route. Posts to Spring Security's /login; in demo mode it lists the demo accounts. It
 * speaks the browser's language (Accept-Language) and offers the others; the choice holds for the session.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph hint = new Paragraph();
    private final ClaimDeskProperties properties;
    private boolean failed;
    private boolean throttled;

    public LoginView(ClaimDeskProperties properties) {
        this.properties = properties;
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        add(form);
        if (properties.demo()) {
            hint.setId("demo-hint");
            hint.addClassName("demo-hint");
            add(hint);
        }
        Div languages = new Div();
        languages.setId("login-languages");
        languages.addClassName("login-languages");
        for (Locale language : Translations.LANGUAGES) {
            Button choose = new Button(LanguageNames.own(language), e -> choose(language));
            choose.setId("login-language-" + language.getLanguage());
            choose.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            choose.getElement().setAttribute("lang", language.getLanguage());
            languages.add(choose);
        }
        add(languages);
        render();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            failed = true;
            throttled = lastError() instanceof LoginThrottledException;
            render();
            form.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.sign-in") + " | ClaimDesk";
    }

    private void choose(Locale language) {
        VaadinSession.getCurrent().setLocale(language);
        render();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        form.setError(failed);
    }

    private void render() {
        form.setI18n(texts());
        if (properties.demo()) {
            hint.setText(getTranslation("login.demo-hint", properties.demoPassword()));
        }
    }

    private static Object lastError() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private LoginI18n texts() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("ClaimDesk");
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setUsername(getTranslation("login.username-required"));
        error.setPassword(getTranslation("login.password-required"));
        if (throttled) {
            error.setTitle(getTranslation("login.throttled.title"));
            error.setMessage(getTranslation("login.throttled.message"));
        } else {
            error.setTitle(getTranslation("login.failed.title"));
            error.setMessage(getTranslation("login.failed.message"));
        }
        return i18n;
    }
}
