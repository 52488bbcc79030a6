package org.claimdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.MainLayout;
import org.claimdesk.base.ui.Notices;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.ApiTokenService;
import org.claimdesk.security.PasswordPolicy;

/** Every user's own page: change the password, manage personal API tokens. */
@Route(value = "account", layout = MainLayout.class)
@PageTitle("My account | ClaimDesk")
@PermitAll
public class MyAccountView extends VerticalLayout {

    private final AccountService accounts;
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("New password again");

    MyAccountView(AccountService accounts, ApiTokenService tokens) {
        this.accounts = accounts;
        addClassName("page");
        current.setId("current-password");
        next.setId("new-password");
        repeat.setId("repeat-password");
        next.setHelperText(PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                + " characters, any language; common passwords are refused.");
        next.setMaxLength(PasswordPolicy.MAX_LENGTH * 2);
        Button change = new Button("Change password", e -> changePassword());
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("40rem");
        add(new H2("Password"), form, change,
                new H2("API tokens"),
                new Paragraph("Scripts and integrations use a personal token instead of your password: "
                        + "send it as 'Authorization: Bearer <token>'. It stops working when you revoke it."),
                new TokenPanel(tokens));
    }

    private void changePassword() {
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage("The two new passwords differ.");
            return;
        }
        repeat.setInvalid(false);
        try {
            accounts.changeOwnPassword(current.getValue(), next.getValue());
            current.clear();
            next.clear();
            repeat.clear();
            Notices.success("Your password was changed.");
        } catch (InvalidInputException e) {
            Notices.error(e.getMessage());
        }
    }
}
