package org.claimdesk.desk.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * The article's claims as a reader scans them: the claim's own words wrapping across most of the width, with
 * speaker, hint and status on a line below, and the verdict at the end. Text is bound as properties, so Lit
 * escapes it: a claim can never inject markup.
 */
final class ClaimList {

    private ClaimList() {
    }

    static void configure(Grid<ClaimRow> list) {
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        list.addColumn(ClaimRow::ordinal).setHeader("#").setWidth("3.5em").setFlexGrow(0);
        list.addColumn(LitRenderer.<ClaimRow>of("""
                <div class="claim-cell"><div class="claim-cell-text">${item.text}</div>\
                <div class="claim-cell-meta">${item.meta}</div></div>""")
                .withProperty("text", ClaimRow::text)
                .withProperty("meta", ClaimList::meta))
                .setHeader("Claim").setFlexGrow(1).setKey("claim");
        list.addColumn(LitRenderer.<ClaimRow>of("""
                <span class="${item.style}">${item.verdict}</span>""")
                .withProperty("style", r -> r.verdict() == null ? "verdict-count" : VerdictCard.badgeClasses(r.verdict()))
                .withProperty("verdict", ClaimList::verdict))
                .setHeader("Verdict").setWidth("9em").setFlexGrow(0).setKey("verdict");
        list.setHeight("calc(100vh - 16rem)");
        list.setMinHeight("18rem");
    }

    private static String meta(ClaimRow r) {
        String status = r.dismissed() ? "Not a claim" : r.status().label();
        String speaker = r.speaker() == null ? "" : r.speaker() + " · ";
        String stale = r.stale() == null ? "" : " · Stale: " + r.stale().label().toLowerCase();
        return speaker + r.hint().label() + " · " + status + stale;
    }

    private static String verdict(ClaimRow r) {
        if (r.verdict() != null) {
            return r.verdict().label();
        }
        int given = r.verdicts();
        return given == 0 ? "" : given + (given == 1 ? " verdict" : " verdicts");
    }
}
