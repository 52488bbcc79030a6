package org.claimdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.MainLayout;
import org.claimdesk.base.ui.Notices;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.AccountSummary;
import org.claimdesk.security.PasswordService;
import org.claimdesk.security.Role;

/** Admins list accounts, create them with a role, disable or enable them and reset passwords. */
@Route(value = "admin/accounts", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class AccountAdminView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final PasswordService passwords;
    final Grid<AccountSummary> grid = new Grid<>();

    AccountAdminView(AccountService accounts, PasswordService passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
        addClassName("page");
        setSizeFull();
        Button create = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(),
                e -> new NewAccountDialog(accounts, this::refresh).open());
        create.setId("new-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("accounts");
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("accounts.username")).setSortable(true);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.name"));
        grid.addColumn(a -> getTranslation(RoleLabels.key(a.role()))).setHeader(getTranslation("accounts.role"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.enabled" : "accounts.disabled")).setHeader(getTranslation("accounts.state"));
        grid.addColumn(a -> Formats.dateTime(a.createdAt())).setHeader(getTranslation("accounts.created"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true);
        add(new HorizontalLayout(new H2(getTranslation("accounts.title")), create), grid);
        refresh();
    }

    private HorizontalLayout actions(AccountSummary account) {
        Button toggle = new Button(getTranslation(account.enabled() ? "accounts.disable" : "accounts.enable"), e -> {
            accounts.setEnabled(account.username(), !account.enabled());
            Notices.success(getTranslation(account.enabled() ? "accounts.was-disabled" : "accounts.was-enabled",
                    account.username()));
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.setId("toggle-" + account.username());
        Button reset = new Button(getTranslation("accounts.reset-password"), e -> new PasswordResetDialog(passwords, account.username()).open());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(toggle, reset);
    }

    void refresh() {
        grid.setItems(accounts.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.accounts") + " | ClaimDesk";
    }
}
