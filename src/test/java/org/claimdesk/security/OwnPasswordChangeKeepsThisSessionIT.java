package org.claimdesk.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.server.VaadinSession;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.claimdesk.security.ui.MyAccountView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** On "My account", changing the password ends the other sessions but keeps this one, and offers to revoke tokens. */
@IntegrationTest
class OwnPasswordChangeKeepsThisSessionIT {

    static final String PASSWORD = "the first passphrase of sam";
    static final String NEW_PASSWORD = "the second passphrase of sam";

    @Autowired
    ApplicationContext context;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    SessionValidity sessions;

    Instant signedInAt;

    @BeforeEach
    void samSignsIn() {
        KaribuUi.start(context);
        SystemActor.run(() -> {
            if (!accounts.exists("sam-keeps")) {
                accounts.create(new NewAccount("sam-keeps", "Sam Keeps", Role.REVIEWER, PASSWORD));
            }
        });
        KaribuUi.signIn(context, "sam-keeps", PASSWORD);
        signedInAt = Instant.now();
        VaadinSession.getCurrent().getSession().setAttribute(SessionValidity.SIGNED_IN_AT, signedInAt);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    private void change(String current, String next, boolean revokeTokens) {
        UI.getCurrent().navigate(MyAccountView.class);
        _get(PasswordField.class, spec -> spec.withId("current-password")).setValue(current);
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue(next);
        _get(PasswordField.class, spec -> spec.withId("repeat-password")).setValue(next);
        if (revokeTokens) {
            _get(Checkbox.class, spec -> spec.withId("revoke-tokens")).setValue(true);
        }
        _click(_get(Button.class, spec -> spec.withId("change-password")));
    }

    @Test
    void changing_the_password_keeps_this_session_ends_older_ones_and_revokes_tokens_when_ticked() {
        tokens.create("sam's script");
        UI.getCurrent().navigate(MyAccountView.class);
        assertThat(_get(Checkbox.class, spec -> spec.withId("revoke-tokens")).getLabel())
                .isEqualTo("Also revoke my 1 active API token");

        change(PASSWORD, NEW_PASSWORD, true);

        Object kept = VaadinSession.getCurrent().getSession().getAttribute(SessionValidity.SIGNED_IN_AT);
        assertThat(sessions.isValid("sam-keeps", kept)).as("this session").isTrue();
        assertThat(sessions.isValid("sam-keeps", signedInAt)).as("a session signed in before the change").isFalse();
        assertThat(tokens.countMineActive()).isZero();
        assertThat(NotificationsKt.getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText))
                .contains("Your password was changed; your other sessions were ended and your API tokens revoked.");

        change(NEW_PASSWORD, PASSWORD, false); // back, for the other test
    }

    @Test
    void a_refused_new_password_changes_nothing_and_says_why() {
        change(PASSWORD, "Summer2026!", false);

        assertThat(NotificationsKt.getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText))
                .anyMatch(text -> text.contains("too common"));
        assertThat(sessions.isValid("sam-keeps", signedInAt)).isTrue();
    }
}
