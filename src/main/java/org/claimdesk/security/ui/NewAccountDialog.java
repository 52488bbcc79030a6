package org.claimdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Notices;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.NewAccount;
import org.claimdesk.security.PasswordPolicy;
import org.claimdesk.security.Role;

/** Create an account; the service's rules decide, and its message is shown in the dialog, input kept. */
class NewAccountDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Full name");
    final Select<Role> role = new Select<>();
    final PasswordField password = new PasswordField("Initial password");

    NewAccountDialog(AccountService accounts, Runnable onCreated) {
        setHeaderTitle("New account");
        username.setId("new-username");
        username.setRequired(true);
        username.setHelperText("Lower-case letters, digits, '.', '_' or '-'");
        displayName.setId("new-display-name");
        role.setLabel("Role");
        role.setId("new-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r.name().toLowerCase());
        role.setValue(Role.REVIEWER);
        password.setId("new-password");
        password.setHelperText(PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH + " characters");
        add(new FormLayout(username, displayName, role, password));

        Button save = new Button("Create", e -> {
            try {
                accounts.create(new NewAccount(username.getValue(), displayName.getValue(), role.getValue(),
                        password.getValue()));
                Notices.success("Account '" + username.getValue().strip().toLowerCase() + "' created.");
                onCreated.run();
                close();
            } catch (InvalidInputException | ConflictException ex) {
                Notices.error(ex.getMessage());
            }
        });
        save.setId("create-account");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
