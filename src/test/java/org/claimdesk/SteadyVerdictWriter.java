package org.claimdesk;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import tools.jackson.databind.json.JsonMapper;

/**
 * A REST client that submits verdicts through HAProxy at a fixed pace, one claim per lane, each verdict with a
 * rationale of its own, and retries as the README tells API clients to:
 * <ul>
 *   <li>a refused connection or a 503 (no instance could take it: nothing reached an instance) is sent again;</li>
 *   <li>a 502 or 504, or a connection lost after sending (the instance died or stalled with the request in its
 *       hands) may or may not have been stored:
 *       the database commits a verdict whole or not at all, so the client reads the claim back and sends the verdict
 *       again only when it is not there;</li>
 *   <li>anything else that is not a 2xx is a failed write.</li>
 * </ul>
 * Lanes keep to their schedule (write n is due at start + n x interval), so a stalled request does not slow the
 * offered rate down once it returns.
 */
final class SteadyVerdictWriter {

    /** One verdict the client meant to store: its answers in order, and whether it ended stored, failed or unknown. */
    record Write(long claim, String rationale, Instant began, List<String> answers, boolean acknowledged,
            boolean foundOnReadBack, String failure, long millis) {

        /** Answered 2xx at once, with nothing to retry or read back. */
        boolean plain() {
            return answers.size() == 1 && acknowledged;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration GIVE_UP = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;
    private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> lanes = new ArrayList<>();

    SteadyVerdictWriter(int proxyPort, String token) {
        this.base = "http://127.0.0.1:" + proxyPort;
        this.token = token;
    }

    /** Starts one lane per claim, each writing every {@code interval}. */
    SteadyVerdictWriter start(List<Long> claims, Duration interval) {
        for (int lane = 0; lane < claims.size(); lane++) {
            long claim = claims.get(lane);
            String name = "lane" + lane;
            lanes.add(Thread.ofVirtual().name(name).start(() -> run(claim, name, interval)));
        }
        return this;
    }

    /** Stops scheduling new writes and waits for those under way; answers every write in the order they ended. */
    List<Write> stop() throws InterruptedException {
        running.set(false);
        for (Thread lane : lanes) {
            lane.join(GIVE_UP.plusSeconds(10).toMillis());
        }
        return List.copyOf(writes);
    }

    private void run(long claim, String lane, Duration interval) {
        long start = System.nanoTime();
        for (long n = 0; running.get(); n++) {
            long due = start + n * interval.toNanos();
            long wait = due - System.nanoTime();
            if (wait > 0) {
                sleep(wait / 1_000_000);
            }
            writes.add(write(claim, "Failover " + lane + " write " + n + "."));
        }
    }

    private Write write(long claim, String rationale) {
        long began = System.nanoTime();
        Instant beganAt = Instant.now();
        List<String> answers = new ArrayList<>();
        String body = "{\"verdict\":\"not_checkable\",\"rationale\":\"" + rationale + "\",\"sources\":[]}";
        while (System.nanoTime() - began < GIVE_UP.toNanos()) {
            boolean unknown;
            try {
                HttpResponse<String> answer = http.send(request("/api/v1/claims/" + claim + "/verdicts")
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(), HttpResponse.BodyHandlers.ofString());
                int status = answer.statusCode();
                answers.add(String.valueOf(status));
                if (status / 100 == 2) {
                    return done(claim, rationale, beganAt, answers, true, false, null, began);
                }
                if (status != 502 && status != 503 && status != 504) {
                    return done(claim, rationale, beganAt, answers, false, false, status + " " + answer.body(), began);
                }
                unknown = status != 503;
            } catch (ConnectException refused) {
                answers.add("refused");
                unknown = false;
            } catch (IOException lostOnTheWay) {
                answers.add(lostOnTheWay.getClass().getSimpleName());
                unknown = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return done(claim, rationale, beganAt, answers, false, false, "interrupted", began);
            }
            if (unknown && stored(claim, rationale, answers, began)) {
                return done(claim, rationale, beganAt, answers, false, true, null, began);
            }
            sleep(100);
        }
        return done(claim, rationale, beganAt, answers, false, false, "gave up after " + GIVE_UP, began);
    }

    /** Whether my latest verdict on the claim is this one, read back through HAProxy (retried like a write). */
    private boolean stored(long claim, String rationale, List<String> answers, long began) {
        while (System.nanoTime() - began < GIVE_UP.toNanos()) {
            try {
                HttpResponse<String> answer = http.send(request("/api/v1/claims/" + claim).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                answers.add("read " + answer.statusCode());
                if (answer.statusCode() == 200) {
                    var mine = JSON.readTree(answer.body()).get("myVerdict");
                    return mine != null && !mine.isNull() && rationale.equals(mine.get("rationale").asString());
                }
            } catch (IOException e) {
                answers.add("read " + e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            sleep(100);
        }
        return false;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(GIVE_UP)
                .header("Authorization", "Bearer " + token);
    }

    private Write done(long claim, String rationale, Instant beganAt, List<String> answers, boolean acknowledged,
            boolean readBack, String failure, long began) {
        return new Write(claim, rationale, beganAt, List.copyOf(answers), acknowledged, readBack, failure,
                (System.nanoTime() - began) / 1_000_000);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
