package org.claimdesk.desk.ui;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Translations;
import org.claimdesk.review.VerdictType;
import org.jsoup.nodes.Entities;

/**
 * The article's frozen text with each claim marked in place; clicking a claim selects it. One element whatever the
 * article's size: its content is HTML built here, every piece of text and every attribute escaped by jsoup (an
 * article's words never become markup), with one {@code <mark id="claim-…">} per claim and one click listener on the
 * container that reads which mark was hit. A component with a listener per claim held 22,000 objects on a
 * 2,000-claim article. The browser fetches the HTML from this element's own download handler when it is attached,
 * so the session keeps only the text and the claims' rows, not the HTML as well (nor Vaadin's copy of the last
 * response, which an inner-HTML property would fill with it). The selected mark is highlighted in the browser.
 */
class ArticleText extends Div {

    /** In the browser: the claim mark the click landed in, if any. */
    static final String HIT = "!!event.target.closest('mark.claim')";
    static final String HIT_ID = "event.target.closest('mark.claim').id";

    /** In the browser: loads the content from the handler's URL; {@code __loaded} settles when it is in place. */
    private static final String LOAD = "this.__loaded = fetch(this.getAttribute('data-content'), "
            + "{credentials: 'same-origin'}).then(r => r.ok ? r.text() : Promise.reject(r.status))"
            + ".then(html => { this.innerHTML = html; });";

    private static final Translations TEXTS = new Translations();

    private final String text;
    private final List<ClaimRow> claims;
    /** The reader's language, for the marks' tooltips (the browser fetches the content outside the UI's request). */
    private final Locale locale;
    private Long selected;

    ArticleText(String text, List<ClaimRow> claims, Consumer<Long> onSelect) {
        this.text = text;
        this.claims = List.copyOf(claims);
        this.locale = Formats.locale();
        addClassName("article-text");
        setId("article-text");
        getElement().setAttribute("data-content", (DownloadHandler) event -> {
            event.setContentType("text/html; charset=utf-8");
            event.getOutputStream().write(html().getBytes(StandardCharsets.UTF_8));
        });
        addAttachListener(e -> getElement().executeJs(LOAD));
        getElement().addEventListener("click", e -> claimOf(e.getEventData().path(HIT_ID).asString(""))
                .ifPresent(onSelect)).setFilter(HIT).addEventData(HIT_ID);
    }

    /** The content the browser fetches. */
    String html() {
        return html(text, claims, locale);
    }

    /**
     * The text as HTML: plain text escaped, each claim still in the current text a mark, its tooltip ("Claim 3 ·
     * Open · Checkable fact") in the reader's language.
     */
    static String html(String text, List<ClaimRow> claims, Locale locale) {
        Map<String, String> labels = new HashMap<>(); // a few status and hint labels, each looked up once
        StringBuilder html = new StringBuilder(text.length() + claims.size() * 110);
        int at = 0;
        for (ClaimRow claim : claims) {
            if (!claim.inText()) {
                continue; // its sentence is gone from the current text: the claim list still shows it, marked stale
            }
            html.append(Entities.escape(text.substring(at, claim.start())));
            html.append("<mark id=\"claim-").append(claim.id()).append("\" class=\"").append(classes(claim))
                    .append("\" title=\"").append(Entities.escape(TEXTS.getTranslation("claim.heading", locale,
                            claim.ordinal()) + " · " + labels.computeIfAbsent(claim.status().labelKey(),
                            key -> TEXTS.getTranslation(key, locale)) + " · " + labels.computeIfAbsent(
                            claim.hint().labelKey(), key -> TEXTS.getTranslation(key, locale)))).append("\">")
                    .append(Entities.escape(text.substring(claim.start(), claim.end()))).append("</mark>");
            at = claim.end();
        }
        return html.append(Entities.escape(text.substring(at))).toString();
    }

    /** The text in its scrolling pane, under the marks' legend. */
    Div inPane() {
        Div pane = new Div(MarkLegend.create(), this);
        pane.addClassName("desk-text");
        // a scrolling region: reachable by keyboard and named for screen readers (axe: scrollable-region-focusable)
        pane.getElement().setAttribute("tabindex", "0").setAttribute("role", "region")
                .setAttribute("aria-label", getTranslation("article.text"));
        return pane;
    }

    /** Highlights the claim's mark (and no other) and scrolls it into view. */
    void select(Long claimId) {
        selected = claimId;
        getElement().executeJs("(this.__loaded || Promise.resolve()).then(() => {"
                + "this.querySelector('mark.selected')?.classList.remove('selected');"
                + "const mark = this.querySelector('#claim-' + $0);"
                + "if (mark) { mark.classList.add('selected'); mark.scrollIntoView({block: 'nearest'}); } });", claimId);
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
