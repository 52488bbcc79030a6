package org.claimdesk.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import org.claimdesk.LocalWebServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver on 127.0.0.1 that records every POST and answers with scripted statuses (then 200). It
 * checks signatures itself, with the JDK's HMAC, not with ClaimDesk's code. It can hold the first request
 * (never answering it) until released, to stop the app mid-delivery.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived, and the status it was answered with (0: never answered). */
    record Received(String event, String delivery, String attempt, String signature, String contentType, byte[] body,
            Instant at, int answered) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(body);
        }

        String eventId() {
            return json().get("id").asString();
        }
    }

    final String secret;
    private final LocalWebServer server;
    private final Deque<Integer> statuses;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicBoolean holdNext = new java.util.concurrent.atomic.AtomicBoolean();
    private final CountDownLatch released = new CountDownLatch(1);

    WebhookReceiver(String secret, Integer... statuses) throws IOException {
        this.secret = secret;
        this.statuses = new ArrayDeque<>(List.of(statuses));
        this.server = new LocalWebServer().handle("/hook", this::receive);
    }

    String url() {
        return server.url("/hook");
    }

    /** The next request is read and then held unanswered until {@link #release()}. */
    void holdNext() {
        holdNext.set(true);
    }

    void release() {
        released.countDown();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> await(Predicate<List<Received>> done, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!done.test(received()) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        return received();
    }

    /** "sha256=" + hex HMAC-SHA256 of the body with the secret, as a receiver would check it. */
    boolean signedCorrectly(Received r) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(r.body()));
            return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    r.signature() == null ? new byte[0] : r.signature().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        var h = exchange.getRequestHeaders();
        if (holdNext.compareAndSet(true, false)) {
            received.add(new Received(h.getFirst("X-ClaimDesk-Event"), h.getFirst("X-ClaimDesk-Delivery"),
                    h.getFirst("X-ClaimDesk-Attempt"), h.getFirst("X-ClaimDesk-Signature"), h.getFirst("Content-Type"),
                    body, Instant.now(), 0));
            try {
                released.await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close(); // never answered
            return;
        }
        Integer scripted;
        synchronized (statuses) {
            scripted = statuses.poll();
        }
        int status = scripted == null ? 200 : scripted;
        received.add(new Received(h.getFirst("X-ClaimDesk-Event"), h.getFirst("X-ClaimDesk-Delivery"),
                h.getFirst("X-ClaimDesk-Attempt"), h.getFirst("X-ClaimDesk-Signature"), h.getFirst("Content-Type"),
                body, Instant.now(), status));
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        release();
        server.close();
    }
}
