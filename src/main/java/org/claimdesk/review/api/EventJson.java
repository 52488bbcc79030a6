package org.claimdesk.review.api;

import java.time.Instant;

import org.claimdesk.review.TimelineEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A timeline event as JSON: who, when, what, and the values before and after as objects. */
@Component
class EventJson {

    record EventOut(Long claimId, Instant when, String who, String what, JsonNode before, JsonNode after) {
    }

    private final JsonMapper json;

    EventJson(JsonMapper json) {
        this.json = json;
    }

    EventOut of(TimelineEvent e) {
        return new EventOut(e.claimId(), e.at(), e.who(), e.action().name(),
                e.before() == null ? null : json.readTree(e.before()), e.after() == null ? null : json.readTree(e.after()));
    }
}
