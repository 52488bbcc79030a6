package org.claimdesk.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Notices;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.security.PasswordService;

/** An admin sets a new password for someone who lost theirs. */
class PasswordResetDialog extends Dialog {

    PasswordResetDialog(PasswordService passwords, String username) {
        setHeaderTitle(getTranslation("accounts.reset-title", username));
        PasswordField password = new PasswordField(getTranslation("account.new-password"));
        password.setWidthFull();
        add(password);
        Button save = new Button(getTranslation("accounts.set-password"), e -> {
            try {
                passwords.resetPassword(username, password.getValue());
                Notices.success(getTranslation("accounts.password-was-reset", username));
                close();
            } catch (InvalidInputException ex) {
                Notices.error(Texts.message(ex));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
