package org.claimdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.claimdesk.Application;
import org.claimdesk.BrowserSession;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 2,000-claim article page in headless Chromium: how long after navigation starts the page is interactive (its
 * text shows every claim mark and the claim list its first rows), and how long from a click on a claim in the text
 * to its review open beside it and its mark highlighted. Times come from the page's own clock
 * ({@code performance.now()}), so WebDriver's round trips are not counted. {@code Benchmarks articlepage};
 * -Dpage.claims (default 2000), -Dpage.runs (default 5).
 */
public final class ArticlePageBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "article page bench password";

    /** Resolves with performance.now() once every mark is in the text and the list shows rows. */
    private static final String INTERACTIVE = """
            const [count, done] = arguments;
            const ready = () => document.querySelectorAll('#article-text .claim').length === count
                && document.querySelector('#claims vaadin-grid-cell-content .claim-cell-text');
            const poll = () => ready() ? done(performance.now()) : requestAnimationFrame(poll);
            poll();""";

    /** Clicks a claim's mark and resolves with the ms until its review is open and its mark highlighted. */
    private static final String SELECT = """
            const [id, ordinal, done] = arguments;
            const mark = document.getElementById('claim-' + id);
            mark.scrollIntoView({block: 'center'});
            const start = performance.now();
            mark.click();
            const ready = () => mark.classList.contains('selected') && [...document.querySelectorAll('#review-pane h3')]
                .some(h => h.textContent.trim() === 'Claim ' + ordinal);
            const poll = () => ready() ? done(performance.now() - start) : requestAnimationFrame(poll);
            poll();""";

    private ArticlePageBenchmark() {
    }

    public static void run(Path out) throws Exception {
        System.setProperty("vaadin.productionMode", "true"); // as ArticleSizeBenchmark: the test classpath has vaadin-dev
        int claims = Integer.getInteger("page.claims", 2000);
        int runs = Integer.getInteger("page.runs", 5);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--claimdesk.embedded-throwaway=true", "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--claimdesk.demo=true", "--claimdesk.demo-password=" + PASSWORD)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            List<Long> ids = importArticle(port, claims);
            long article = ids.removeFirst();
            List<Double> loads = new ArrayList<>();
            List<Double> selects = new ArrayList<>();
            try (BrowserSession browser = new BrowserSession(port)) {
                browser.driver().manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
                browser.signIn("alice", PASSWORD);
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
                        .until(d -> !d.getCurrentUrl().contains("/login"));
                JavascriptExecutor js = (JavascriptExecutor) browser.driver();
                for (int run = 0; run <= runs; run++) { // run 0 warms the JIT and the browser's cache up
                    browser.open("/articles/" + article);
                    double load = ((Number) js.executeAsyncScript(INTERACTIVE, claims)).doubleValue();
                    int[] picks = {claims / 2, claims - 1, 10, claims / 4 * 3, claims / 4};
                    for (int pick : picks) {
                        double select = ((Number) js.executeAsyncScript(SELECT, ids.get(pick), pick + 1)).doubleValue();
                        if (run > 0) {
                            selects.add(select);
                        }
                    }
                    if (run > 0) {
                        loads.add(load);
                    }
                }
            }
            String report = String.format("""
                    The %,d-claim article page in headless Chromium (ms; median / max of %d page loads, %d clicks)
                    | page interactive | claim selected (click in the text to its review open) |
                    |---:|---:|
                    | %s | %s |
                    Machine: %d cores, %s %s
                    """, claims, loads.size(), selects.size(), medianMax(loads), medianMax(selects),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                    System.getProperty("java.version"));
            System.out.print(report);
            Files.writeString(out, report);
        }
    }

    private static String medianMax(List<Double> ms) {
        List<Double> sorted = ms.stream().sorted().toList();
        return String.format("%.0f / %.0f", sorted.get(sorted.size() / 2), sorted.getLast());
    }

    /** Imports an article of {@code size} claims as erin; answers its id, then its claims' ids in order. */
    private static List<Long> importArticle(int port, int size) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        String basic = Base64.getEncoder().encodeToString(("erin:" + PASSWORD).getBytes());
        String token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("token").asString();
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= size; i++) { // the same text as ArticleSizeBenchmark's
            text.append("Region ").append(i).append(" reported that output rose ").append(i % 9 + 1)
                    .append("% in 2025, the ministry said. ");
            if (i % 10 == 0) {
                text.append('\n');
            }
        }
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/articles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("title", "Page bench",
                        "text", text.toString())))).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode article = JSON.readTree(created.body());
        List<Long> ids = new ArrayList<>(List.of(article.get("id").asLong()));
        article.get("claims").forEach(c -> ids.add(c.get("id").asLong()));
        if (ids.size() != size + 1) {
            throw new IllegalStateException("expected " + size + " claims, got " + (ids.size() - 1));
        }
        return ids;
    }
}
