package org.claimdesk.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.claimdesk.publish.ArticlePublished;
import org.claimdesk.review.ClaimDecided;
import org.claimdesk.review.DecisionView;
import org.claimdesk.review.VerdictSubmitted;
import org.claimdesk.review.VerdictView;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns domain events into outbox rows. The listeners are plain (synchronous) ones, so each row is written in
 * the very transaction that stores the verdict, decision or publication: both commit, or neither. The body is
 * serialised once, here, so every retry sends the same bytes under the same event id and signature.
 */
@Component
class WebhookOutbox {

    private final EndpointStore endpoints;
    private final DeliveryStore deliveries;
    private final WebhookWorker worker;
    private final JsonMapper json;
    private final Clock clock;

    WebhookOutbox(EndpointStore endpoints, DeliveryStore deliveries, WebhookWorker worker, JsonMapper json,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.worker = worker;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(VerdictSubmitted e) {
        VerdictView v = e.verdict();
        Map<String, Object> data = claim(e.articleId(), v.claimId(), e.claimText(), e.speaker());
        data.put("reviewer", v.reviewer());
        data.put("revision", v.revision());
        verdict(data, v.verdict().name(), v.rationale(), v.attribution(), v.sources());
        enqueue(WebhookEvent.VERDICT_SUBMITTED, v.createdAt(), data);
    }

    @EventListener
    void on(ClaimDecided e) {
        DecisionView d = e.decision();
        Map<String, Object> data = claim(e.articleId(), d.claimId(), e.claimText(), e.speaker());
        data.put("editor", d.editor());
        data.put("revision", d.revision());
        verdict(data, d.verdict().name(), d.rationale(), d.attribution(), d.sources());
        data.put("correctionNote", d.correctionNote());
        enqueue(d.correction() ? WebhookEvent.CLAIM_CORRECTED : WebhookEvent.CLAIM_APPROVED, d.createdAt(), data);
    }

    @EventListener
    void on(ArticlePublished e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("articleId", e.articleId());
        data.put("title", e.title());
        data.put("publicUrl", e.publicUrl());
        data.put("publishedBy", e.actor());
        enqueue(WebhookEvent.ARTICLE_PUBLISHED, e.at(), data);
    }

    private static Map<String, Object> claim(Long articleId, Long claimId, String text, String speaker) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("articleId", articleId);
        data.put("claimId", claimId);
        data.put("claimText", text);
        data.put("speaker", speaker);
        return data;
    }

    private static void verdict(Map<String, Object> data, String verdict, String rationale, Object attribution,
            Object sources) {
        data.put("verdict", verdict);
        data.put("attribution", attribution);
        data.put("rationale", rationale);
        data.put("sources", sources);
    }

    private void enqueue(WebhookEvent event, Instant occurredAt, Map<String, Object> data) {
        List<EndpointStore.Subscriber> subscribers = endpoints.subscribedTo(event);
        if (subscribers.isEmpty()) {
            return;
        }
        UUID id = UUID.randomUUID();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id.toString());
        body.put("type", event.wireName());
        body.put("occurredAt", occurredAt.toString());
        body.put("data", data);
        String payload = json.writeValueAsString(body);
        Instant now = clock.instant();
        subscribers.forEach(s -> deliveries.enqueue(s.id(), id, event, payload, now));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.nudge();
                }
            });
        }
    }
}
