package org.claimdesk.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.claimdesk.BrowserSession;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser that asks for Spanish or Portuguese gets it, from the sign-in page on (tab titles too), in a real Chromium. */
@IntegrationTest
class UiLanguageBrowserIT {

    @LocalServerPort
    int port;

    /** The tab's title, which the router sets after the view is shown. */
    private static void awaitTitle(BrowserSession browser, String title) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions.titleIs(title));
    }

    @Test
    void a_browser_asking_for_spanish_gets_the_sign_in_page_and_the_desk_in_spanish() throws Exception {
        try (BrowserSession browser = new BrowserSession(port, "es-AR")) {
            browser.open("/login");
            browser.await(By.id("demo-hint"));
            assertThat(browser.driver().getTitle()).isEqualTo("Iniciar sesión | ClaimDesk");
            assertThat(browser.await(By.id("demo-hint")).getText()).startsWith("Cuentas de demostración");

            browser.signIn("erin", IntegrationTest.DEMO_PASSWORD);
            browser.awaitText(By.id("sign-out"), "Cerrar sesión");
            awaitTitle(browser, "Redacción | ClaimDesk");
            browser.click(By.cssSelector("vaadin-side-nav-item[path='articles']"));
            browser.awaitText(By.tagName("h2"), "Artículos");
            awaitTitle(browser, "Artículos | ClaimDesk");
        }
    }

    @Test
    void the_language_picked_on_the_sign_in_page_holds_after_signing_in() throws Exception {
        try (BrowserSession browser = new BrowserSession(port, "en")) {
            browser.open("/login");
            browser.click(By.id("login-language-pt"));
            browser.awaitText(By.id("demo-hint"), "Contas de demonstração");
            browser.await(By.cssSelector("#vaadinLoginUsername input")).sendKeys("erin");
            browser.driver().findElement(By.cssSelector("#vaadinLoginPassword input"))
                    .sendKeys(IntegrationTest.DEMO_PASSWORD);
            browser.driver().findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();

            browser.awaitText(By.id("sign-out"), "Sair");
            browser.click(By.cssSelector("vaadin-side-nav-item[path='queue']"));
            browser.awaitText(By.tagName("h2"), "Minha fila");
            awaitTitle(browser, "Minha fila | ClaimDesk");
        }
    }
}
