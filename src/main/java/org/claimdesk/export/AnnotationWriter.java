package org.claimdesk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.claimdesk.claim.ClaimView;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.DecisionView;
import org.claimdesk.review.Source;
import tools.jackson.databind.json.JsonMapper;

/**
 * The final verdicts as a W3C Web Annotation {@code AnnotationCollection} (JSON-LD), so annotation tools can show
 * them on the original page. Per the model, the annotations sit in the collection's first {@code AnnotationPage}.
 * Each targets the article's address with a TextQuoteSelector (the claim's sentence and up to 32 characters either
 * side) and a TextPositionSelector; positions count Unicode code points of the stored text, as the model requires
 * (so an emoji before a claim counts once, not as Java's two chars).
 */
final class AnnotationWriter {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final int CONTEXT_CHARS = 32;

    private final JsonMapper json;

    AnnotationWriter(JsonMapper json) {
        this.json = json;
    }

    void write(ExportData data, OutputStream out) throws IOException {
        String base = data.publicUrl().replaceAll("/+$", "") + "/api/v1/articles/" + data.article().id()
                + "/export?format=annotations";
        List<Map<String, Object>> items = new ArrayList<>();
        for (ClaimReview claim : data.inText()) {
            if (claim.decision() != null && !claim.claim().dismissed()) {
                items.add(annotation(data, base, claim.claim(), claim.decision()));
            }
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("id", base + "#page-0");
        page.put("type", "AnnotationPage");
        page.put("startIndex", 0);
        page.put("items", items);
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("@context", CONTEXT);
        collection.put("id", base);
        collection.put("type", "AnnotationCollection");
        collection.put("label", "Fact-check of " + data.article().title() + " by " + data.organization());
        collection.put("total", items.size());
        collection.put("first", page);
        json.writer().withDefaultPrettyPrinter().writeValue(out, collection);
    }

    private static Map<String, Object> annotation(ExportData data, String base, ClaimView claim, DecisionView decision) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("@context", CONTEXT);
        a.put("id", base + "#claim-" + claim.id());
        a.put("type", "Annotation");
        a.put("motivation", "assessing");
        a.put("created", decision.createdAt().toString());
        a.put("creator", Map.of("type", "Organization", "name", data.organization()));
        a.put("body", body(decision, claim.speaker()));
        a.put("target", target(data, claim));
        return a;
    }

    private static List<Map<String, Object>> body(DecisionView decision, String speaker) {
        List<Map<String, Object>> body = new ArrayList<>();
        body.add(Map.of("type", "TextualBody", "purpose", "assessing", "format", "text/plain",
                "value", decision.verdict().label() + ": " + decision.rationale()));
        body.add(Map.of("type", "TextualBody", "purpose", "tagging", "value", decision.verdict().name()));
        if (decision.attribution() != null && speaker != null) {
            body.add(Map.of("type", "TextualBody", "purpose", "assessing", "value",
                    "Attribution: " + decision.attribution().finding(speaker)));
        }
        if (decision.correctionNote() != null) {
            body.add(Map.of("type", "TextualBody", "purpose", "commenting", "value",
                    "Correction: " + decision.correctionNote()));
        }
        for (Source s : decision.sources()) {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("id", s.url());
            source.put("type", "Text");
            source.put("purpose", "linking");
            if (s.title() != null) {
                source.put("title", s.title());
            }
            source.put("stance", s.stance().name().toLowerCase(Locale.ROOT));
            body.add(source);
        }
        return body;
    }

    private static Map<String, Object> target(ExportData data, ClaimView claim) {
        String text = data.article().text();
        int start = text.codePointCount(0, claim.start());
        int end = start + text.codePointCount(claim.start(), claim.end());
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", text.substring(claim.start(), claim.end()));
        quote.put("prefix", text.substring(text.offsetByCodePoints(claim.start(), -Math.min(CONTEXT_CHARS, start)),
                claim.start()));
        int after = text.codePointCount(claim.end(), text.length());
        quote.put("suffix", text.substring(claim.end(), text.offsetByCodePoints(claim.end(), Math.min(CONTEXT_CHARS, after))));
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", data.article().sourceUrl() != null ? data.article().sourceUrl()
                : data.publicUrl().replaceAll("/+$", "") + "/articles/" + data.article().id());
        target.put("selector", List.of(quote, Map.of("type", "TextPositionSelector", "start", start, "end", end)));
        return target;
    }
}
