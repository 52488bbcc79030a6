package org.claimdesk.desk.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.matching.ClaimMatch;
import org.claimdesk.matching.MatchService;

/**
 * "Checked before": earlier claims of other articles most like this one, each with its final verdict. "Open"
 * goes to that claim; "Start from this verdict" fills the form with its verdict, rationale and sources (when
 * {@code onStart} is given: the reader may give a verdict here), and the reviewer still decides.
 */
class CheckedBefore extends Div {

    CheckedBefore(Long claimId, MatchService matches, Consumer<ClaimMatch> onStart) {
        setId("checked-before");
        addClassName("checked-before");
        List<ClaimMatch> found = matches.matches(claimId, false);
        if (found.isEmpty()) {
            return;
        }
        add(new H4(getTranslation("checked.heading", found.size())));
        for (ClaimMatch m : found) {
            add(row(m, onStart));
        }
    }

    private static Div row(ClaimMatch m, Consumer<ClaimMatch> onStart) {
        Div row = new Div();
        row.addClassName("match-row");
        row.setId("match-" + m.claimId());
        Paragraph text = new Paragraph(m.text());
        text.addClassName("match-text");
        Span meta = new Span(m.articleTitle() + " · " + Formats.dateTime(m.decidedAt()) + " · "
                + Texts.t("checked.alike", String.format(Locale.ROOT, "%.0f", 100 * m.similarity())));
        meta.addClassName("match-meta");
        row.add(VerdictCard.badge(m.decision().verdict()), new Span(" "), meta, text);
        Button open = new Button(Texts.t("checked.open"), e -> UI.getCurrent().navigate("articles/" + m.articleId(),
                QueryParameters.of("claim", String.valueOf(m.claimId()))));
        open.setId("open-match-" + m.claimId());
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        row.add(open);
        if (onStart != null) {
            Button start = new Button(Texts.t("checked.start"), e -> onStart.accept(m));
            start.setId("start-from-" + m.claimId());
            start.addThemeVariants(ButtonVariant.LUMO_SMALL);
            row.add(start);
        }
        return row;
    }
}
