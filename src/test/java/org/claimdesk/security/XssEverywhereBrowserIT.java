package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.claimdesk.ApiClient;
import org.claimdesk.BrowserSession;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stored-XSS corpus pushed through every text field a person can fill in (article title, text, publisher,
 * author; claim short form and speaker; rationale, source title and quote; decision and correction note;
 * account display name; token name), then every page that shows them opened in headless Chromium: no script
 * runs, no dialog opens, and the payloads read as text.
 */
@IntegrationTest
class XssEverywhereBrowserIT {

    static final List<String> CORPUS = List.of(
            "<script>window.__xss='script';alert(1)</script>",
            "<img src=x onerror=\"window.__xss='img';alert(2)\">",
            "<svg onload=\"window.__xss='svg';alert(3)\"></svg>",
            "<a href=\"javascript:window.__xss='link'\">click</a>",
            "<iframe src=\"data:text/html,<script>parent.__xss='data'</script>\"></iframe>",
            "\u202E<b onmouseover=\"window.__xss='bidi'\">\uFF1Cscript\uFF1Ealert(4)\uFF1C/script\uFF1E</b>",
            "\"><style>@import 'javascript:alert(5)';</style>");
    static final String PAYLOAD = String.join(" ", CORPUS);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void no_stored_payload_runs_on_any_page_that_shows_it() throws Exception {
        ApiClient anonymous = ApiClient.anonymous(port);
        ApiClient erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
        ApiClient alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        ApiClient admin = anonymous.withTokenOf(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        JsonNode article = erin.post("/api/v1/articles", "{\"title\":" + q("Title " + PAYLOAD) + ",\"publisher\":"
                + q(CORPUS.get(1)) + ",\"author\":" + q(CORPUS.get(2)) + ",\"text\":" + q("Turnout was 61% " + PAYLOAD
                + ". Second claim.") + "}").json();
        long claim = article.get("claims").get(0).get("id").asLong();
        String source = "[{\"url\":\"https://example.org/?q=%3Cscript%3E\",\"title\":" + q(CORPUS.get(1) + CORPUS.get(3)) + ",\"quote\":"
                + q(PAYLOAD) + ",\"stance\":\"refutes\"}]";
        assertThat(alice.put("/api/v1/claims/" + claim + "/short-form", "{\"shortForm\":" + q(PAYLOAD) + "}").status()).isEqualTo(200);
        assertThat(alice.put("/api/v1/claims/" + claim + "/speaker", "{\"speaker\":" + q(CORPUS.get(0)) + "}").status()).isEqualTo(200);
        assertThat(alice.post("/api/v1/claims/" + claim + "/verdicts", "{\"verdict\":\"disputed\",\"rationale\":" + q(PAYLOAD)
                + ",\"sources\":" + source + "}").status()).isEqualTo(201);
        assertThat(erin.post("/api/v1/claims/" + claim + "/decision", "{\"verdict\":\"disputed\",\"rationale\":" + q(PAYLOAD)
                + ",\"sources\":" + source + "}").status()).isEqualTo(201);
        assertThat(erin.post("/api/v1/claims/" + claim + "/decision", "{\"verdict\":\"misleading\",\"rationale\":" + q(PAYLOAD)
                + ",\"sources\":" + source + ",\"correctionNote\":" + q(PAYLOAD) + "}").status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/admin/accounts", "{\"username\":\"xss-victim\",\"role\":\"REVIEWER\",\"displayName\":"
                + q(CORPUS.get(1)) + ",\"password\":\"a long enough secret\"}").status()).isEqualTo(201);
        assertThat(erin.post("/api/v1/tokens", "{\"name\":" + q(CORPUS.get(2)) + "}").status()).isEqualTo(201);

        try (BrowserSession editor = new BrowserSession(port)) {
            editor.signIn("erin", IntegrationTest.DEMO_PASSWORD);
            editor.await(By.id("current-user"));
            visit(editor, "/", By.id("overview-articles"));
            visit(editor, "/articles", By.id("articles"));
            visit(editor, "/articles/" + article.get("id").asLong() + "?claim=" + claim, By.id("review-panel"));
            assertThat(editor.await(By.id("review-panel")).getText()).contains("<script>window.__xss='script';alert(1)</script>");
            editor.click(By.id("article-history"));
            editor.await(By.id("article-timeline"));
            assertClean(editor);
            visit(editor, "/queue", By.id("queue"));
            visit(editor, "/account", By.id("tokens"));
        }
        try (BrowserSession root = new BrowserSession(port)) {
            root.signIn(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
            root.await(By.id("current-user"));
            visit(root, "/admin/accounts", By.id("accounts"));
            // rows render lazily and 'xss-victim' sorts last: bring it into view, then check it is shown as text
            ((JavascriptExecutor) root.driver()).executeScript("document.getElementById('accounts').scrollToIndex(100000)");
            root.awaitText(By.id("accounts"), "xss-victim");
            assertThat(root.await(By.id("accounts")).getText()).contains("onerror");
            assertClean(root);
        }
    }

    private static void visit(BrowserSession browser, String path, By ready) throws InterruptedException {
        browser.open(path);
        browser.await(ready);
        Thread.sleep(500);
        assertClean(browser);
    }

    private static void assertClean(BrowserSession browser) {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__xss === undefined"))
                .as(browser.driver().getCurrentUrl()).isEqualTo(true);
    }

    private static String q(String s) {
        return JSON.writeValueAsString(s);
    }
}
