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
import org.claimdesk.base.ui.Texts;
import org.claimdesk.security.AccountService;
import org.claimdesk.security.NewAccount;
import org.claimdesk.security.PasswordPolicy;
import org.claimdesk.security.Role;

/** Create an account; the service's rules decide, and its message is shown in the dialog, input kept. */
class NewAccountDialog extends Dialog {

    final TextField username = new TextField(getTranslation("accounts.username"));
    final TextField displayName = new TextField(getTranslation("accounts.full-name"));
    final Select<Role> role = new Select<>();
    final PasswordField password = new PasswordField(getTranslation("accounts.initial-password"));

    NewAccountDialog(AccountService accounts, Runnable onCreated) {
        setHeaderTitle(getTranslation("accounts.new"));
        username.setId("new-username");
        username.setRequired(true);
        username.setHelperText(getTranslation("accounts.username-help"));
        displayName.setId("new-display-name");
        role.setLabel(getTranslation("accounts.role"));
        role.setId("new-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(RoleLabels.key(r)));
        role.setValue(Role.REVIEWER);
        password.setId("new-password");
        password.setHelperText(getTranslation("accounts.password-length", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH));
        add(new FormLayout(username, displayName, role, password));

        Button save = new Button(getTranslation("accounts.create"), e -> {
            try {
                accounts.create(new NewAccount(username.getValue(), displayName.getValue(), role.getValue(),
                        password.getValue()));
                Notices.success(getTranslation("accounts.was-created", username.getValue().strip().toLowerCase()));
                onCreated.run();
                close();
            } catch (InvalidInputException | ConflictException ex) {
                Notices.error(Texts.message(ex));
            }
        });
        save.setId("create-account");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
