package org.claimdesk.desk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.claim.StaleMark;
import org.claimdesk.claim.StaleReason;
import org.claimdesk.claim.WordDiff;

/**
 * On a claim a re-check marked stale: since when, why, and the sentence before and now as a word diff (removed
 * words struck through, added ones underlined). The verdicts below were given on the "before" words.
 */
class StaleNotice extends Div {

    StaleNotice(StaleMark stale) {
        setId("stale-notice");
        addClassName("stale-notice");
        getElement().setAttribute("role", "status");
        add(new Paragraph(getTranslation(stale.reason() == StaleReason.REMOVED ? "stale.notice-removed" : "stale.notice-changed",
                Formats.dateTime(stale.since()), getTranslation(stale.reason().labelKey()).toLowerCase(getLocale()))));
        Paragraph diff = new Paragraph();
        diff.addClassName("stale-diff");
        for (WordDiff.Part part : WordDiff.of(stale.before(), stale.after())) {
            Span span = new Span(part.text());
            if (part.kind() != WordDiff.Kind.SAME) {
                span.addClassName(part.kind() == WordDiff.Kind.REMOVED ? "diff-removed" : "diff-added");
                span.getElement().setAttribute("title", getTranslation(part.kind() == WordDiff.Kind.REMOVED ? "stale.removed-words"
                        : "stale.added-words"));
            }
            diff.add(span);
        }
        add(diff);
    }
}
