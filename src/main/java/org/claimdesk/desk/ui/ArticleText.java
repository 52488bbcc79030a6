package org.claimdesk.desk.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.review.ClaimReview;

/** The article's frozen text with each claim marked in place; clicking a claim selects it. */
class ArticleText extends Div {

    private final Map<Long, Span> marks = new HashMap<>();
    private Long selected;

    ArticleText(String text, int revision, List<ClaimReview> reviews, Consumer<Long> onSelect) {
        addClassName("article-text");
        setId("article-text");
        int at = 0;
        for (ClaimReview review : reviews) {
            ClaimView claim = review.claim();
            if (claim.revision() != revision || claim.start() < at) {
                continue; // its sentence is gone from the current text: the claim list still shows it, marked stale
            }
            if (claim.start() > at) {
                add(new Text(text.substring(at, claim.start())));
            }
            Span mark = new Span(text.substring(claim.start(), claim.end()));
            mark.setId("claim-" + claim.id());
            mark.getElement().setAttribute("title", "Claim " + claim.ordinal() + " · " + claim.status().label()
                    + " · " + claim.checkworthiness().label());
            style(mark, claim);
            if (review.decision() != null) {
                mark.addClassName(VerdictCard.verdictClass(review.decision().verdict()));
            }
            mark.addClickListener(e -> onSelect.accept(claim.id()));
            marks.put(claim.id(), mark);
            add(mark);
            at = claim.end();
        }
        if (at < text.length()) {
            add(new Text(text.substring(at)));
        }
    }

    void select(Long claimId) {
        if (selected != null && marks.containsKey(selected)) {
            marks.get(selected).removeClassName("selected");
        }
        selected = claimId;
        Span mark = marks.get(claimId);
        if (mark != null) {
            mark.addClassName("selected");
            mark.scrollIntoView();
        }
    }

    private static void style(Span mark, ClaimView claim) {
        mark.addClassNames("claim", "status-" + claim.status().name().toLowerCase().replace('_', '-'),
                "hint-" + claim.checkworthiness().name().toLowerCase());
        if (claim.dismissed()) {
            mark.addClassName("dismissed");
        }
    }
}
