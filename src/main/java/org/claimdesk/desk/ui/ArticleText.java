package org.claimdesk.desk.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import org.claimdesk.review.VerdictType;
import org.jsoup.nodes.Entities;

/**
 * The article's frozen text with each claim marked in place; clicking a claim selects it. One element whatever the
 * article's size: its content is HTML built here, every piece of text and every attribute escaped by jsoup (an
 * article's words never become markup), with one {@code <mark id="claim-…">} per claim and one click listener on the
 * container that reads which mark was hit. A component with a listener per claim held 22,000 objects on a
 * 2,000-claim article. The selected mark is highlighted in the browser.
 */
class ArticleText extends Div {

    /** In the browser: the claim mark the click landed in, if any. */
    static final String HIT = "event.target.closest('mark.claim')";
    static final String HIT_ID = HIT + ".id";

    private Long selected;

    ArticleText(String text, List<ClaimRow> claims, Consumer<Long> onSelect) {
        addClassName("article-text");
        setId("article-text");
        getElement().setProperty("innerHTML", html(text, claims));
        getElement().addEventListener("click", e -> claimOf(e.getEventData().path(HIT_ID).asString(""))
                .ifPresent(onSelect)).setFilter(HIT).addEventData(HIT_ID);
    }

    /** The text as HTML: plain text escaped, each claim still in the current text a mark. */
    static String html(String text, List<ClaimRow> claims) {
        StringBuilder html = new StringBuilder(text.length() + claims.size() * 110);
        int at = 0;
        for (ClaimRow claim : claims) {
            if (!claim.inText()) {
                continue; // its sentence is gone from the current text: the claim list still shows it, marked stale
            }
            html.append(Entities.escape(text.substring(at, claim.start())));
            html.append("<mark id=\"claim-").append(claim.id()).append("\" class=\"").append(classes(claim))
                    .append("\" title=\"").append(Entities.escape("Claim " + claim.ordinal() + " · "
                            + claim.status().label() + " · " + claim.hint().label())).append("\">")
                    .append(Entities.escape(text.substring(claim.start(), claim.end()))).append("</mark>");
            at = claim.end();
        }
        return html.append(Entities.escape(text.substring(at))).toString();
    }

    /** Highlights the claim's mark (and no other) and scrolls it into view. */
    void select(Long claimId) {
        selected = claimId;
        getElement().executeJs("this.querySelector('mark.selected')?.classList.remove('selected');"
                + "const mark = this.querySelector('#claim-' + $0);"
                + "if (mark) { mark.classList.add('selected'); mark.scrollIntoView({block: 'nearest'}); }", claimId);
    }

    /** The claim last selected: its mark is the highlighted one. */
    Long selected() {
        return selected;
    }

    private static Optional<Long> claimOf(String markId) {
        return markId.startsWith("claim-") && markId.length() > 6 && markId.substring(6).chars().allMatch(Character::isDigit)
                ? Optional.of(Long.valueOf(markId.substring(6))) : Optional.empty();
    }

    private static String classes(ClaimRow claim) {
        String classes = "claim status-" + claim.status().name().toLowerCase(Locale.ROOT).replace('_', '-')
                + " hint-" + claim.hint().name().toLowerCase(Locale.ROOT) + (claim.dismissed() ? " dismissed" : "");
        VerdictType verdict = claim.verdict();
        return verdict == null ? classes : classes + " " + VerdictCard.verdictClass(verdict);
    }
}
