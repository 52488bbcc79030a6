package org.claimdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Accounts | ClaimDesk")
@RolesAllowed(Role.ADMIN_NAME)
public class AccountAdminView extends VerticalLayout {

    private final AccountService accounts;
    private final PasswordService passwords;
    final Grid<AccountSummary> grid = new Grid<>();

    AccountAdminView(AccountService accounts, PasswordService passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
        addClassName("page");
        setSizeFull();
        Button create = new Button("New account", VaadinIcon.PLUS.create(),
                e -> new NewAccountDialog(accounts, this::refresh).open());
        create.setId("new-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("accounts");
        grid.addColumn(AccountSummary::username).setHeader("Username").setSortable(true);
        grid.addColumn(AccountSummary::displayName).setHeader("Name");
        grid.addColumn(a -> a.role().name().toLowerCase()).setHeader("Role");
        grid.addColumn(a -> a.enabled() ? "enabled" : "disabled").setHeader("State");
        grid.addColumn(a -> Formats.dateTime(a.createdAt())).setHeader("Created");
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true);
        add(new HorizontalLayout(new H2("Accounts"), create), grid);
        refresh();
    }

    private HorizontalLayout actions(AccountSummary account) {
        Button toggle = new Button(account.enabled() ? "Disable" : "Enable", e -> {
            accounts.setEnabled(account.username(), !account.enabled());
            Notices.success("Account '" + account.username() + "' " + (account.enabled()
                    ? "disabled: its sessions ended and its API tokens were revoked." : "enabled."));
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.setId("toggle-" + account.username());
        Button reset = new Button("Reset password", e -> new PasswordResetDialog(passwords, account.username()).open());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(toggle, reset);
    }

    void refresh() {
        grid.setItems(accounts.list());
    }
}
