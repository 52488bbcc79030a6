package org.claimdesk.desk.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Texts;

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
                .setHeader(Texts.t("claims.claim")).setFlexGrow(1).setKey("claim");
        list.addColumn(LitRenderer.<ClaimRow>of("""
                <span class="${item.style}">${item.verdict}</span>""")
                .withProperty("style", r -> r.verdict() == null ? "verdict-count" : VerdictCard.badgeClasses(r.verdict()))
                .withProperty("verdict", ClaimList::verdict))
                .setHeader(Texts.t("claims.verdict")).setWidth("9em").setFlexGrow(0).setKey("verdict");
        list.setHeight("calc(100vh - 16rem)");
        list.setMinHeight("18rem");
    }

    private static String meta(ClaimRow r) {
        String status = Texts.t(r.dismissed() ? "claim.not-a-claim" : r.status().labelKey());
        String speaker = r.speaker() == null ? "" : r.speaker() + " · ";
        String stale = r.stale() == null ? ""
                : " · " + Texts.t("claims.stale", Texts.t(r.stale().labelKey()).toLowerCase(Formats.locale()));
        return speaker + Texts.t(r.hint().labelKey()) + " · " + status + stale;
    }

    private static String verdict(ClaimRow r) {
        if (r.verdict() != null) {
            return Texts.t(r.verdict().labelKey());
        }
        int given = r.verdicts();
        return given == 0 ? "" : Texts.t(given == 1 ? "claims.verdicts.one" : "claims.verdicts.many", given);
    }
}
