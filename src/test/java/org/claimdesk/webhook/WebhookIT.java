package org.claimdesk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Admins register endpoints; every event reaches them signed, retried when they fail, and logged. */
@IntegrationTest
class WebhookIT {

    static final String SECRET = "a shared secret of the partner";
    static final String ALL = "[\"verdict.submitted\",\"claim.approved\",\"claim.corrected\",\"article.published\"]";
    static final String SOURCE = "[{\"url\":\"https://stats.example.org/w\",\"title\":\"Release\",\"stance\":\"refutes\"}]";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate app;

    ApiClient admin;
    ApiClient alice;
    ApiClient bob;
    ApiClient erin;
    final List<AutoCloseable> receivers = new ArrayList<>();

    @BeforeEach
    void clients() {
        ApiClient anonymous = ApiClient.anonymous(port);
        admin = anonymous.withTokenOf(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        bob = anonymous.withTokenOf("bob", IntegrationTest.DEMO_PASSWORD);
        erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
    }

    @AfterEach
    void deleteEndpointsAndStopReceivers() throws Exception {
        for (JsonNode endpoint : admin.get("/api/v1/admin/webhooks").json()) {
            admin.delete("/api/v1/admin/webhooks/" + endpoint.get("id").asLong());
        }
        for (AutoCloseable receiver : receivers) {
            receiver.close();
        }
    }

    WebhookReceiver receiver(Integer... statuses) throws Exception {
        WebhookReceiver receiver = new WebhookReceiver(SECRET, statuses);
        receivers.add(receiver);
        return receiver;
    }

    long register(WebhookReceiver receiver, String events) {
        ApiClient.Response created = admin.post("/api/v1/admin/webhooks", "{\"url\":\"" + receiver.url()
                + "\",\"secret\":\"" + SECRET + "\",\"events\":" + events + "}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** An article with one claim: two verdicts, an approval, a correction and the publication. */
    long reviewAndPublish() {
        JsonNode created = erin.post("/api/v1/articles", "{\"title\":\"Hooks\",\"text\":\"Mayor Jane Roe said"
                + " crime fell 20% in 2025. The budget doubled in 2024.\"}").json();
        long claim = created.get("claims").get(0).get("id").asLong();
        post(alice, "/api/v1/claims/" + claim + "/verdicts", "{\"verdict\":\"disputed\",\"attribution\":\"confirmed\","
                + "\"rationale\":\"Police data.\",\"sources\":" + SOURCE + "}");
        post(bob, "/api/v1/claims/" + claim + "/verdicts", "{\"verdict\":\"misleading\",\"rationale\":\"Cherry-picked.\","
                + "\"sources\":" + SOURCE + "}");
        post(erin, "/api/v1/claims/" + claim + "/decision", "{\"verdict\":\"misleading\",\"rationale\":\"Cherry-picked.\","
                + "\"sources\":" + SOURCE + "}");
        post(erin, "/api/v1/claims/" + claim + "/decision", "{\"verdict\":\"disputed\",\"rationale\":\"Police data.\","
                + "\"sources\":" + SOURCE + ",\"correctionNote\":\"We first rated this Misleading.\"}");
        assertThat(erin.post("/api/v1/articles/" + created.get("id").asLong() + "/publish", "").status()).isEqualTo(200);
        return created.get("id").asLong();
    }

    static void post(ApiClient who, String path, String body) {
        ApiClient.Response response = who.post(path, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    @Test
    void each_of_the_four_events_arrives_as_json_signed_with_the_secret_and_named_in_its_headers() throws Exception {
        WebhookReceiver receiver = receiver();
        register(receiver, ALL);

        long article = reviewAndPublish();

        List<WebhookReceiver.Received> got = receiver.await(r -> r.size() >= 5, Duration.ofSeconds(20));
        assertThat(got).extracting(WebhookReceiver.Received::event).containsExactly("verdict.submitted",
                "verdict.submitted", "claim.approved", "claim.corrected", "article.published");
        for (WebhookReceiver.Received r : got) {
            assertThat(receiver.signedCorrectly(r)).as(r.event() + " signature " + r.signature()).isTrue();
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(r.json().get("type").asString()).isEqualTo(r.event());
            assertThat(UUID.fromString(r.eventId())).isNotNull();
            assertThat(r.delivery()).isNotBlank();
            assertThat(r.json().get("data").get("articleId").asLong()).isEqualTo(article);
        }
        assertThat(got.stream().map(WebhookReceiver.Received::eventId).distinct()).hasSize(5);
        JsonNode verdict = got.get(0).json().get("data");
        assertThat(verdict.get("reviewer").asString()).isEqualTo("alice");
        assertThat(verdict.get("verdict").asString()).isEqualTo("DISPUTED");
        assertThat(verdict.get("attribution").asString()).isEqualTo("CONFIRMED");
        assertThat(verdict.get("speaker").asString()).isEqualTo("Mayor Jane Roe");
        assertThat(verdict.get("sources").get(0).get("url").asString()).isEqualTo("https://stats.example.org/w");
        assertThat(got.get(2).json().get("data").get("editor").asString()).isEqualTo("erin");
        assertThat(got.get(3).json().get("data").get("correctionNote").asString()).isEqualTo("We first rated this Misleading.");
        assertThat(got.get(4).json().get("data").get("publicUrl").asString()).endsWith("/fact-checks/" + article);
    }

    @Test
    void an_endpoint_gets_only_the_events_it_chose() throws Exception {
        WebhookReceiver receiver = receiver();
        register(receiver, "[\"claim.corrected\"]");

        reviewAndPublish();

        List<WebhookReceiver.Received> got = receiver.await(r -> r.size() >= 1, Duration.ofSeconds(20));
        Thread.sleep(500); // the other events were never queued for it; give a wrong extra delivery time to show
        assertThat(receiver.received()).extracting(WebhookReceiver.Received::event).containsExactly("claim.corrected");
        assertThat(got).hasSize(1);
    }

    @Test
    void a_failing_receiver_is_retried_with_backoff_under_the_same_event_id_and_every_attempt_is_logged()
            throws Exception {
        WebhookReceiver receiver = receiver(500, 503);
        long endpoint = register(receiver, "[\"article.published\"]");

        reviewAndPublish();

        List<WebhookReceiver.Received> got = receiver.await(r -> r.size() >= 3, Duration.ofSeconds(20));
        assertThat(got).extracting(WebhookReceiver.Received::answered).containsExactly(500, 503, 200);
        assertThat(got).extracting(WebhookReceiver.Received::eventId).containsOnly(got.get(0).eventId());
        assertThat(got).extracting(WebhookReceiver.Received::delivery).containsOnly(got.get(0).delivery());
        assertThat(got).extracting(WebhookReceiver.Received::attempt).containsExactly("1", "2", "3");
        assertThat(got).allMatch(receiver::signedCorrectly);
        // retry base 300 ms in tests: the second try waits at least 300 ms, the third at least 1200 ms
        assertThat(Duration.between(got.get(0).at(), got.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(280));
        assertThat(Duration.between(got.get(1).at(), got.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(1150));
        JsonNode log = awaitDelivered(endpoint).get(0);
        assertThat(log.get("eventId").asString()).isEqualTo(got.get(0).eventId());
        assertThat(log.get("attempts").asInt()).isEqualTo(3);
        assertThat(log.get("log").valueStream().map(a -> a.get("httpStatus").asInt()).toList()).containsExactly(500, 503, 200);
        assertThat(log.get("log").get(0).get("error").asString()).isEqualTo("The endpoint answered HTTP 500.");
        assertThat(log.get("log").get(2).get("error").isNull()).isTrue();
    }

    JsonNode awaitDelivered(long endpoint) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        JsonNode log = admin.get("/api/v1/admin/webhooks/" + endpoint + "/deliveries").json();
        while (!log.get(0).get("status").asString().equals("DELIVERED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            log = admin.get("/api/v1/admin/webhooks/" + endpoint + "/deliveries").json();
        }
        assertThat(log.get(0).get("status").asString()).isEqualTo("DELIVERED");
        return log;
    }

    @Test
    void bad_registrations_answer_400_problem_details_and_store_nothing() {
        Map<String, String> refused = Map.of(
                "{\"url\":\"http://127.0.0.1:9/h\",\"secret\":\"" + SECRET + "\",\"events\":[\"claim.deleted\"]}",
                "Unknown event 'claim.deleted'",
                "{\"url\":\"http://127.0.0.1:9/h\",\"secret\":\"" + SECRET + "\",\"events\":[]}", "at least one event",
                "{\"secret\":\"" + SECRET + "\",\"events\":" + ALL + "}", "Give the endpoint's address",
                "{\"url\":\"http://10.1.2.3/h\",\"secret\":\"" + SECRET + "\",\"events\":" + ALL + "}",
                "private or local network",
                "{\"url\":\"http://127.0.0.2:9/h\",\"secret\":\"" + SECRET + "\",\"events\":" + ALL + "}",
                "private or local network",
                "{\"url\":\"ftp://partner.example.org/h\",\"secret\":\"" + SECRET + "\",\"events\":" + ALL + "}",
                "starting with http:// or https://",
                "{\"url\":\"http://127.0.0.1:9/h\",\"secret\":\"short\",\"events\":" + ALL + "}", "'secret'",
                "{\"url\":\"http://127.0.0.1:9/h\",\"secret\":\"" + SECRET + "\",\"events\":{\"claim.approved\":true}}",
                "");
        refused.forEach((body, reason) -> {
            ApiClient.Response answer = admin.post("/api/v1/admin/webhooks", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.contentType()).as(body).startsWith("application/problem+json");
            assertThat(answer.json().get("detail").asString()).as(body).contains(reason);
        });
        assertThat(admin.get("/api/v1/admin/webhooks").json().size()).isZero();
        assertThat(admin.delete("/api/v1/admin/webhooks/999999").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/admin/webhooks/999999/deliveries").status()).isEqualTo(404);
    }

    @Test
    void the_secret_is_never_returned_and_a_deleted_endpoint_is_sent_nothing_more() throws Exception {
        WebhookReceiver receiver = receiver();
        long endpoint = register(receiver, ALL);
        ApiClient.Response list = admin.get("/api/v1/admin/webhooks");
        assertThat(list.body()).doesNotContain(SECRET).doesNotContain("secret");
        assertThat(list.json().get(0).get("events").valueStream().map(JsonNode::asString).toList())
                .containsExactly("verdict.submitted", "claim.approved", "claim.corrected", "article.published");

        assertThat(admin.delete("/api/v1/admin/webhooks/" + endpoint).status()).isEqualTo(204);
        reviewAndPublish();

        assertThat(admin.get("/api/v1/admin/webhooks").json().size()).isZero();
        assertThat(admin.get("/api/v1/admin/webhooks/" + endpoint + "/deliveries").json().size()).isZero();
        assertThat(admin.delete("/api/v1/admin/webhooks/" + endpoint).status()).isEqualTo(404);
        assertThat(erin.get("/api/v1/admin/webhooks").status()).isEqualTo(403);
    }

    @Test
    void the_application_role_cannot_rewrite_a_queued_body_a_secret_or_the_attempt_log() {
        for (String attack : List.of("update webhook_delivery set payload = '{}'", "delete from webhook_delivery",
                "update webhook_endpoint set secret = 'stolen', url = 'http://evil.example'",
                "update webhook_attempt set http_status = 200", "delete from webhook_attempt",
                "delete from webhook_endpoint")) {
            assertThatThrownBy(() -> app.execute(attack)).as(attack).rootCause().hasMessageContaining("permission denied");
        }
    }

    @Autowired
    DeliveryStore deliveries;

    @Autowired
    EndpointStore endpoints;

    @Test
    void two_workers_taking_due_deliveries_at_the_same_time_never_take_the_same_one() throws Exception {
        // queued an hour ahead, so only these two workers (asking "an hour and more from now") see them
        Instant later = Instant.now().plusSeconds(3600);
        long endpoint = endpoints.insert("http://127.0.0.1:9/none", SECRET, List.of("article.published"), "test", later);
        for (int i = 0; i < 40; i++) {
            deliveries.enqueue(endpoint, UUID.randomUUID(), WebhookEvent.ARTICLE_PUBLISHED, "{}", later);
        }
        List<Long> taken = java.util.Collections.synchronizedList(new ArrayList<>());
        Runnable worker = () -> {
            java.util.Optional<DeliveryStore.Job> job;
            while ((job = deliveries.takeDue(later.plusSeconds(60), later.plusSeconds(7200))).isPresent()) {
                taken.add(job.get().id());
            }
        };
        Thread first = new Thread(worker);
        Thread second = new Thread(worker);
        first.start();
        second.start();
        first.join();
        second.join();

        assertThat(taken).hasSize(40).doesNotHaveDuplicates();
        assertThat(deliveries.takeDue(later.plusSeconds(60), later.plusSeconds(7200))).isEmpty();
    }

    @Autowired
    org.claimdesk.review.ReviewService reviews;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    long deliveriesTo(long endpoint) {
        return app.queryForObject("select count(*) from webhook_delivery where webhook_endpoint_id = ?", Long.class,
                endpoint);
    }

    @Test
    void the_outbox_row_commits_or_rolls_back_with_the_verdict_it_reports() throws Exception {
        WebhookReceiver receiver = receiver();
        long endpoint = register(receiver, "[\"verdict.submitted\"]");
        long claim = erin.post("/api/v1/articles", "{\"title\":\"Atomic\",\"text\":\"Rates will rise next year.\"}")
                .json().get("claims").get(0).get("id").asLong();
        var input = new org.claimdesk.review.VerdictInput(org.claimdesk.review.VerdictType.NOT_CHECKABLE,
                "A prediction.", List.of());
        var template = new org.springframework.transaction.support.TransactionTemplate(transactions);

        template.executeWithoutResult(status -> {
            org.claimdesk.security.SystemActor.run(() -> reviews.submitVerdict(claim, input));
            assertThat(deliveriesTo(endpoint)).as("written inside the verdict's transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(deliveriesTo(endpoint)).as("rolled back with it").isZero();
        assertThat(alice.get("/api/v1/claims/" + claim).json().get("verdicts").size()).isZero();

        template.executeWithoutResult(status -> org.claimdesk.security.SystemActor.run(
                () -> reviews.submitVerdict(claim, input)));
        assertThat(deliveriesTo(endpoint)).isEqualTo(1);
        assertThat(receiver.await(r -> r.size() >= 1, Duration.ofSeconds(20))).singleElement()
                .satisfies(r -> assertThat(r.json().get("data").get("reviewer").asString()).isEqualTo("system"));
    }
}
