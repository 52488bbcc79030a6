package org.claimdesk.webhook.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.base.ui.ServiceAction;
import org.claimdesk.webhook.WebhookEvent;
import org.claimdesk.webhook.WebhookRegistration;
import org.claimdesk.webhook.WebhookService;

/** Registers an endpoint: address, secret and events; the service checks them, the form keeps what was typed. */
class WebhookForm extends FormLayout {

    final TextField url = new TextField(getTranslation("webhooks.endpoint-address"));
    final PasswordField secret = new PasswordField(getTranslation("webhooks.secret"));
    final CheckboxGroup<WebhookEvent> events = new CheckboxGroup<>(getTranslation("webhooks.events"));
    final Button register = new Button(getTranslation("webhooks.register"));

    WebhookForm(WebhookService webhooks, Runnable registered) {
        url.setId("webhook-url");
        url.setPlaceholder("https://partner.example.org/claimdesk");
        url.setWidthFull();
        secret.setId("webhook-secret");
        events.setId("webhook-events");
        events.setItems(WebhookEvent.values());
        events.setItemLabelGenerator(WebhookEvent::wireName);
        events.select(WebhookEvent.values());
        register.setId("register-webhook");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> ServiceAction.run(() -> webhooks.register(new WebhookRegistration(
                url.getValue(), secret.getValue(), selected())), getTranslation("webhooks.was-registered"), () -> {
                    url.clear();
                    secret.clear();
                    registered.run();
                }));
        add(url, secret, events, register);
        setColspan(url, 2);
    }

    private List<String> selected() {
        return Arrays.stream(WebhookEvent.values()).filter(events.getSelectedItems()::contains)
                .map(WebhookEvent::wireName).toList();
    }
}
