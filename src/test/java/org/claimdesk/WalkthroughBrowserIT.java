package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The whole loop as a person does it, on a desktop and on a phone: sign in, open an article, review a claim
 * with a source, approve it, correct it, export the report. Checked on the way what a person would notice;
 * screenshots under target/screenshots/ for a human to look at.
 */
@IntegrationTest
class WalkthroughBrowserIT {

    @LocalServerPort
    int port;

    private String size;

    private JsonNode importArticle(String title) {
        return ApiClient.anonymous(port).withTokenOf("erin", IntegrationTest.DEMO_PASSWORD).post("/api/v1/articles",
                "{\"title\":\"" + title + "\",\"text\":\"Biden met Putin twice in 2021. The talks lasted four hours.\"}")
                .json();
    }

    private BrowserSession session(String user, int width, int height) throws Exception {
        BrowserSession browser = new BrowserSession(port);
        browser.driver().manage().window().setSize(new Dimension(width, height));
        browser.signIn(user, IntegrationTest.DEMO_PASSWORD);
        browser.await(By.id("current-user"));
        return browser;
    }

    private static Object js(BrowserSession browser, String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    /** What a person checks on every screen: no development-mode toolbar, nothing wider than the screen. */
    private void looksRight(BrowserSession browser, String step) throws Exception {
        assertThat(js(browser, "return document.querySelector('vaadin-dev-tools, copilot-main') === null"))
                .as("no development-mode element on " + step).isEqualTo(true);
        Number scroll = (Number) js(browser, "return document.documentElement.scrollWidth");
        Number inner = (Number) js(browser, "return window.innerWidth");
        assertThat(scroll.intValue()).as("page width at " + step + " (" + size + ")").isLessThanOrEqualTo(inner.intValue());
        Path shot = Path.of("target", "screenshots", size + "-" + step + ".png");
        Files.createDirectories(shot.getParent());
        Files.copy(((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.FILE).toPath(), shot,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static void choose(BrowserSession browser, String verdict) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
                    for (WebElement option : driver.findElements(By.cssSelector("#verdict vaadin-radio-button"))) {
                        String label = option.getDomProperty("textContent");
                        if (label != null && label.contains(verdict)) {
                            js(browser, "arguments[0].scrollIntoView({block: 'center'});", option);
                            option.click();
                            return true;
                        }
                    }
                    return false;
                });
    }

    private static void addSource(BrowserSession browser, String url, String stance) {
        browser.click(By.id("add-source"));
        browser.await(By.cssSelector("#source-url-1 input")).sendKeys(url);
        browser.await(By.cssSelector("#source-title-1 input")).sendKeys("Official record");
        browser.click(By.id("source-stance-1"));
        // the overlay may still be opening (or under a fading notice): click as a person does, once it is there
        browser.click(By.xpath("//vaadin-select-item[normalize-space(.)='" + stance + "']"));
    }

    /**
     * Adopt answers by filling the form, scrolling it into view and putting the cursor in the rationale: wait for that
     * answer, or the app's own scroll lands after the test's and the submit button is measured where it was.
     */
    private static void formBroughtIntoView(BrowserSession browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(js(browser,
                "const f = document.querySelector('#rationale'); return !!f && f.contains(document.activeElement);")));
    }

    /** The submit button is on screen, or one scroll away and then not covered by anything. */
    private static void submitIsReachable(BrowserSession browser) {
        WebElement submit = browser.await(By.id("submit-verdict"));
        assertThat(submit.isDisplayed()).isTrue();
        js(browser, "arguments[0].scrollIntoView({block: 'nearest'});", submit);
        assertThat(js(browser, """
                const r = arguments[0].getBoundingClientRect();
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                const ok = r.top >= 0 && r.bottom <= window.innerHeight && (hit === arguments[0] || arguments[0].contains(hit));
                return ok ? 'reachable' : 'rect ' + JSON.stringify(r) + ' viewport ' + window.innerWidth + 'x'
                    + window.innerHeight + ' hit ' + (hit ? hit.tagName + '#' + hit.id + '.' + hit.className : 'none');
                """, submit)).as("submit reachable and uncovered").isEqualTo("reachable");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1440, 900", "390, 844"})
    void a_reviewer_and_an_editor_review_approve_correct_and_export_a_claim(int width, int height) throws Exception {
        size = width + "x" + height;
        JsonNode article = importArticle("Walkthrough " + size);
        long articleId = article.get("id").asLong();
        long claim = article.get("claims").get(0).get("id").asLong();

        try (BrowserSession alice = session("alice", width, height)) {
            alice.await(By.id("desk-overview"));
            looksRight(alice, "1-overview");
            alice.open("/articles/" + articleId);
            WebElement text = alice.await(By.cssSelector("#claims .claim-cell-text"));
            int claimWidth = text.getRect().getWidth();
            looksRight(alice, "2-article");
            alice.open("/articles/" + articleId + "?claim=" + claim);
            alice.await(By.id("review-panel"));
            int labelWidth = alice.await(By.cssSelector("#rationale > label")).getRect().getWidth();
            assertThat(claimWidth).as("claim text column against the form's label").isGreaterThan(labelWidth);
            choose(alice, "Disputed");
            submitIsReachable(alice);
            alice.await(By.cssSelector("#rationale textarea")).sendKeys("They met once, in Geneva.");
            addSource(alice, "https://records.example.org/geneva", "Refutes");
            looksRight(alice, "3-review");
            alice.click(By.id("submit-verdict"));
            alice.awaitText(By.id("claim-timeline"), "Verdict · alice");
        }
        try (BrowserSession erin = session("erin", width, height)) {
            erin.open("/articles/" + articleId + "?claim=" + claim);
            erin.click(By.id("adopt-alice"));
            formBroughtIntoView(erin);
            submitIsReachable(erin);
            erin.click(By.id("submit-verdict"));
            erin.awaitText(By.id("claim-timeline"), "Final verdict · erin");
            looksRight(erin, "4-approved");

            choose(erin, "Misleading");
            erin.await(By.cssSelector("#rationale textarea")).sendKeys("One formal summit, and a brief encounter.");
            addSource(erin, "https://records.example.org/g20", "Context");
            erin.await(By.cssSelector("#correction-note textarea")).sendKeys("We first rated this Disputed.");
            erin.click(By.id("submit-verdict"));
            erin.awaitText(By.id("claim-timeline"), "Correction · erin");
            looksRight(erin, "5-corrected");

            String report = erin.await(By.id("preview-report")).getAttribute("href");
            erin.driver().get(report);
            erin.await(By.cssSelector("figure.verdict-chart svg[role='img']"));
            assertThat(erin.driver().findElement(By.cssSelector("figure.verdict-chart svg")).getAttribute("aria-label"))
                    .isEqualTo("Final verdicts: 1 misleading, 1 with no final verdict");
            looksRight(erin, "6-report");
        }
    }
}
