package org.claimdesk.desk.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.claimdesk.base.ui.Texts;
import org.claimdesk.claim.Checkworthiness;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.review.Attribution;
import org.claimdesk.review.Stance;
import org.claimdesk.review.TimelineEvent;
import org.claimdesk.review.VerdictType;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a history entry changed, as a reader says it: field labels instead of JSON keys, the values' labels
 * instead of enum names ("In review", not IN_REVIEW), "dismissed"/"restored" instead of true/false, and each
 * source's changed field (stance, URL, title, quote) from before to after.
 */
final class ChangeLines {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    /** The text keys of the fields' labels. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("text", "change.text"),
            Map.entry("shortForm", "change.short-form"), Map.entry("speaker", "change.speaker"),
            Map.entry("checkworthiness", "change.checkworthiness"), Map.entry("status", "change.status"),
            Map.entry("mergedInto", "change.merged-into"), Map.entry("verdict", "change.verdict"),
            Map.entry("attribution", "change.attribution"), Map.entry("rationale", "change.rationale"),
            Map.entry("correctionNote", "change.correction-note"), Map.entry("comment", "change.comment"),
            Map.entry("reviewer", "change.reviewer"));
    private static final Map<String, Function<String, String>> VALUES = Map.of(
            "status", v -> ClaimStatus.valueOf(v).labelKey(),
            "checkworthiness", v -> Checkworthiness.valueOf(v).labelKey(),
            "verdict", v -> VerdictType.valueOf(v).labelKey(),
            "attribution", v -> Attribution.valueOf(v).labelKey());
    private static final List<String> SOURCE_FIELDS = List.of("stance", "url", "title", "quote", "accessedOn");
    private static final Map<String, String> SOURCE_LABELS = Map.of("stance", "change.source-stance",
            "url", "change.source-url", "title", "change.source-title", "quote", "change.source-quote",
            "accessedOn", "change.source-accessed");

    private ChangeLines() {
    }

    static List<String> of(TimelineEvent event) {
        if (event.after() == null) {
            return List.of();
        }
        Map<String, Object> before = event.before() == null ? Map.of() : JSON.readValue(event.before(), MAP);
        Map<String, Object> after = JSON.readValue(event.after(), MAP);
        List<String> lines = new ArrayList<>();
        after.forEach((field, value) -> {
            Object old = before.get(field);
            if (Objects.equals(old, value) || value == null || field.equals("start") || field.equals("end")
                    || field.equals("revision")) {
                return;
            }
            if (field.equals("dismissed")) {
                if (before.containsKey(field) || Boolean.TRUE.equals(value)) {
                    lines.add(Texts.t(Boolean.TRUE.equals(value) ? "change.dismissed" : "change.restored"));
                }
            } else if (field.equals("sources")) {
                lines.addAll(sources(old instanceof Collection<?> c ? c : List.of(), (Collection<?>) value,
                        before.containsKey(field)));
            } else {
                String label = FIELDS.containsKey(field) ? Texts.t(FIELDS.get(field)) : field;
                lines.add(label + ": " + (before.containsKey(field) ? show(field, old) + " → " : "") + show(field, value));
            }
        });
        return lines;
    }

    /** Sources are paired by URL, then the rest in order (a changed URL); what is left was added or removed. */
    static List<String> sources(Collection<?> beforeList, Collection<?> afterList, boolean hadSources) {
        List<Map<?, ?>> before = new ArrayList<>();
        beforeList.forEach(s -> before.add((Map<?, ?>) s));
        List<Map<?, ?>> after = new ArrayList<>();
        afterList.forEach(s -> after.add((Map<?, ?>) s));
        Map<Map<?, ?>, Map<?, ?>> pairs = new java.util.IdentityHashMap<>();
        List<Map<?, ?>> unpaired = new ArrayList<>();
        for (Map<?, ?> a : after) {
            Map<?, ?> match = before.stream().filter(b -> Objects.equals(b.get("url"), a.get("url"))).findFirst()
                    .orElse(null);
            if (match != null) {
                before.remove(match);
                pairs.put(a, match);
            } else {
                unpaired.add(a);
            }
        }
        List<String> lines = new ArrayList<>();
        int number = 0;
        for (Map<?, ?> a : after) {
            number++;
            Map<?, ?> b = pairs.containsKey(a) ? pairs.get(a) : unpaired.contains(a) && !before.isEmpty()
                    ? before.removeFirst() : null;
            if (b == null) {
                lines.add(Texts.t(hadSources ? "change.source-added" : "change.source", describe(a)));
                continue;
            }
            for (String f : SOURCE_FIELDS) {
                if (!Objects.equals(b.get(f), a.get(f))) {
                    lines.add(Texts.t("change.source-changed", number, Texts.t(SOURCE_LABELS.get(f))) + ": "
                            + sourceValue(f, b.get(f)) + " → " + sourceValue(f, a.get(f)));
                }
            }
        }
        before.forEach(b -> lines.add(Texts.t("change.source-removed", describe(b))));
        return lines;
    }

    private static String describe(Map<?, ?> source) {
        Object title = source.get("title");
        return sourceValue("stance", source.get("stance")) + " · "
                + (title == null || title.toString().isBlank() ? "" : "\"" + title + "\" ") + source.get("url");
    }

    private static String sourceValue(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            return Texts.t("change.none");
        }
        if (field.equals("stance")) {
            try {
                return Texts.t(Stance.valueOf(value.toString().toUpperCase(java.util.Locale.ROOT)).labelKey());
            } catch (IllegalArgumentException unknown) {
                return value.toString();
            }
        }
        return show("", value);
    }

    private static String show(String field, Object value) {
        if (value == null) {
            return Texts.t("change.none");
        }
        Function<String, String> label = VALUES.get(field);
        if (label != null) {
            try {
                return Texts.t(label.apply(value.toString()));
            } catch (IllegalArgumentException unknown) {
                return value.toString();
            }
        }
        String s = value.toString();
        return s.length() > 160 ? "\"" + s.substring(0, 157) + "...\"" : "\"" + s + "\"";
    }
}
