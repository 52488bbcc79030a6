package org.claimdesk.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The final verdicts as W3C Web Annotations: the model's required fields, and selectors that find the claim. */
@IntegrationTest
class AnnotationExportIT {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TEXT = "Crime fell 20% \uD83D\uDCC9 in 2025, the mayor said. The budget doubled in \u00e9t\u00e9 2024. "
            + "Rents rose 7% last year.";

    @LocalServerPort
    int port;

    @Test
    void every_annotation_has_the_required_fields_and_its_exact_text_is_the_claim_at_its_code_point_positions() {
        ApiClient anonymous = ApiClient.anonymous(port);
        ApiClient alice = anonymous.withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        ApiClient erin = anonymous.withTokenOf("erin", IntegrationTest.DEMO_PASSWORD);
        JsonNode article = erin.post("/api/v1/articles", "{\"title\":\"Annotated\",\"sourceUrl\":"
                + "\"https://news.example.com/annotated\",\"text\":" + JSON.writeValueAsString(TEXT) + "}").json();
        Map<Long, String> claimText = new HashMap<>();
        for (JsonNode claim : article.get("claims")) {
            long id = claim.get("id").asLong();
            claimText.put(id, claim.get("text").asString());
            alice.post("/api/v1/claims/" + id + "/verdicts", "{\"verdict\":\"disputed\",\"rationale\":\"Records differ.\","
                    + "\"sources\":[{\"url\":\"https://stats.example.org/t\",\"title\":\"Table\",\"stance\":\"refutes\"}]}");
            erin.post("/api/v1/claims/" + id + "/decision", "{\"verdict\":\"disputed\",\"rationale\":\"Records differ.\","
                    + "\"sources\":[{\"url\":\"https://stats.example.org/t\",\"title\":\"Table\",\"stance\":\"refutes\"}]}");
        }
        assertThat(claimText).hasSizeGreaterThanOrEqualTo(2);

        ApiClient.Response response = erin.get("/api/v1/articles/" + article.get("id").asLong()
                + "/export?format=annotations");

        assertThat(response.contentType()).startsWith("application/ld+json");
        JsonNode collection = response.json();
        assertThat(collection.get("@context").asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(collection.get("type").asString()).isEqualTo("AnnotationCollection");
        assertThat(collection.get("id").asString()).startsWith("http");
        JsonNode items = collection.get("first").get("items");
        assertThat(collection.get("total").asInt()).isEqualTo(items.size()).isEqualTo(claimText.size());
        int[] codePoints = TEXT.codePoints().toArray();
        for (JsonNode a : items) {
            assertThat(a.get("@context").asString()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
            assertThat(a.get("type").asString()).isEqualTo("Annotation");
            assertThat(a.get("id").asString()).startsWith("http");
            assertThat(a.get("body").get(0).get("type").asString()).isEqualTo("TextualBody");
            assertThat(a.get("body").get(0).get("value").asString()).isEqualTo("Disputed: Records differ.");
            assertThat(a.get("body").findValuesAsString("id")).contains("https://stats.example.org/t");
            JsonNode target = a.get("target");
            assertThat(target.get("source").asString()).isEqualTo("https://news.example.com/annotated");
            JsonNode quote = target.get("selector").get(0);
            JsonNode position = target.get("selector").get(1);
            assertThat(quote.get("type").asString()).isEqualTo("TextQuoteSelector");
            assertThat(position.get("type").asString()).isEqualTo("TextPositionSelector");
            int start = position.get("start").asInt();
            int end = position.get("end").asInt();
            String atPosition = new String(codePoints, start, end - start);
            long claimId = Long.parseLong(a.get("id").asString().replaceAll(".*#claim-", ""));
            assertThat(quote.get("exact").asString()).isEqualTo(atPosition).isEqualTo(claimText.get(claimId));
            assertThat(new String(codePoints, 0, start)).endsWith(quote.get("prefix").asString());
            assertThat(new String(codePoints, end, codePoints.length - end)).startsWith(quote.get("suffix").asString());
        }
    }
}
