package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;

/**
 * Two instances on one PostgreSQL behind HAProxy with the README's configuration. An API client submits verdicts
 * at a steady rate through HAProxy while a reviewer, signed in through HAProxy in Chromium, has half written a
 * verdict; then the instance holding her UI session is killed (SIGKILL) and the client keeps writing.
 * Afterwards every verdict the client meant to store is in PostgreSQL exactly once, none failed, and the reviewer,
 * asked to sign in again, lands on the other instance and finds her draft, and live updates still reach her.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HaproxyFailoverIT {

    static final String DATABASE = "claimdesk_failover";
    static final String DRAFT = "Half written when the server died: the 2019 figure, not this year's.";
    static final Duration WRITE_EVERY = Duration.ofMillis(100);
    static final int LANES = 5;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    EmbeddedCredentials credentials;

    AppProcess[] apps;
    HaproxyProcess proxy;
    SingleConnectionDataSource database;
    JdbcTemplate sql;

    @BeforeAll
    void twoInstancesBehindHaproxy() throws Exception {
        HaproxyProcess.executable();
        try (Connection superuser = postgres.getDatabase(EmbeddedCredentials.SUPERUSER, "postgres").getConnection();
             Statement statement = superuser.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE + " owner " + EmbeddedCredentials.OWNER);
            statement.execute("grant connect on database " + DATABASE + " to " + EmbeddedCredentials.APP);
        }
        try (Connection superuser = postgres.getDatabase(EmbeddedCredentials.SUPERUSER, DATABASE).getConnection();
             Statement statement = superuser.createStatement()) {
            statement.execute("alter schema public owner to " + EmbeddedCredentials.OWNER);
        }
        apps = new AppProcess[] {instance("haproxy-app1"), instance("haproxy-app2")};
        for (AppProcess app : apps) {
            app.awaitReady(Duration.ofMinutes(3));
        }
        proxy = HaproxyProcess.start(apps[0].port(), apps[1].port());
        database = new SingleConnectionDataSource(url(), EmbeddedCredentials.APP, credentials.appPassword(), true);
        sql = new JdbcTemplate(database);
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    AppProcess instance(String name) throws java.io.IOException {
        return AppProcess.start(name, List.of("--spring.datasource.url=" + url(),
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
        AppProcess[] started = apps == null ? new AppProcess[2] : apps;
        try (AppProcess a = started[0]; AppProcess b = started[1]; HaproxyProcess p = proxy) {
            if (database != null) {
                database.destroy();
            }
        }
    }

    ApiClient viaProxy(String user) {
        return ApiClient.anonymous(proxy.port).withTokenOf(user, IntegrationTest.DEMO_PASSWORD);
    }

    /** A fresh article imported by erin, open (not blind); answers its id and its claims' ids. */
    static long[] article(ApiClient erin, String title, String text) {
        JsonNode created = erin.post("/api/v1/articles", "{\"title\":\"" + title + "\",\"text\":\"" + text + "\"}")
                .json();
        long id = created.get("id").asLong();
        assertThat(erin.put("/api/v1/articles/" + id + "/review-settings", "{\"blind\":false}").status())
                .isEqualTo(200);
        long[] ids = new long[created.get("claims").size() + 1];
        ids[0] = id;
        for (int i = 1; i < ids.length; i++) {
            ids[i] = created.get("claims").get(i - 1).get("id").asLong();
        }
        return ids;
    }

    @Test
    void killing_the_instance_of_a_ui_session_under_api_load_loses_no_write_and_the_user_signs_in_again_to_her_draft()
            throws Exception {
        ApiClient erin = viaProxy("erin");
        long[] load = article(erin, "Load", "Prices rose 5% last year. Wages fell by a third. Rents doubled in 2020."
                + " Exports grew 7% in May. Taxes fell 2% in June.");
        long[] desk = article(erin, "Desk", "Unemployment fell to 4% in March. Inflation hit 9% in 2022.");
        assertThat(load).as("the load article has a claim per lane").hasSizeGreaterThan(LANES);
        String bobsToken = ApiClient.anonymous(proxy.port).basic("bob", IntegrationTest.DEMO_PASSWORD)
                .post("/api/v1/tokens", "{\"name\":\"failover\"}").json().get("token").asString();

        try (BrowserSession alice = new BrowserSession(proxy.port)) {
            alice.signIn("alice", IntegrationTest.DEMO_PASSWORD);
            alice.await(By.id("current-user"));
            openClaim(alice, desk);
            String cookie = sessionCookie(alice);
            int victim = cookie.startsWith("app1~") ? 0 : 1;
            assertThat(cookie).as("HAProxy prefixes the session cookie with its server").matches("app[12]~.+");

            SteadyVerdictWriter writer = new SteadyVerdictWriter(proxy.port, bobsToken)
                    .start(java.util.Arrays.stream(load, 1, 1 + LANES).boxed().toList(), WRITE_EVERY);
            Instant writingSince = Instant.now();
            alice.await(By.cssSelector("#rationale textarea")).sendKeys(DRAFT);
            awaitDraftSaved(desk[1]);
            sleepUntil(writingSince.plusSeconds(4));

            apps[victim].kill();
            Instant killed = Instant.now();
            String dead = "app" + (victim + 1);
            String survivor = "app" + (2 - victim);
            Instant detected = proxy.awaitLogLine("Server claimdesk_api/" + dead + " is DOWN", Duration.ofSeconds(15));
            proxy.awaitLogLine("Server claimdesk_ui/" + dead + " is DOWN", Duration.ofSeconds(15));
            Instant askedToSignIn = theSignInPageComesBack(alice);
            sleepUntil(killed.plusSeconds(8));
            List<SteadyVerdictWriter.Write> writes = writer.stop();
            Instant stopped = Instant.now();

            everyWriteTheClientMeantIsStoredExactlyOnce(writes, load[0]);
            writesWentOnThroughTheOutageAndAfterIt(writes, dead, killed, detected);
            assertThat(sessionCookie(alice)).as("the new session is on the surviving instance")
                    .startsWith(survivor + "~");
            signsInAgainAndFindsHerDraft(alice, desk);
            aVerdictOfBobReachesHerOpenArticleLive(alice, desk, bobsToken, dead);

            Map<String, Object> rows = sql.queryForMap("select count(*) as n, count(distinct rationale) as d"
                    + " from verdict_history where article_id = ?", load[0]);
            FailoverFigures figures = new FailoverFigures(writes, writingSince, killed, stopped, detected,
                    askedToSignIn, proxy.log(), (Long) rows.get("n"), (Long) rows.get("d"));
            figures.write(java.nio.file.Path.of("target", "benchmarks", "haproxy-failover.md"));
        }
    }

    void openClaim(BrowserSession browser, long[] article) {
        browser.open("/articles/" + article[0] + "?claim=" + article[1]);
        browser.await(By.id("review-panel"));
    }

    static String sessionCookie(BrowserSession browser) {
        return browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
    }

    /** The form saves what is typed (after a pause of 0.8 s): wait until PostgreSQL has it. */
    void awaitDraftSaved(long claim) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            List<String> saved = sql.queryForList("select rationale from verdict_draft where claim_id = ?"
                    + " and reviewer = 'alice'", String.class, claim);
            if (saved.equals(List.of(DRAFT))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the draft was never saved");
    }

    /** Nobody touches the page: Vaadin's client finds its session gone and the desk sends her to sign in. */
    static Instant theSignInPageComesBack(BrowserSession alice) {
        new WebDriverWait(alice.driver(), Duration.ofSeconds(20))
                .until(driver -> driver.getCurrentUrl().endsWith("/login"));
        alice.await(By.cssSelector("#vaadinLoginUsername input"));
        return Instant.now();
    }

    void everyWriteTheClientMeantIsStoredExactlyOnce(List<SteadyVerdictWriter.Write> writes, long article) {
        assertThat(writes).as("no write failed after retries").allMatch(w -> w.failure() == null);
        Map<String, Long> stored = sql.queryForList("select rationale, count(*) as n from verdict_history"
                        + " where article_id = ? group by rationale", article).stream()
                .collect(Collectors.toMap(r -> (String) r.get("rationale"), r -> ((Number) r.get("n")).longValue()));
        Map<String, Long> meant = writes.stream()
                .collect(Collectors.toMap(SteadyVerdictWriter.Write::rationale, w -> 1L));
        assertThat(stored).as("each verdict the client meant to store is stored once, and nothing else")
                .isEqualTo(meant);
    }

    void writesWentOnThroughTheOutageAndAfterIt(List<SteadyVerdictWriter.Write> writes, String dead, Instant killed,
            Instant detected) throws java.io.IOException {
        assertThat(proxy.log()).as("the killed instance had taken API writes before it died")
                .containsPattern("claimdesk_api/" + dead + " \\S+ 201 ");
        assertThat(writes).as("writes sent between the kill and HAProxy marking the instance down")
                .anyMatch(w -> w.began().isAfter(killed) && w.began().isBefore(detected));
        assertThat(writes).as("writes sent after HAProxy marked the instance down")
                .anyMatch(w -> w.began().isAfter(detected.plusSeconds(2)));
    }

    void signsInAgainAndFindsHerDraft(BrowserSession alice, long[] desk) {
        alice.signIn("alice", IntegrationTest.DEMO_PASSWORD);
        alice.await(By.id("current-user"));
        openClaim(alice, desk);
        alice.await(By.id("draft-restored"));
        assertThat(alice.await(By.cssSelector("#rationale textarea")).getDomProperty("value")).isEqualTo(DRAFT);
    }

    /** Push runs through HAProxy as a WebSocket (the killed instance's one is in HAProxy's log, ended by the kill). */
    void aVerdictOfBobReachesHerOpenArticleLive(BrowserSession alice, long[] desk, String bobsToken, String dead)
            throws Exception {
        ((JavascriptExecutor) alice.driver()).executeScript("window.notReloaded = true;");
        ApiClient bob = ApiClient.anonymous(proxy.port).bearer(bobsToken);
        ApiClient.Response verdict = bob.post("/api/v1/claims/" + desk[1] + "/verdicts",
                "{\"verdict\":\"not_checkable\",\"rationale\":\"A forecast, not a fact.\",\"sources\":[]}");
        assertThat(verdict.status()).as(verdict.toString()).isEqualTo(201);
        new WebDriverWait(alice.driver(), Duration.ofSeconds(10)).until(driver -> String.valueOf(
                ((JavascriptExecutor) driver).executeScript("return Array.from(document.querySelectorAll("
                        + "'vaadin-notification-card')).map(c => c.textContent).join(' | ');"))
                .contains("bob submitted a verdict on claim 1"));
        assertThat(((JavascriptExecutor) alice.driver()).executeScript("return window.notReloaded;")).isEqualTo(true);
        assertThat(proxy.log()).as("Vaadin push went through HAProxy as a WebSocket")
                .containsPattern("claimdesk_ui/" + dead + " \\S+ 101 .*X-Atmosphere-Transport=websocket");
    }

    static void sleepUntil(Instant moment) throws InterruptedException {
        long millis = Duration.between(Instant.now(), moment).toMillis();
        if (millis > 0) {
            Thread.sleep(millis);
        }
    }
}
