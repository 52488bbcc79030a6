package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.claimdesk.ApiClient;
import org.claimdesk.BrowserSession;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The review of a claim by three people in a real browser, and hostile text that must stay text. */
@IntegrationTest
class ReviewBrowserIT {

    @LocalServerPort
    int port;

    private JsonNode importArticle(String title, String text) {
        return ApiClient.anonymous(port).withTokenOf("erin", IntegrationTest.DEMO_PASSWORD)
                .post("/api/v1/articles", "{\"title\":" + quote(title) + ",\"text\":" + quote(text) + "}").json();
    }

    private BrowserSession openClaim(String user, long article, long claim) throws Exception {
        BrowserSession browser = new BrowserSession(port);
        browser.signIn(user, IntegrationTest.DEMO_PASSWORD);
        browser.await(By.id("current-user"));
        browser.open("/articles/" + article + "?claim=" + claim);
        browser.await(By.id("review-panel"));
        return browser;
    }

    private static void choose(BrowserSession browser, String verdict) {
        for (WebElement option : browser.driver().findElements(By.cssSelector("#verdict vaadin-radio-button"))) {
            if (option.getText().contains(verdict)) {
                option.click();
                return;
            }
        }
        throw new AssertionError("no verdict option " + verdict);
    }

    private static void fillVerdict(BrowserSession browser, String verdict, String rationale, String url) {
        choose(browser, verdict);
        browser.await(By.cssSelector("#rationale textarea")).sendKeys(rationale);
        browser.await(By.id("add-source")).click();
        browser.await(By.cssSelector("#source-url-1 input")).sendKeys(url);
        browser.await(By.cssSelector("#source-title-1 input")).sendKeys("Official record");
        browser.await(By.cssSelector("#source-quote-1 textarea")).sendKeys("The two presidents met once.");
        chooseStance(browser, "Refutes");
    }

    /** A new source has no stance until the reviewer picks one. */
    private static void chooseStance(BrowserSession browser, String stance) {
        browser.await(By.id("source-stance-1")).click();
        browser.await(By.cssSelector("vaadin-select-item"));
        for (WebElement item : browser.driver().findElements(By.cssSelector("vaadin-select-item"))) {
            if (item.getText().strip().equals(stance)) {
                item.click();
                return;
            }
        }
        throw new AssertionError("no stance option " + stance);
    }

    @Test
    void alice_and_bob_dispute_blind_erin_approves_and_later_corrects_with_both_versions_kept() throws Exception {
        JsonNode article = importArticle("Summit", "Biden met Putin twice in 2021. The talks lasted four hours.");
        long articleId = article.get("id").asLong();
        long claim = article.get("claims").get(0).get("id").asLong();

        try (BrowserSession alice = openClaim("alice", articleId, claim)) {
            fillVerdict(alice, "Disputed", "They met once, in Geneva.", "https://records.example.org/geneva");
            alice.await(By.id("submit-verdict")).click();
            alice.awaitText(By.id("claim-timeline"), "Verdict · alice");
        }
        try (BrowserSession bob = openClaim("bob", articleId, claim)) {
            assertThat(bob.await(By.id("hidden-verdicts")).getText()).contains("1 verdict is hidden");
            assertThat(bob.driver().findElements(By.id("verdict-of-alice"))).isEmpty();
            fillVerdict(bob, "Disputed", "One meeting only.", "https://records.example.org/summit");
            bob.await(By.id("submit-verdict")).click();
            bob.await(By.id("verdict-of-alice"));
            assertThat(bob.await(By.id("agreement")).getText()).isEqualTo("Reviewers agree");
        }
        try (BrowserSession erin = openClaim("erin", articleId, claim)) {
            erin.await(By.id("adopt-alice")).click();
            erin.await(By.id("submit-verdict")).click();
            erin.awaitText(By.id("claim-timeline"), "Final verdict · erin");

            choose(erin, "Misleading");
            erin.await(By.cssSelector("#rationale textarea")).sendKeys("One formal summit, but a second brief encounter.");
            erin.await(By.id("add-source")).click();
            erin.await(By.cssSelector("#source-url-1 input")).sendKeys("https://records.example.org/g20");
            chooseStance(erin, "Context");
            erin.await(By.cssSelector("#correction-note textarea")).sendKeys("We first rated this Disputed.");
            erin.await(By.id("submit-verdict")).click();
            erin.awaitText(By.id("claim-timeline"), "Correction · erin");

            String timeline = erin.await(By.id("claim-timeline")).getText();
            assertThat(timeline).contains("Verdict · alice", "Verdict · bob", "Final verdict · erin", "Correction · erin",
                    "Status changed · erin");
            String panel = erin.await(By.id("review-panel")).getText();
            assertThat(panel).contains("Final verdict", "Correction 1", "Correction note: We first rated this Disputed.");
        }
    }

    @Test
    void script_tags_event_handlers_and_javascript_links_are_shown_as_text_never_run() throws Exception {
        String payload = "<script>window.__xss=1;alert(1)</script><img src=x onerror=\"window.__xss=2;alert(2)\">";
        JsonNode article = importArticle("<svg onload=alert(3)>", "Claim " + payload + " rose 5%. Second sentence.");
        long articleId = article.get("id").asLong();
        long claim = article.get("claims").get(0).get("id").asLong();
        ApiClient alice = ApiClient.anonymous(port).withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        var refused = alice.post("/api/v1/claims/" + claim + "/verdicts", "{\"verdict\":\"disputed\",\"rationale\":\"x\","
                + "\"sources\":[{\"url\":\"javascript:alert(4)\",\"title\":\"t\",\"stance\":\"refutes\"}]}");
        assertThat(refused.status()).isEqualTo(400);
        var stored = alice.post("/api/v1/claims/" + claim + "/verdicts", "{\"verdict\":\"disputed\",\"rationale\":"
                + quote(payload) + ",\"sources\":[{\"url\":\"https://example.org/?q=%3Cscript%3E\",\"title\":"
                + quote("<img src=x onerror=alert(5)>") + ",\"quote\":" + quote(payload) + ",\"stance\":\"refutes\"}]}");
        assertThat(stored.status()).isEqualTo(201);

        try (BrowserSession erin = openClaim("erin", articleId, claim)) {
            WebElement card = erin.await(By.id("verdict-of-alice"));

            assertThat(card.getText()).contains("<script>window.__xss=1;alert(1)</script>", "<img src=x onerror=alert(5)>");
            assertThat(erin.await(By.id("article-text")).getText()).contains("<script>window.__xss=1;alert(1)</script>");
            assertThat(((JavascriptExecutor) erin.driver()).executeScript("return window.__xss === undefined")).isEqualTo(true);
            assertThatThrownBy(() -> erin.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
            assertThat(card.findElements(By.cssSelector("a")).getFirst().getAttribute("href")).startsWith("https://");
        }
    }

    private static String quote(String s) {
        return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(s);
    }
}
