package org.claimdesk.bench;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.claimdesk.Application;
import org.claimdesk.base.EmbeddedCredentials;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cost against article size: for articles of 25, 500 and 2,000 claims (every tenth claim with a verdict, the
 * measured ones with two), one client on loopback times GET a claim, POST a verdict, the review summary and the
 * JSON and CSV exports (median and 95th percentile after a warm-up), and the heap each open Vaadin session with
 * the article's page holds (after GC). Then 100,000 verdicts of other articles are added and the 25-claim
 * article's GET and export are timed again: a small article's cost must not grow with the archive.
 * {@code Benchmarks articlesize}; -Dsize.sessions (default 10).
 */
public final class ArticleSizeBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PASSWORD = "article size bench password";
    private static final int[] SIZES = {25, 500, 2000};

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String reviewer;
    private String editor;

    private ArticleSizeBenchmark(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public static void run(Path out) throws Exception {
        // the test classpath carries vaadin-dev: without this Vaadin runs in development mode, whose component
        // tracker keeps two stack traces per component (44 MB per 2,000-claim page instead of 11 MB)
        System.setProperty("vaadin.productionMode", "true");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                "--claimdesk.embedded-throwaway=true", "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN", "--claimdesk.demo=true", "--claimdesk.demo-password=" + PASSWORD)) {
            var bench = new ArticleSizeBenchmark(((WebServerApplicationContext) app).getWebServer().getPort());
            Files.writeString(out, bench.measure(app));
        }
    }

    private String measure(ConfigurableApplicationContext app) throws Exception {
        reviewer = token("alice");
        editor = token("erin");
        String bob = token("bob");
        StringBuilder report = new StringBuilder("""
                Cost against article size (one client on loopback; ms as median / p95; heap per open article page)
                | claims | GET a claim | POST a verdict | review summary | JSON export | CSV export | heap per session |
                |---:|---:|---:|---:|---:|---:|---:|
                """);
        List<Long> articles = new ArrayList<>();
        List<Long> firstClaims = new ArrayList<>();
        measured(25, "Warm-up", bob, new ArrayList<>(), new ArrayList<>()); // the JIT's turn, not counted
        for (int size : SIZES) {
            String row = measured(size, "Size " + size, bob, articles, firstClaims);
            System.out.print(row);
            report.append(row);
        }
        long small = articles.getFirst();
        long smallClaim = firstClaims.getFirst();
        String smallBefore = time(300, () -> get(reviewer, "/api/v1/claims/" + smallClaim)) + " | "
                + time(20, () -> get(editor, "/api/v1/articles/" + small + "/export?format=json"));
        long seeded = seedOtherVerdicts(app, articles.subList(1, articles.size()));
        String smallAfter = time(300, () -> get(reviewer, "/api/v1/claims/" + smallClaim)) + " | "
                + time(20, () -> get(editor, "/api/v1/articles/" + small + "/export?format=json"));
        report.append(String.format("""

                The 25-claim article with the database's verdicts of other articles (ms, median / p95)
                | verdicts in the database | GET a claim | JSON export |
                |---:|---:|---:|
                | %,d (before seeding) | %s |
                | %,d | %s |
                """, seeded - 100_000, smallBefore, seeded, smallAfter));
        report.append(String.format("Machine: %d cores, %s %s, max heap %,d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20));
        System.out.print(report);
        return report.toString();
    }

    /** Imports an article of {@code size} claims, reviews some, and times the calls on it: one table row. */
    private String measured(int size, String title, String bob, List<Long> articles, List<Long> firstClaims)
            throws Exception {
        JsonNode created = post(editor, "/api/v1/articles", JSON.writeValueAsString(java.util.Map.of(
                "title", title, "text", text(size))));
        long article = created.get("id").asLong();
        List<Long> claims = new ArrayList<>();
        created.get("claims").forEach(c -> claims.add(c.get("id").asLong()));
        if (claims.size() != size) {
            throw new IllegalStateException("expected " + size + " claims, got " + claims.size());
        }
        for (int i = 0; i < size; i += 10) {
            post(bob, "/api/v1/claims/" + claims.get(i) + "/verdicts", verdict("NOT_CHECKABLE"));
        }
        long claim = claims.get(size / 2);
        post(bob, "/api/v1/claims/" + claim + "/verdicts", verdict("NOT_CHECKABLE"));
        post(reviewer, "/api/v1/claims/" + claim + "/verdicts", verdict("NOT_ENOUGH_EVIDENCE"));
        articles.add(article);
        firstClaims.add(claims.get(0));
        return String.format("| %,d | %s | %s | %s | %s | %s | %s |%n", size,
                time(400, () -> get(reviewer, "/api/v1/claims/" + claim)),
                time(100, () -> post(reviewer, "/api/v1/claims/" + claim + "/verdicts", verdict("NOT_CHECKABLE"))),
                time(200, () -> get(reviewer, "/api/v1/articles/" + article + "/review-summary")),
                time(30, () -> get(editor, "/api/v1/articles/" + article + "/export?format=json")),
                time(30, () -> get(editor, "/api/v1/articles/" + article + "/export?format=csv")),
                heapPerSession(article, title));
    }

    private static String text(int size) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= size; i++) {
            text.append("Region ").append(i).append(" reported that output rose ").append(i % 9 + 1)
                    .append("% in 2025, the ministry said. ");
            if (i % 10 == 0) {
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static String verdict(String type) {
        return "{\"verdict\":\"" + type + "\",\"rationale\":\"Benchmark.\",\"sources\":[]}";
    }

    /** 40 reviewers' verdicts on every claim of these articles, 100,000 in all, analysed as autovacuum would. */
    private static long seedOtherVerdicts(ConfigurableApplicationContext app, List<Long> articles) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        String ids = articles.toString().replaceAll("[\\[\\] ]", "");
        jdbc.update("insert into verdict_history (claim_id, article_id, reviewer, revision, verdict, rationale, sources,"
                + " created_at) select c.claim_id, c.article_id, 'seed-' || r, 1, 'SUPPORTED', 'Seeded.', '[]'::jsonb,"
                + " now() from claim c cross join generate_series(1, 40) r where c.article_id in (" + ids + ")");
        EmbeddedPostgres postgres = app.getBean(EmbeddedPostgres.class);
        try (var owner = new SingleConnectionDataSource("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/"
                + EmbeddedCredentials.DATABASE, EmbeddedCredentials.OWNER,
                app.getBean(EmbeddedCredentials.class).ownerPassword(), true)) {
            new JdbcTemplate(owner).execute("analyze");
        }
        return jdbc.queryForObject("select count(*) from verdict_history", Long.class);
    }

    interface Call {
        void run() throws Exception;
    }

    private static String time(int times, Call call) throws Exception {
        for (int i = 0; i < Math.max(5, times / 5); i++) {
            call.run();
        }
        double[] ms = new double[times];
        for (int i = 0; i < times; i++) {
            long start = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return String.format("%.1f / %.1f", ms[times / 2], ms[(int) Math.ceil(times * 0.95) - 1]);
    }

    private String token(String user) throws Exception {
        String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes());
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}")).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(answer.body()).get("token").asString();
    }

    private JsonNode get(String token, String path) throws Exception {
        return checked(http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString()), path);
    }

    private JsonNode post(String token, String path, String json) throws Exception {
        return checked(http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString()), path);
    }

    private static JsonNode checked(HttpResponse<String> answer, String path) {
        if (answer.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.headers().firstValue("Content-Type").orElse("").contains("json") && path.indexOf("format=") < 0
                ? JSON.readTree(answer.body()) : null;
    }

    /** Like SessionHeapBenchmark: N signed-in sessions, each with the article's page open, against none. */
    private String heapPerSession(long article, String title) throws Exception {
        int count = Integer.getInteger("size.sessions", 10);
        openSession(article, title);
        long before = usedAfterGc();
        for (int i = 0; i < count; i++) {
            openSession(article, title);
        }
        long perSession = (usedAfterGc() - before) / count;
        return String.format("%,d KB", perSession >> 10);
    }

    private void openSession(long article, String title) throws Exception {
        try (HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.discarding());
            browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=alice&password="
                            + PASSWORD.replace(' ', '+'))).build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> init = browser.send(HttpRequest.newBuilder(
                    URI.create(base + "/?v-r=init&location=articles%2F" + article + "&query=")).build(),
                    HttpResponse.BodyHandlers.ofString());
            String key = JSON.readTree(init.body()).get("appConfig").get("uidl").get("Vaadin-Security-Key").asString();
            String navigate = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":"
                    + "\"ui-navigate\",\"data\":{\"route\":\"articles/" + article + "\",\"query\":\"\",\"appShellTitle\":\"\","
                    + "\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
            HttpResponse<String> ui = browser.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString());
            if (ui.statusCode() != 200 || !ui.body().contains(title)) {
                throw new IllegalStateException("the article view did not open: " + ui.statusCode());
            }
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
