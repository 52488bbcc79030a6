package org.claimdesk.review;

import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Sources are stored as a JSON array beside the verdict that cites them. */
@Component
class SourcesJson {

    private static final TypeReference<List<Source>> LIST = new TypeReference<>() {
    };
    private final JsonMapper json;

    SourcesJson(JsonMapper json) {
        this.json = json;
    }

    String write(List<Source> sources) {
        return json.writeValueAsString(sources == null ? List.of() : sources);
    }

    List<Source> read(String stored) {
        return stored == null || stored.isBlank() ? List.of() : json.readValue(stored, LIST);
    }

    VerdictView view(VerdictEntry v, java.time.Instant claimTextChangedAt) {
        return new VerdictView(v.id(), v.claimId(), v.reviewer(), v.revision(), v.verdict(), v.rationale(),
                read(v.sources()), v.createdAt(), claimTextChangedAt != null && claimTextChangedAt.isAfter(v.createdAt()),
                v.attribution());
    }

    DecisionView view(DecisionEntry d) {
        return new DecisionView(d.id(), d.claimId(), d.editor(), d.revision(), d.verdict(), d.rationale(),
                read(d.sources()), d.adoptedVerdictId(), d.correctionNote(), d.createdAt(), d.attribution());
    }
}
