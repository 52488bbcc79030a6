package org.claimdesk.desk.ui;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.review.ClaimAsOf;
import org.claimdesk.review.TimelineEvent;
import org.claimdesk.review.TimelineService;

/** A claim's history, newest first, with what changed from what to what; and the claim as of any moment. */
class ClaimTimeline extends Div {

    ClaimTimeline(Long claimId, TimelineService timeline) {
        addClassName("timeline");
        TimelineEntries entries = new TimelineEntries("claim-timeline",
                page -> timeline.forClaim(claimId, page, TimelineEntries.PAGE_SIZE), ClaimTimeline::heading);
        add(asOf(claimId, timeline), entries);
    }

    private static String heading(TimelineEvent event) {
        return event.action().label() + " · " + event.who() + " · " + Formats.dateTime(event.at());
    }

    private static Div asOf(Long claimId, TimelineService timeline) {
        DateTimePicker when = new DateTimePicker("Show this claim as it stood at");
        when.setId("as-of-time");
        when.setValue(LocalDateTime.now(Formats.zone()));
        when.setLocale(Formats.locale());
        Div result = new Div();
        result.setId("as-of");
        result.addClassName("as-of");
        Button show = new Button("Show", e -> {
            result.removeAll();
            if (when.getValue() == null) {
                return;
            }
            ClaimAsOf state = timeline.asOf(claimId, when.getValue().atZone(Formats.zone()).toInstant());
            if (state.claim() == null) {
                result.add(new Div("The claim did not exist yet."));
                return;
            }
            result.add(new Div("Text: " + state.claim().text()), new Div("Status: " + state.claim().status().label()
                    + (state.claim().dismissed() ? " (not a claim)" : "")));
            state.verdicts().forEach(v -> result.add(new Div("Verdict of " + v.reviewer() + ": " + v.verdict().label()
                    + " (revision " + v.revision() + ")")));
            if (state.decision() != null) {
                result.add(new Div("Final verdict: " + state.decision().verdict().label() + " by "
                        + state.decision().editor()));
            }
        });
        show.setId("show-as-of");
        HorizontalLayout controls = new HorizontalLayout(when, show);
        controls.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return new Div(controls, result);
    }

    /** One event: its heading, then each field that changed, from what to what. */
    static Div entry(String heading, TimelineEvent event) {
        Span head = new Span(heading);
        head.addClassName("timeline-head");
        Div entry = new Div(head);
        entry.addClassName("timeline-entry");
        changes(event).forEach(change -> {
            Div line = new Div(change);
            line.addClassName("timeline-change");
            entry.add(line);
        });
        return entry;
    }

    static List<String> changes(TimelineEvent event) {
        return ChangeLines.of(event);
    }
}
