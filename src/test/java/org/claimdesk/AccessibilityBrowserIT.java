package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core on every page a person reaches (signed out, as a reviewer, as an editor, as an admin): no serious or
 * critical WCAG 2.1 AA violation. The figures go to target/accessibility/axe-summary.txt.
 */
@IntegrationTest
class AccessibilityBrowserIT {

    @LocalServerPort
    int port;

    private final Map<String, Integer> checked = new LinkedHashMap<>();
    private final List<String> violations = new ArrayList<>();

    private void check(BrowserSession browser, String name, String path, By ready) {
        browser.open(path);
        browser.await(ready);
        // Vaadin draws its components after the element exists: let the page settle before the scan
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return document.readyState === 'complete' && !document.querySelector('[loading]')"));
        List<String> found = AxeCheck.blockingViolations(browser.driver(), name);
        checked.put(name, found.size());
        violations.addAll(found);
    }

    @Test
    void no_page_has_a_serious_or_critical_wcag_21_aa_violation() throws Exception {
        try (BrowserSession anonymous = new BrowserSession(port)) {
            check(anonymous, "login", "/login", By.id("vaadinLoginUsername"));
            check(anonymous, "public fact-checks", "/fact-checks", By.tagName("h1"));
        }
        try (BrowserSession alice = new BrowserSession(port)) {
            alice.signIn("alice", IntegrationTest.DEMO_PASSWORD);
            alice.await(By.id("current-user"));
            check(alice, "overview", "/", By.id("overview-articles"));
            check(alice, "articles", "/articles", By.id("articles"));
            check(alice, "article", "/articles/1", By.id("claims"));
            check(alice, "article with a claim under review", "/articles/1?claim=1", By.id("review-panel"));
            alice.click(By.id("claims-tab"));
            alice.click(By.cssSelector("#claim-filters vaadin-details-summary"));
            alice.await(By.id("filter-verdict")).isDisplayed();
            List<String> filtersOpen = AxeCheck.blockingViolations(alice.driver(), "claim filters open");
            checked.put("claim filters open", filtersOpen.size());
            violations.addAll(filtersOpen);
            check(alice, "import", "/import", By.tagName("vaadin-tabsheet"));
            check(alice, "queue", "/queue", By.id("queue"));
            check(alice, "export", "/export", By.id("export-from"));
            check(alice, "my account", "/account", By.id("tokens"));
        }
        try (BrowserSession erin = new BrowserSession(port)) {
            erin.signIn("erin", IntegrationTest.DEMO_PASSWORD);
            erin.await(By.id("current-user"));
            check(erin, "article as an editor", "/articles/1?claim=1", By.id("review-panel"));
        }
        try (BrowserSession admin = new BrowserSession(port)) {
            admin.signIn(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
            admin.await(By.id("current-user"));
            check(admin, "admin accounts", "/admin/accounts", By.id("accounts"));
        }
        Path summary = Path.of("target", "accessibility", "axe-summary.txt");
        Files.createDirectories(summary.getParent());
        StringBuilder text = new StringBuilder("axe-core 4.10, tags " + AxeCheck.TAGS + ", serious+critical per page\n");
        checked.forEach((page, n) -> text.append(page).append(": ").append(n).append('\n'));
        violations.forEach(v -> text.append("  ").append(v).append('\n'));
        Files.writeString(summary, text);

        assertThat(checked).hasSize(13);
        assertThat(violations).isEmpty();
    }
}
