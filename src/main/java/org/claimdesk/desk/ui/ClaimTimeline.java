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
import org.claimdesk.base.ui.Texts;
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
        return Texts.t(event.action().labelKey()) + " · " + event.who() + " · " + Formats.dateTime(event.at());
    }

    private static Div asOf(Long claimId, TimelineService timeline) {
        DateTimePicker when = new DateTimePicker(Texts.t("timeline.as-of"));
        when.setId("as-of-time");
        when.setValue(LocalDateTime.now(Formats.zone()));
        when.setLocale(Formats.locale());
        Div result = new Div();
        result.setId("as-of");
        result.addClassName("as-of");
        Button show = new Button(Texts.t("timeline.show"), e -> {
            result.removeAll();
            if (when.getValue() == null) {
                return;
            }
            ClaimAsOf state = timeline.asOf(claimId, when.getValue().atZone(Formats.zone()).toInstant());
            if (state.claim() == null) {
                result.add(new Div(Texts.t("timeline.not-yet")));
                return;
            }
            result.add(new Div(Texts.t("timeline.text", state.claim().text())), new Div(Texts.t("timeline.status",
                    Texts.t(state.claim().status().labelKey()))
                    + (state.claim().dismissed() ? " (" + Texts.t("timeline.dismissed") + ")" : "")));
            state.verdicts().forEach(v -> result.add(new Div(Texts.t("timeline.verdict-of", v.reviewer(),
                    Texts.t(v.verdict().labelKey()), v.revision()))));
            if (state.decision() != null) {
                result.add(new Div(Texts.t("timeline.final", Texts.t(state.decision().verdict().labelKey()),
                        state.decision().editor())));
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
