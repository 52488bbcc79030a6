package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.claimdesk.ApiClient;
import org.claimdesk.BrowserSession;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In a real Chromium: an open Vaadin session of an account the admin disables is gone on its next request. */
@IntegrationTest
class SessionEndsBrowserIT {

    static final String PASSWORD = "a browser session passphrase";

    @LocalServerPort
    int port;

    @Test
    void a_disabled_accounts_open_vaadin_session_is_gone_on_its_next_request() throws Exception {
        ApiClient admin = ApiClient.anonymous(port).basic(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        assertThat(admin.post("/api/v1/admin/accounts", "{\"username\":\"rhea-browser\",\"role\":\"REVIEWER\","
                + "\"password\":\"" + PASSWORD + "\"}").status()).isEqualTo(201);
        try (BrowserSession browser = new BrowserSession(port)) {
            browser.signIn("rhea-browser", PASSWORD);
            browser.awaitText(By.id("current-user"), "rhea-browser");

            assertThat(admin.post("/api/v1/admin/accounts/rhea-browser/disable", "").status()).isEqualTo(200);
            // an in-app navigation: a Vaadin UIDL request of the open session, not a page load
            browser.driver().findElement(By.cssSelector("vaadin-side-nav-item[path='account']")).click();

            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(ExpectedConditions.urlContains("/login"));
            browser.await(By.cssSelector("vaadin-login-form"));
            assertThat(browser.driver().findElements(By.id("current-user"))).isEmpty();
        }
    }
}
