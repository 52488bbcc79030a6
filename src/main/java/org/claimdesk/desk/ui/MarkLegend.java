package org.claimdesk.desk.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.review.VerdictType;

/** What the marks in the article text mean: the same classes that mark the text, so the two cannot drift. */
final class MarkLegend {

    private MarkLegend() {
    }

    static Div create() {
        Div legend = new Div();
        legend.setId("mark-legend");
        legend.addClassName("mark-legend");
        legend.add(sample(Texts.t("legend.claim"), "claim"), sample(Texts.t("checkworthiness.factual"), "claim hint-factual"),
                sample(Texts.t("status.in-review"), "claim status-in-review"),
                sample(Texts.t("status.needs-decision"), "claim status-needs-decision"),
                sample(Texts.t("claim.not-a-claim"), "claim dismissed"));
        for (VerdictType verdict : new VerdictType[] {VerdictType.SUPPORTED, VerdictType.DISPUTED,
                VerdictType.MISLEADING}) {
            legend.add(sample(Texts.t(verdict.labelKey()), "claim " + VerdictCard.verdictClass(verdict)));
        }
        return legend;
    }

    private static Span sample(String label, String classes) {
        Span sample = new Span(label);
        sample.addClassNames(classes.split(" "));
        return sample;
    }
}
