package org.claimdesk.desk.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.review.ClaimReview;

/**
 * The article's claims as a reader scans them: the claim's own words wrapping across most of the width, with
 * speaker, hint and status on a line below, and the verdict at the end. Text is bound as properties, so Lit
 * escapes it: a claim can never inject markup.
 */
final class ClaimList {

    private ClaimList() {
    }

    static void configure(Grid<ClaimReview> list) {
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        list.addColumn(r -> r.claim().ordinal()).setHeader("#").setWidth("3.5em").setFlexGrow(0);
        list.addColumn(LitRenderer.<ClaimReview>of("""
                <div class="claim-cell"><div class="claim-cell-text">${item.text}</div>\
                <div class="claim-cell-meta">${item.meta}</div></div>""")
                .withProperty("text", r -> r.claim().text())
                .withProperty("meta", ClaimList::meta))
                .setHeader(Texts.t("claims.claim")).setFlexGrow(1).setKey("claim");
        list.addColumn(LitRenderer.<ClaimReview>of("""
                <span class="${item.style}">${item.verdict}</span>""")
                .withProperty("style", r -> r.decision() == null ? "verdict-count" : VerdictCard.badgeClasses(
                        r.decision().verdict()))
                .withProperty("verdict", ClaimList::verdict))
                .setHeader(Texts.t("claims.verdict")).setWidth("9em").setFlexGrow(0).setKey("verdict");
        list.setHeight("calc(100vh - 16rem)");
        list.setMinHeight("18rem");
    }

    private static String meta(ClaimReview r) {
        String status = Texts.t(r.claim().dismissed() ? "claim.not-a-claim" : r.claim().status().labelKey());
        String speaker = r.claim().speaker() == null ? "" : r.claim().speaker() + " · ";
        String stale = r.claim().stale() == null ? ""
                : " · " + Texts.t("claims.stale", Texts.t(r.claim().stale().reason().labelKey()).toLowerCase(Formats.locale()));
        return speaker + Texts.t(r.claim().checkworthiness().labelKey()) + " · " + status + stale;
    }

    private static String verdict(ClaimReview r) {
        if (r.decision() != null) {
            return Texts.t(r.decision().verdict().labelKey());
        }
        int given = r.verdicts().size() + r.hiddenVerdicts();
        return given == 0 ? "" : Texts.t(given == 1 ? "claims.verdicts.one" : "claims.verdicts.many", given);
    }
}
