package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimdesk.BrowserSession;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person's first minute with ClaimDesk, in a real headless Chromium. */
@IntegrationTest
class LoginBrowserIT {

    @LocalServerPort
    int port;

    @Test
    void alice_signs_in_through_the_login_form_and_sees_the_desk_overview() throws Exception {
        try (BrowserSession browser = new BrowserSession(port)) {
            browser.signIn("alice", IntegrationTest.DEMO_PASSWORD);

            browser.awaitText(By.id("current-user"), "alice");
            assertThat(browser.await(By.id("desk-overview")).isDisplayed()).isTrue();
            assertThat(browser.driver().getTitle()).isEqualTo("Desk | ClaimDesk");
        }
    }

    @Test
    void a_wrong_password_keeps_the_visitor_on_the_login_page_with_an_error() throws Exception {
        try (BrowserSession browser = new BrowserSession(port)) {
            browser.signIn("alice", "not-her-password");

            browser.await(By.cssSelector("vaadin-login-form[error]"));
            assertThat(browser.driver().getCurrentUrl()).contains("/login?error");
        }
    }
}
