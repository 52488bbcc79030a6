package org.claimdesk.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class LoginViewIT {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void start() {
        KaribuUi.start(context);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void an_anonymous_visitor_is_sent_to_the_login_form_which_posts_to_spring_security() {
        UI.getCurrent().navigate("");

        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void in_demo_mode_the_login_page_lists_the_demo_accounts_and_password() {
        UI.getCurrent().navigate("login");

        assertThat(_get(Paragraph.class, spec -> spec.withId("demo-hint")).getText())
                .contains("alice", "bob", "erin", IntegrationTest.DEMO_PASSWORD);
    }

    @Test
    void after_a_failed_login_the_form_shows_a_generic_error() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Incorrect username or password")
                .doesNotContain("Too many failed");
    }
}
