package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.claimdesk.base.EmbeddedCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Two ClaimDesk instances on one database, two people in real browsers: what one does on instance 2 appears in
 * the other's open article on instance 1 without a reload (Vaadin push, PostgreSQL LISTEN/NOTIFY), who is
 * looking at a claim shows on the other instance, and blind review holds in the live notice too.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveChangesAcrossInstancesBrowserIT {

    static final String DATABASE = "claimdesk_live";
    static final Duration LIVE = Duration.ofSeconds(10);

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    EmbeddedCredentials credentials;

    AppProcess first;
    AppProcess second;
    int firstPort;
    int secondPort;

    @BeforeAll
    void twoInstancesOnOneDatabase() throws Exception {
        try (Connection superuser = postgres.getDatabase(EmbeddedCredentials.SUPERUSER, "postgres").getConnection();
             Statement sql = superuser.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE + " owner " + EmbeddedCredentials.OWNER);
            sql.execute("grant connect on database " + DATABASE + " to " + EmbeddedCredentials.APP);
        }
        try (Connection superuser = postgres.getDatabase(EmbeddedCredentials.SUPERUSER, DATABASE).getConnection();
             Statement sql = superuser.createStatement()) {
            sql.execute("alter schema public owner to " + EmbeddedCredentials.OWNER);
        }
        first = instance("live-1");
        first.awaitReady(Duration.ofMinutes(3));
        second = instance("live-2");
        second.awaitReady(Duration.ofMinutes(3));
        firstPort = first.port();
        secondPort = second.port();
    }

    AppProcess instance(String name) throws java.io.IOException {
        return AppProcess.start(name, List.of(
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE,
                "--spring.datasource.username=" + EmbeddedCredentials.APP,
                "--spring.datasource.password=" + credentials.appPassword(),
                "--spring.flyway.user=" + EmbeddedCredentials.OWNER,
                "--spring.flyway.password=" + credentials.ownerPassword(),
                "--claimdesk.demo=true", "--claimdesk.demo-password=" + IntegrationTest.DEMO_PASSWORD,
                "--claimdesk.admin-username=" + IntegrationTest.ADMIN,
                "--claimdesk.admin-password=" + IntegrationTest.ADMIN_PASSWORD));
    }

    @AfterAll
    void stop() throws Exception {
        try (AppProcess a = first; AppProcess b = second) {
            // closed in reverse order
        }
    }

    ApiClient on(int port, String user) {
        return ApiClient.anonymous(port).withTokenOf(user, IntegrationTest.DEMO_PASSWORD);
    }

    /** A fresh article (imported on instance 2), blind or not; answers its id and its first and second claims'. */
    long[] article(boolean blind) {
        ApiClient erin = on(secondPort, "erin");
        JsonNode created = erin.post("/api/v1/articles",
                "{\"title\":\"Live\",\"text\":\"Prices rose 5% last year. Wages fell by a third.\"}").json();
        long article = created.get("id").asLong();
        assertThat(erin.put("/api/v1/articles/" + article + "/review-settings", "{\"blind\":" + blind + "}").status())
                .isEqualTo(200);
        return new long[] {article, created.get("claims").get(0).get("id").asLong(),
                created.get("claims").get(1).get("id").asLong()};
    }

    BrowserSession openClaim(int port, String user, long[] claim) throws Exception {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(user, IntegrationTest.DEMO_PASSWORD);
        browser.await(By.id("current-user"));
        browser.open("/articles/" + claim[0] + "?claim=" + claim[1]);
        browser.await(By.id("review-panel"));
        ((JavascriptExecutor) browser.driver()).executeScript("window.notReloaded = true;");
        return browser;
    }

    void submitVerdict(long claim, String reviewer, String rationale) {
        ApiClient.Response answer = on(secondPort, reviewer).post("/api/v1/claims/" + claim + "/verdicts",
                "{\"verdict\":\"disputed\",\"rationale\":\"" + rationale + "\",\"sources\":[{\"url\":"
                        + "\"https://stats.example.org/cpi\",\"title\":\"CPI release\",\"quote\":\"Prices rose 2.9%.\","
                        + "\"stance\":\"refutes\"}]}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
    }

    static String notices(BrowserSession browser) {
        Object text = ((JavascriptExecutor) browser.driver()).executeScript("return Array.from(document"
                + ".querySelectorAll('vaadin-notification-card')).map(c => c.textContent).join(' | ');");
        return String.valueOf(text);
    }

    static String textOf(BrowserSession browser, String id) {
        return browser.await(By.id(id)).getDomProperty("textContent");
    }

    static void within(BrowserSession browser, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(browser.driver(), LIVE).until(driver -> condition.get());
    }

    static boolean notReloaded(BrowserSession browser) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("return window.notReloaded;"));
    }

    @Test
    void a_verdict_given_on_one_instance_appears_in_the_editors_open_article_on_the_other_without_a_reload()
            throws Exception {
        long[] claim = article(true);
        try (BrowserSession erin = openClaim(firstPort, "erin", claim);
             BrowserSession bob = openClaim(secondPort, "bob", claim)) {
            within(erin, () -> textOf(erin, "claim-viewers").contains("bob"));

            long before = System.nanoTime();
            submitVerdict(claim[1], "bob", "Official data say 2.9 percent.");
            within(erin, () -> notices(erin).contains("bob submitted a verdict on claim 1"));
            long millis = (System.nanoTime() - before) / 1_000_000;

            within(erin, () -> textOf(erin, "review-pane").contains("Official data say 2.9 percent."));
            erin.click(By.id("claims-tab"));
            within(erin, () -> textOf(erin, "claims").contains("1 verdict"));
            assertThat(notReloaded(erin)).as("the page was not reloaded").isTrue();
            System.out.println("live verdict reached the other instance's browser in " + millis + " ms");
        }
    }

    @Test
    void a_reviewer_who_has_not_submitted_sees_that_someone_submitted_but_neither_who_nor_what() throws Exception {
        long[] claim = article(true);
        try (BrowserSession alice = openClaim(firstPort, "alice", claim);
             BrowserSession bob = openClaim(secondPort, "bob", claim)) {
            within(alice, () -> textOf(alice, "claim-viewers").contains("1 other"));

            submitVerdict(claim[1], "bob", "Bobs hidden reasons.");
            within(alice, () -> notices(alice).contains("Another reviewer submitted a verdict on claim 1"));

            assertThat(textOf(alice, "review-pane")).doesNotContain("Bobs hidden reasons.");
            alice.click(By.id("claims-tab"));
            within(alice, () -> textOf(alice, "claims").contains("1 verdict"));
            String page = String.valueOf(((JavascriptExecutor) alice.driver())
                    .executeScript("return document.body.innerText + ' ' + " + "Array.from(document"
                            + ".querySelectorAll('vaadin-notification-card')).map(c => c.textContent).join(' ');"));
            assertThat(page).doesNotContain("Bobs hidden reasons.").doesNotContain("bob");
            assertThat(notReloaded(alice)).as("the page was not reloaded").isTrue();
        }
    }

    @Test
    void a_change_to_another_claim_updates_the_list_but_leaves_the_open_claims_form_as_it_is() throws Exception {
        long[] claim = article(true);
        try (BrowserSession erin = openClaim(firstPort, "erin", claim)) {
            erin.await(By.cssSelector("#rationale textarea")).sendKeys("Half-written decision");
            ((JavascriptExecutor) erin.driver()).executeScript(
                    "document.getElementById('claim-detail').drawnOnce = true;");

            submitVerdict(claim[2], "bob", "On the second claim.");
            within(erin, () -> notices(erin).contains("bob submitted a verdict on claim 2"));

            assertThat(((JavascriptExecutor) erin.driver()).executeScript(
                    "return document.getElementById('claim-detail').drawnOnce === true;")).isEqualTo(true);
            assertThat(erin.await(By.cssSelector("#rationale textarea")).getDomProperty("value"))
                    .isEqualTo("Half-written decision");
            erin.click(By.id("claims-tab"));
            within(erin, () -> textOf(erin, "claims").contains("1 verdict"));
            assertThat(notReloaded(erin)).as("the page was not reloaded").isTrue();
        }
    }
}
