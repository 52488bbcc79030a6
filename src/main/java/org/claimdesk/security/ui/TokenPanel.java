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
        name.setPlaceholder("What is it for? e.g. newsroom CMS");
        name.setId("token-name");
        name.setMaxLength(100);
        name.setWidth("22rem");
        Button create = new Button("Create token", e -> {
            showOnce(tokens.create(name.getValue()));
            name.clear();
            refresh();
        });
        create.setId("create-token");

        grid.setId("tokens");
        grid.addColumn(ApiTokenSummary::name).setHeader("Name");
        grid.addColumn(t -> Formats.dateTime(t.createdAt())).setHeader("Created");
        grid.addColumn(t -> t.lastUsedAt() == null ? "never" : Formats.dateTime(t.lastUsedAt())).setHeader("Last used");
        grid.addColumn(t -> t.active() ? "active" : "revoked " + Formats.dateTime(t.revokedAt())).setHeader("State");
        grid.addComponentColumn(t -> {
            Button revoke = new Button("Revoke", e -> {
                tokens.revoke(t.id());
                Notices.success("Token '" + t.name() + "' revoked.");
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
                done -> Notices.success("Token copied to the clipboard."),
                refused -> Notices.error("The browser did not allow copying; select the token and copy it yourself."));
    }

    private static void showOnce(IssuedToken issued) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Your new token '" + issued.name() + "'");
        Div secret = new Div(issued.token());
        secret.setId("issued-token");
        secret.addClassName("secret-once");
        dialog.add(new Paragraph("Copy it now: ClaimDesk keeps only a hash and cannot show it again."), secret);
        Button copy = new Button("Copy token", e -> copy(issued.token()));
        copy.setId("copy-token");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(copy, new Button("Done", e -> dialog.close()));
        dialog.open();
    }
}
