package org.claimdesk.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import org.claimdesk.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Simulated reviewers on the real HTTP API and Vaadin UI, one virtual thread each: list articles, open one in
 * the UI (a real Vaadin session navigated over its own protocol) and in the API, read a claim,
 * submit a verdict with a source, read the claim's history, now and then export the article; with a think
 * time between steps. Records every latency and error; afterwards the caller counts the verdicts stored.
 */
public final class LoadHarness {

    public record Settings(int users, Duration duration, Duration thinkTime) {
    }

    public record Result(Settings settings, long requests, long errors, double p50, double p95, double p99,
            double maxMillis, double perSecond, long verdictsAccepted, long verdictsStored, List<String> errorSamples) {

        public long lostVerdicts() {
            return verdictsAccepted - verdictsStored;
        }

        public String table() {
            return String.format(Locale.ROOT, """
                    | users | duration | requests | req/s | p50 | p95 | p99 | max | errors | verdicts accepted | stored | lost |
                    |---|---|---|---|---|---|---|---|---|---|---|---|
                    | %d | %ds (think %d ms) | %d | %.1f | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %d | %d | %d | %d |
                    """, settings.users(), settings.duration().toSeconds(), settings.thinkTime().toMillis(), requests,
                    perSecond, p50, p95, p99, maxMillis, errors, verdictsAccepted, verdictsStored, lostVerdicts());
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String VERDICT = "{\"verdict\":\"%s\",\"rationale\":\"Checked against the official record (load run).\","
            + "\"sources\":[{\"url\":\"https://records.example.org/%d\",\"title\":\"Record %d\",\"quote\":\"As stated.\","
            + "\"stance\":\"supports\"}]}";
    private static final String[] VERDICTS = {"supported", "disputed", "misleading"};

    private final ApiClient anonymous;
    private final ApiClient admin;
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong verdicts = new AtomicLong();

    private final int port;

    public LoadHarness(int port, ApiClient anonymous, ApiClient admin) {
        this.port = port;
        this.anonymous = anonymous;
        this.admin = admin;
    }

    /** Creates the articles and reviewer accounts, runs the load, and counts stored verdicts with the given query. */
    public Result run(Settings settings, String articleText, StoredVerdicts stored) throws InterruptedException {
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<JsonNode> articles = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            articles.add(admin.post("/api/v1/articles", "{\"title\":\"Load " + run + " " + i + "\",\"text\":"
                    + JSON.writeValueAsString(articleText) + "}").json());
        }
        List<ApiClient> reviewers = new ArrayList<>();
        List<UiSession> screens = new ArrayList<>();
        for (int u = 0; u < settings.users(); u++) {
            String name = "load-" + run + "-" + u;
            admin.post("/api/v1/admin/accounts", "{\"username\":\"" + name + "\",\"role\":\"REVIEWER\","
                    + "\"password\":\"load test password\"}");
            reviewers.add(anonymous.withTokenOf(name, "load test password"));
            try {
                screens.add(new UiSession(port, name, "load test password"));
            } catch (Exception e) {
                throw new IllegalStateException("could not open a UI for " + name, e);
            }
        }
        Instant deadline = Instant.now().plus(settings.duration());
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < reviewers.size(); u++) {
            ApiClient reviewer = reviewers.get(u);
            UiSession screen = screens.get(u);
            threads.add(Thread.ofVirtual().start(() -> reviewerLoop(reviewer, screen, articles, settings, deadline)));
        }
        for (Thread t : threads) {
            t.join();
        }
        screens.forEach(UiSession::close);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long storedCount = stored.count(articles.stream().map(a -> a.get("id").asLong()).toList());
        return new Result(settings, sorted.size(), errors.get(), percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted.isEmpty() ? 0 : sorted.getLast() / 1000.0, sorted.size() / seconds,
                verdicts.get(), storedCount, errorSamples.stream().limit(5).toList());
    }

    /** How the caller counts verdicts in the database for these articles. */
    public interface StoredVerdicts {
        long count(List<Long> articleIds);
    }

    private void reviewerLoop(ApiClient me, UiSession screen, List<JsonNode> articles, Settings settings,
            Instant deadline) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int round = 0;
        while (Instant.now().isBefore(deadline)) {
            JsonNode article = articles.get(random.nextInt(articles.size()));
            long articleId = article.get("id").asLong();
            JsonNode claims = article.get("claims");
            long claim = claims.get(random.nextInt(claims.size())).get("id").asLong();
            call(() -> me.get("/api/v1/articles?size=20"), settings, random);
            call(() -> ui(screen, "articles/" + articleId), settings, random);
            call(() -> me.get("/api/v1/articles/" + articleId), settings, random);
            call(() -> me.get("/api/v1/claims/" + claim), settings, random);
            int n = random.nextInt(1000);
            ApiClient.Response submitted = call(() -> me.post("/api/v1/claims/" + claim + "/verdicts",
                    String.format(VERDICT, VERDICTS[n % 3], n, n)), settings, random);
            if (submitted != null && submitted.status() == 201) {
                verdicts.incrementAndGet();
            }
            call(() -> me.get("/api/v1/claims/" + claim + "/history"), settings, random);
            if (++round % 5 == 0) {
                call(() -> me.get("/api/v1/articles/" + articleId + "/export?format=json"), settings, random);
            }
        }
    }

    private ApiClient.Response call(Supplier request, Settings settings, ThreadLocalRandom random) {
        long start = System.nanoTime();
        ApiClient.Response response = null;
        try {
            response = request.get();
            if (response.status() >= 400) {
                errors.incrementAndGet();
                errorSamples.add(response.toString());
            }
        } catch (RuntimeException e) {
            errors.incrementAndGet();
            errorSamples.add(e.toString());
        }
        latencies.add((System.nanoTime() - start) / 1000);
        long think = settings.thinkTime().toMillis();
        if (think > 0) {
            try {
                Thread.sleep(think / 2 + random.nextLong(think + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return response;
    }

    /** The article's view in the person's Vaadin UI, as an answer the harness can count. */
    private static ApiClient.Response ui(UiSession screen, String route) {
        try {
            return new ApiClient.Response(200, screen.navigate(route), "application/json");
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private interface Supplier {
        ApiClient.Response get();
    }

    private static double percentile(List<Long> sortedMicros, int p) {
        if (sortedMicros.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
    }
}
