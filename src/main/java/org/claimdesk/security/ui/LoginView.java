package org.claimdesk.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.claimdesk.base.ClaimDeskProperties;
import org.claimdesk.security.LoginThrottledException;
import org.springframework.security.web.WebAttributes;

/** The only anonymous route. Posts to Spring Security's /login; in demo mode it lists the demo accounts. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | ClaimDesk")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView(ClaimDeskProperties properties) {
        addClassName("login-page");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(null));
        add(form);
        if (properties.demo()) {
            Paragraph hint = new Paragraph("Demo accounts: alice and bob (reviewers), erin (editor). Password: "
                    + properties.demoPassword());
            hint.setId("demo-hint");
            hint.addClassName("demo-hint");
            add(hint);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            boolean throttled = lastError() instanceof LoginThrottledException;
            form.setI18n(texts(throttled ? LoginThrottledException.MESSAGE : null));
            form.setError(true);
        }
    }

    private static Object lastError() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static LoginI18n texts(String throttledMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("ClaimDesk");
        i18n.getForm().setSubmit("Sign in");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (throttledMessage != null) {
            error.setTitle("Sign-in refused for now");
            error.setMessage(throttledMessage);
        } else {
            error.setTitle("Incorrect username or password");
            error.setMessage("Check the username and password and try again.");
        }
        return i18n;
    }
}
