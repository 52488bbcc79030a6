package org.claimdesk.claim.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.claimdesk.claim.ClaimHistoryItem;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A claim's history, newest first: who did what when, and which fields changed from what to what. */
class ClaimTimeline extends Div {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    ClaimTimeline(List<ClaimHistoryItem> items) {
        addClassName("timeline");
        setId("claim-timeline");
        List<ClaimHistoryItem> newestFirst = new ArrayList<>(items);
        java.util.Collections.reverse(newestFirst);
        for (ClaimHistoryItem item : newestFirst) {
            Div entry = new Div();
            entry.addClassName("timeline-entry");
            Span head = new Span(label(item.action()) + " · " + item.actor() + " · " + Formats.dateTime(item.at()));
            head.addClassName("timeline-head");
            entry.add(head);
            for (String change : changes(item)) {
                Div line = new Div(change);
                line.addClassName("timeline-change");
                entry.add(line);
            }
            add(entry);
        }
    }

    static List<String> changes(ClaimHistoryItem item) {
        if (item.before() == null || item.after() == null) {
            return List.of();
        }
        Map<String, Object> before = JSON.readValue(item.before(), MAP);
        Map<String, Object> after = JSON.readValue(item.after(), MAP);
        List<String> changes = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value) && !field.equals("start") && !field.equals("end")) {
                changes.add(field + ": " + show(before.get(field)) + " → " + show(value));
            }
        });
        return changes;
    }

    private static String show(Object value) {
        if (value == null) {
            return "(none)";
        }
        String s = value.toString();
        return s.length() > 120 ? "\"" + s.substring(0, 117) + "...\"" : "\"" + s + "\"";
    }

    private static String label(String action) {
        String words = action.toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
