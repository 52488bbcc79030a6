package org.claimdesk.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Notices;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.security.ApiTokenService;
import org.claimdesk.security.ApiTokenSummary;
import org.claimdesk.security.IssuedToken;

/** Lists the signed-in user's API tokens; creates one (shown once) and revokes. */
class TokenPanel extends VerticalLayout {

    private final ApiTokenService tokens;
    private final Grid<ApiTokenSummary> grid = new Grid<>();

    TokenPanel(ApiTokenService tokens) {
        this.tokens = tokens;
        setPadding(false);
        TextField name = new TextField();
        name.setPlaceholder(getTranslation("token.name-placeholder"));
        name.setId("token-name");
        name.setMaxLength(100);
        name.setWidth("22rem");
        Button create = new Button(getTranslation("token.create"), e -> {
            showOnce(tokens.create(name.getValue()));
            name.clear();
            refresh();
        });
        create.setId("create-token");

        grid.setId("tokens");
        grid.addColumn(ApiTokenSummary::name).setHeader(getTranslation("token.name"));
        grid.addColumn(t -> Formats.dateTime(t.createdAt())).setHeader(getTranslation("token.created"));
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("token.never") : Formats.dateTime(t.lastUsedAt())).setHeader(getTranslation("token.last-used"));
        grid.addColumn(t -> t.active() ? getTranslation("token.active") : getTranslation("token.revoked-at", Formats.dateTime(t.revokedAt()))).setHeader(getTranslation("token.state"));
        grid.addComponentColumn(t -> {
            Button revoke = new Button(getTranslation("token.revoke"), e -> {
                tokens.revoke(t.id());
                Notices.success(getTranslation("token.revoked", t.name()));
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setEnabled(t.active());
            return revoke;
        }).setHeader("");
        grid.setAllRowsVisible(true);
        add(new HorizontalLayout(name, create), grid);
        refresh();
    }

    void refresh() {
        grid.setItems(tokens.listMine());
    }

    /** The browser's clipboard (no bundle needed); says whether it worked, since a browser may refuse. */
    private static void copy(String token) {
        UI.getCurrent().getPage().executeJs("return navigator.clipboard.writeText($0)", token).then(
                done -> Notices.success(Texts.t("token.copied")),
                refused -> Notices.error(Texts.t("token.copy-refused")));
    }

    private static void showOnce(IssuedToken issued) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Texts.t("token.issued.title", issued.name()));
        Div secret = new Div(issued.token());
        secret.setId("issued-token");
        secret.addClassName("secret-once");
        dialog.add(new Paragraph(Texts.t("token.issued.copy-now")), secret);
        Button copy = new Button(Texts.t("token.copy"), e -> copy(issued.token()));
        copy.setId("copy-token");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(copy, new Button(Texts.t("action.done"), e -> dialog.close()));
        dialog.open();
    }
}
