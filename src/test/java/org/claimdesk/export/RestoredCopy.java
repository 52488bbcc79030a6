package org.claimdesk.export;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON export as a restored copy must match it: without ids (and the claim ids a language change lists), the
 * import method, the "restored from an export" row the restore adds to each claim, and the sources' archive state
 * (the copy's site archives them again).
 */
final class RestoredCopy {

    private RestoredCopy() {
    }

    static JsonNode comparable(JsonNode doc) {
        ObjectNode copy = (ObjectNode) doc.deepCopy();
        ((ObjectNode) copy.get("article")).remove("importMethod");
        for (String list : List.of("claims", "retiredClaims")) {
            for (JsonNode claim : copy.get(list)) {
                ArrayNode history = (ArrayNode) claim.get("history");
                if (history.get(history.size() - 1).get("action").asString().equals("RESTORED_FROM_EXPORT")) {
                    history.remove(history.size() - 1);
                }
                for (JsonNode verdict : claim.path("verdicts")) {
                    verdict.path("sources").forEach(source -> ((ObjectNode) source).remove("archive"));
                }
            }
        }
        copy.get("languageChanges").forEach(change -> ((ObjectNode) change).remove(List.of("retiredClaims",
                "createdClaims")));
        return ExportApiIT.withoutIds(copy);
    }
}
