package org.claimdesk.desk.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

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
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("text", "Text"),
            Map.entry("shortForm", "Short form"), Map.entry("speaker", "Speaker"),
            Map.entry("checkworthiness", "Check-worthiness"), Map.entry("status", "Status"),
            Map.entry("mergedInto", "Merged into claim id"), Map.entry("verdict", "Verdict"),
            Map.entry("attribution", "Attribution"), Map.entry("rationale", "Rationale"),
            Map.entry("correctionNote", "Correction note"), Map.entry("comment", "Comment"),
            Map.entry("reviewer", "Assigned to"));
    private static final Map<String, Function<String, String>> VALUES = Map.of(
            "status", v -> ClaimStatus.valueOf(v).label(),
            "checkworthiness", v -> Checkworthiness.valueOf(v).label(),
            "verdict", v -> VerdictType.valueOf(v).label(),
            "attribution", v -> Attribution.valueOf(v).label());
    private static final List<String> SOURCE_FIELDS = List.of("stance", "url", "title", "quote", "accessedOn");
    private static final Map<String, String> SOURCE_LABELS = Map.of("stance", "stance", "url", "URL",
            "title", "title", "quote", "quote", "accessedOn", "read on");

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
                    lines.add(Boolean.TRUE.equals(value) ? "Dismissed (not a claim)" : "Restored as a claim");
                }
            } else if (field.equals("sources")) {
                lines.addAll(sources(old instanceof Collection<?> c ? c : List.of(), (Collection<?>) value,
                        before.containsKey(field)));
            } else {
                String label = FIELDS.getOrDefault(field, field);
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
                lines.add((hadSources ? "Source added: " : "Source: ") + describe(a));
                continue;
            }
            for (String f : SOURCE_FIELDS) {
                if (!Objects.equals(b.get(f), a.get(f))) {
                    lines.add("Source " + number + " " + SOURCE_LABELS.get(f) + ": " + sourceValue(f, b.get(f)) + " → "
                            + sourceValue(f, a.get(f)));
                }
            }
        }
        before.forEach(b -> lines.add("Source removed: " + describe(b)));
        return lines;
    }

    private static String describe(Map<?, ?> source) {
        Object title = source.get("title");
        return sourceValue("stance", source.get("stance")) + " · "
                + (title == null || title.toString().isBlank() ? "" : "\"" + title + "\" ") + source.get("url");
    }

    private static String sourceValue(String field, Object value) {
        if (value == null || value.toString().isBlank()) {
            return "(none)";
        }
        if (field.equals("stance")) {
            try {
                return Stance.valueOf(value.toString().toUpperCase(java.util.Locale.ROOT)).label();
            } catch (IllegalArgumentException unknown) {
                return value.toString();
            }
        }
        return show("", value);
    }

    private static String show(String field, Object value) {
        if (value == null) {
            return "(none)";
        }
        Function<String, String> label = VALUES.get(field);
        if (label != null) {
            try {
                return label.apply(value.toString());
            } catch (IllegalArgumentException unknown) {
                return value.toString();
            }
        }
        String s = value.toString();
        return s.length() > 160 ? "\"" + s.substring(0, 157) + "...\"" : "\"" + s + "\"";
    }
}
