package org.claimdesk.claim.ui;

import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.claimdesk.article.ArticleService;
import org.claimdesk.base.ui.ArticleToolbarItem;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.ServiceAction;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.claim.RecheckResult;
import org.claimdesk.claim.RecheckService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/**
 * On the article page, for editors, when the article came from the web: "Re-check source" fetches it again
 * (the same service as {@code POST /api/v1/articles/{id}/recheck}), says what changed, and reloads the page.
 */
@org.springframework.stereotype.Component
class RecheckButton implements ArticleToolbarItem {

    private final RecheckService rechecks;
    private final ArticleService articles;

    RecheckButton(RecheckService rechecks, ArticleService articles) {
        this.rechecks = rechecks;
        this.articles = articles;
    }

    @Override
    public Component create(Long articleId) {
        Div holder = new Div();
        if (!CurrentUser.hasRole(Role.EDITOR) || articles.get(articleId).sourceUrl() == null) {
            return holder;
        }
        Button recheck = new Button(Texts.t("recheck.button"));
        recheck.setId("recheck-article");
        recheck.setTooltipText(Texts.t("recheck.help"));
        recheck.setDisableOnClick(true);
        recheck.addClickListener(e -> {
            AtomicReference<RecheckResult> result = new AtomicReference<>();
            boolean done = ServiceAction.run(() -> result.set(rechecks.recheck(articleId)), Texts.t("recheck.fetched"),
                    () -> announce(result.get()));
            recheck.setEnabled(!done);
        });
        holder.add(recheck);
        return holder;
    }

    private static void announce(RecheckResult r) {
        int stale = r.staleClaims().size();
        int unplaced = r.unplaced().size();
        String message = !r.changed() ? Texts.t("recheck.unchanged", r.revision())
                : Texts.t("recheck.changed", r.revision()) + " "
                        + Texts.t(stale == 1 ? "recheck.stale.one" : "recheck.stale.many", Formats.number(stale))
                        + (unplaced == 0 ? "" : ", " + Texts.t(unplaced == 1 ? "recheck.unplaced.one"
                                : "recheck.unplaced.many", Formats.number(unplaced)))
                        + "; " + Texts.t("recheck.waiting");
        org.claimdesk.base.ui.Notices.success(message);
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
