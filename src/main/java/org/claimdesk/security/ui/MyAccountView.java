package org.claimdesk.security.ui;

import java.time.Instant;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.MainLayout;
import org.claimdesk.base.ui.Notices;
import org.claimdesk.security.ApiTokenService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.PasswordPolicy;
import org.claimdesk.security.PasswordService;
import org.claimdesk.security.SessionValidity;

/** Every user's own page: change the password (ending the other sessions), manage personal API tokens. */
@Route(value = "account", layout = MainLayout.class)
@PageTitle("My account | ClaimDesk")
@PermitAll
public class MyAccountView extends VerticalLayout {

    private final PasswordService passwords;
    private final ApiTokenService tokens;
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("New password again");
    private final Checkbox revokeTokens = new Checkbox();
    private final TokenPanel tokenPanel;

    MyAccountView(PasswordService passwords, ApiTokenService tokens) {
        this.passwords = passwords;
        this.tokens = tokens;
        addClassName("page");
        current.setId("current-password");
        next.setId("new-password");
        repeat.setId("repeat-password");
        revokeTokens.setId("revoke-tokens");
        next.setHelperText(PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                + " characters, any language; common or easily guessed passwords are refused.");
        next.setMaxLength(PasswordPolicy.MAX_LENGTH * 2);
        Button change = new Button("Change password", e -> changePassword());
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tokenPanel = new TokenPanel(tokens);
        updateRevokeLabel();

        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("40rem");
        add(whoAmI(), new H2("Password"), form,
                new Paragraph("Changing it signs you out everywhere else (other browsers and devices)."),
                revokeTokens, change,
                new H2("API tokens"),
                new Paragraph("Scripts and integrations use a personal token instead of your password: "
                        + "send it as 'Authorization: Bearer <token>'. It stops working when you revoke it."),
                tokenPanel);
    }

    /** "Signed in as alice · Role: Reviewer (records verdicts on claims)". */
    private static Paragraph whoAmI() {
        String role = java.util.Arrays.stream(Role.values()).filter(CurrentUser::hasRole)
                .map(r -> switch (r) {
                    case REVIEWER -> "Reviewer (records verdicts on claims)";
                    case EDITOR -> "Editor (decides final verdicts, approves claims, assigns reviewers)";
                    case ADMIN -> "Admin (manages accounts)";
                }).findFirst().orElse("none");
        Paragraph who = new Paragraph("Signed in as " + CurrentUser.username().orElse("?") + " · Role: " + role);
        who.setId("who-am-i");
        return who;
    }

    private void updateRevokeLabel() {
        long active = tokens.countMineActive();
        revokeTokens.setLabel("Also revoke my " + active + " active API token" + (active == 1 ? "" : "s"));
        revokeTokens.setEnabled(active > 0);
    }

    private void changePassword() {
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage("The two new passwords differ.");
            return;
        }
        repeat.setInvalid(false);
        try {
            boolean revoke = revokeTokens.getValue();
            Instant keptFrom = passwords.changeOwnPassword(current.getValue(), next.getValue(), revoke);
            if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
                SessionValidity.keep(request.getHttpServletRequest().getSession(), keptFrom);
            }
            current.clear();
            next.clear();
            repeat.clear();
            revokeTokens.clear();
            tokenPanel.refresh();
            updateRevokeLabel();
            Notices.success("Your password was changed; your other sessions were ended"
                    + (revoke ? " and your API tokens revoked." : "."));
        } catch (InvalidInputException e) {
            Notices.error(e.getMessage());
        }
    }
}
