package org.claimdesk.desk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.claimdesk.review.VerdictType;

/** What the marks in the article text mean: the same classes that mark the text, so the two cannot drift. */
final class MarkLegend {

    private MarkLegend() {
    }

    static Div create() {
        Div legend = new Div();
        legend.setId("mark-legend");
        legend.addClassName("mark-legend");
        legend.add(sample("Claim", "claim"), sample("Checkable fact", "claim hint-factual"),
                sample("In review", "claim status-in-review"), sample("Needs decision", "claim status-needs-decision"),
                sample("Not a claim", "claim dismissed"));
        for (VerdictType verdict : new VerdictType[] {VerdictType.SUPPORTED, VerdictType.DISPUTED,
                VerdictType.MISLEADING}) {
            legend.add(sample(verdict.label(), "claim " + VerdictCard.verdictClass(verdict)));
        }
        return legend;
    }

    private static Span sample(String label, String classes) {
        Span sample = new Span(label);
        sample.addClassNames(classes.split(" "));
        return sample;
    }
}
