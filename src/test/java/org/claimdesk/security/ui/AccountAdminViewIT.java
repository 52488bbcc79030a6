package org.claimdesk.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.claimdesk.security.AccountSummary;
import org.claimdesk.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class AccountAdminViewIT {

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void signInAsAdmin() {
        KaribuUi.start(context);
        KaribuUi.signIn(context, IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        UI.getCurrent().navigate(AccountAdminView.class);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @SuppressWarnings("unchecked")
    private List<AccountSummary> rows() {
        Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withId("accounts"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    private List<String> usernames() {
        return rows().stream().map(AccountSummary::username).toList();
    }

    private List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }

    @Test
    void the_admin_sees_every_account_including_the_demo_ones() {
        assertThat(usernames()).contains("alice", "bob", "erin", IntegrationTest.ADMIN);
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_admin_creates_an_editor_through_the_dialog() {
        _click(_get(Button.class, spec -> spec.withId("new-account")));
        _get(TextField.class, spec -> spec.withId("new-username")).setValue("Nadia");
        _get(TextField.class, spec -> spec.withId("new-display-name")).setValue("Nadia Desk");
        ((Select<Role>) _get(Select.class, spec -> spec.withId("new-role"))).setValue(Role.EDITOR);
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("a long enough secret");
        _click(_get(Button.class, spec -> spec.withId("create-account")));

        assertThat(rows()).anyMatch(a -> a.username().equals("nadia") && a.role() == Role.EDITOR
                && a.displayName().equals("Nadia Desk"));
        assertThat(notifications()).contains("Account 'nadia' created.");
    }

    @Test
    void a_refused_password_keeps_the_dialog_open_with_the_reason() {
        _click(_get(Button.class, spec -> spec.withId("new-account")));
        _get(TextField.class, spec -> spec.withId("new-username")).setValue("olga");
        _get(PasswordField.class, spec -> spec.withId("new-password")).setValue("short");
        _click(_get(Button.class, spec -> spec.withId("create-account")));

        assertThat(notifications()).anyMatch(t -> t.contains("at least 8 characters"));
        assertThat(_get(TextField.class, spec -> spec.withId("new-username")).getValue()).isEqualTo("olga");
        assertThat(usernames()).doesNotContain("olga");
    }

    @SuppressWarnings("unchecked")
    private Button enableToggleOf(String username) {
        Grid<AccountSummary> grid = _get(Grid.class, spec -> spec.withId("accounts"));
        int row = usernames().indexOf(username);
        Component actions = GridKt._getCellComponent(grid, row, "actions");
        return (Button) actions.getChildren().findFirst().orElseThrow();
    }

    @Test
    void the_admin_disables_and_enables_an_account() {
        _click(enableToggleOf("bob"));
        assertThat(rows()).anyMatch(a -> a.username().equals("bob") && !a.enabled());
        assertThat(enableToggleOf("bob").getText()).isEqualTo("Enable");

        _click(enableToggleOf("bob"));
        assertThat(rows()).anyMatch(a -> a.username().equals("bob") && a.enabled());
    }
}
