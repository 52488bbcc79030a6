package org.claimdesk.webhook.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.claimdesk.webhook.WebhookEndpoint;
import org.claimdesk.webhook.WebhookEvent;
import org.claimdesk.webhook.WebhookService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class WebhookAdminViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    WebhookService webhooks;

    @BeforeEach
    void signInAsAdmin() {
        KaribuUi.start(context);
        KaribuUi.signIn(context, IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        UI.getCurrent().navigate(WebhookAdminView.class);
    }

    @AfterEach
    void stop() {
        webhooks.list().forEach(e -> webhooks.delete(e.id()));
        KaribuUi.stop();
    }

    @SuppressWarnings("unchecked")
    private List<WebhookEndpoint> rows() {
        Grid<WebhookEndpoint> grid = _get(Grid.class, spec -> spec.withId("webhooks"));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    /** The row's "Deliveries" (0) or "Delete" (1) button. */
    @SuppressWarnings("unchecked")
    private Button action(int row, int which) {
        Grid<WebhookEndpoint> grid = _get(Grid.class, spec -> spec.withId("webhooks"));
        return (Button) GridKt._getCellComponent(grid, row, "actions").getChildren().skip(which).findFirst().orElseThrow();
    }

    private List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText).toList();
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_admin_registers_an_endpoint_for_chosen_events_and_opens_its_empty_log() {
        _get(TextField.class, spec -> spec.withId("webhook-url")).setValue("http://127.0.0.1:9/hook");
        _get(PasswordField.class, spec -> spec.withId("webhook-secret")).setValue("a secret of sixteen+");
        CheckboxGroup<WebhookEvent> events = _get(CheckboxGroup.class, spec -> spec.withId("webhook-events"));
        events.setValue(java.util.Set.of(WebhookEvent.CLAIM_CORRECTED, WebhookEvent.ARTICLE_PUBLISHED));
        _click(_get(Button.class, spec -> spec.withId("register-webhook")));

        assertThat(notifications()).contains("Endpoint registered.");
        assertThat(rows()).singleElement().satisfies(e -> {
            assertThat(e.url()).isEqualTo("http://127.0.0.1:9/hook");
            assertThat(e.events()).containsExactly("claim.corrected", "article.published");
        });
        assertThat(_get(TextField.class, spec -> spec.withId("webhook-url")).getValue()).isEmpty();
        _click(action(0, 0));
        Grid<?> log = _get(Grid.class, spec -> spec.withId("webhook-deliveries"));
        assertThat(log.isVisible()).isTrue();
        assertThat(GridKt._size(log)).isZero();
    }

    @Test
    void a_private_address_is_refused_with_the_reason_and_the_form_keeps_it() {
        _get(TextField.class, spec -> spec.withId("webhook-url")).setValue("http://192.168.1.20/hook");
        _get(PasswordField.class, spec -> spec.withId("webhook-secret")).setValue("a secret of sixteen+");
        _click(_get(Button.class, spec -> spec.withId("register-webhook")));

        assertThat(notifications()).anyMatch(t -> t.contains("private or local network"));
        assertThat(_get(TextField.class, spec -> spec.withId("webhook-url")).getValue()).isEqualTo("http://192.168.1.20/hook");
        assertThat(rows()).isEmpty();
    }

    @Test
    void deleting_an_endpoint_removes_it_from_the_list() {
        _get(TextField.class, spec -> spec.withId("webhook-url")).setValue("http://127.0.0.1:9/hook");
        _get(PasswordField.class, spec -> spec.withId("webhook-secret")).setValue("a secret of sixteen+");
        _click(_get(Button.class, spec -> spec.withId("register-webhook")));

        _click(action(0, 1));

        assertThat(rows()).isEmpty();
        assertThat(notifications()).contains("Endpoint deleted: nothing more is sent to it.");
    }
}
