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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.MainLayout;
import org.claimdesk.base.ui.Notices;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.security.AccountPreferencesService;
import org.claimdesk.security.ApiTokenService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import org.claimdesk.security.PasswordPolicy;
import org.claimdesk.security.PasswordService;
import org.claimdesk.security.SessionValidity;

/**
 * Every user's own page: change the password (ending the other sessions), manage personal API tokens, choose the
 * UI language and time zone.
 */
@Route(value = "account", layout = MainLayout.class)
@PermitAll
public class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    private final PasswordService passwords;
    private final ApiTokenService tokens;
    private final PasswordField current = new PasswordField(getTranslation("account.current-password"));
    private final PasswordField next = new PasswordField(getTranslation("account.new-password"));
    private final PasswordField repeat = new PasswordField(getTranslation("account.repeat-password"));
    private final Checkbox revokeTokens = new Checkbox();
    private final TokenPanel tokenPanel;

    MyAccountView(PasswordService passwords, ApiTokenService tokens, AccountPreferencesService preferences) {
        this.passwords = passwords;
        this.tokens = tokens;
        addClassName("page");
        current.setId("current-password");
        next.setId("new-password");
        repeat.setId("repeat-password");
        revokeTokens.setId("revoke-tokens");
        next.setHelperText(getTranslation("account.password-help", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.MAX_LENGTH));
        next.setMaxLength(PasswordPolicy.MAX_LENGTH * 2);
        Button change = new Button(getTranslation("account.change-password"), e -> changePassword());
        change.setId("change-password");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tokenPanel = new TokenPanel(tokens);
        updateRevokeLabel();

        FormLayout form = new FormLayout(current, next, repeat);
        form.setMaxWidth("40rem");
        add(whoAmI(), new H2(getTranslation("account.password")), form,
                new Paragraph(getTranslation("account.password-signs-out")),
                revokeTokens, change,
                new H2(getTranslation("account.tokens")),
                new Paragraph(getTranslation("account.tokens-help")),
                tokenPanel);
        add(new PreferencesForm(preferences));
    }

    /** "Signed in as alice · Role: Reviewer (records verdicts on claims)". */
    private static Paragraph whoAmI() {
        String role = java.util.Arrays.stream(Role.values()).filter(CurrentUser::hasRole)
                .map(r -> switch (r) {
                    case REVIEWER -> Texts.t("account.role.reviewer");
                    case EDITOR -> Texts.t("account.role.editor");
                    case ADMIN -> Texts.t("account.role.admin");
                }).findFirst().orElse(Texts.t("account.role.none"));
        Paragraph who = new Paragraph(Texts.t("account.who", CurrentUser.username().orElse("?"), role));
        who.setId("who-am-i");
        return who;
    }

    private void updateRevokeLabel() {
        long active = tokens.countMineActive();
        revokeTokens.setLabel(getTranslation(active == 1 ? "account.revoke-tokens.one" : "account.revoke-tokens.many",
                Formats.number(active)));
        revokeTokens.setEnabled(active > 0);
    }

    private void changePassword() {
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setInvalid(true);
            repeat.setErrorMessage(getTranslation("account.passwords-differ"));
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
            Notices.success(getTranslation(revoke ? "account.password-changed-tokens-revoked"
                    : "account.password-changed"));
        } catch (InvalidInputException e) {
            Notices.error(Texts.message(e));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.account") + " | ClaimDesk";
    }
}
