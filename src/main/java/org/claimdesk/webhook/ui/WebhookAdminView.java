package org.claimdesk.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.MainLayout;
import org.claimdesk.base.ui.ServiceAction;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.security.Role;
import org.claimdesk.webhook.WebhookDelivery;
import org.claimdesk.webhook.WebhookEndpoint;
import org.claimdesk.webhook.WebhookService;

/** Admins register webhook endpoints, delete them, and read each one's delivery log. */
@Route(value = "admin/webhooks", layout = MainLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
public class WebhookAdminView extends VerticalLayout implements HasDynamicTitle {

    private final WebhookService webhooks;
    final Grid<WebhookEndpoint> endpoints = new Grid<>();
    final Grid<WebhookDelivery> deliveries = new Grid<>();
    final H3 logTitle = new H3(getTranslation("webhooks.deliveries"));

    WebhookAdminView(WebhookService webhooks) {
        this.webhooks = webhooks;
        addClassName("page");
        setSizeFull();
        endpoints.setId("webhooks");
        endpoints.addColumn(WebhookEndpoint::url).setHeader(getTranslation("webhooks.address")).setFlexGrow(3);
        endpoints.addColumn(e -> String.join(", ", e.events())).setHeader(getTranslation("webhooks.events")).setFlexGrow(2);
        endpoints.addColumn(e -> e.createdBy() + ", " + Formats.dateTime(e.createdAt())).setHeader(getTranslation("webhooks.registered"));
        endpoints.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        endpoints.setAllRowsVisible(true);
        deliveries.setId("webhook-deliveries");
        deliveries.addColumn(WebhookDelivery::event).setHeader(getTranslation("webhooks.event"));
        deliveries.addColumn(WebhookDelivery::eventId).setHeader(getTranslation("webhooks.event-id")).setFlexGrow(2);
        deliveries.addColumn(WebhookDelivery::status).setHeader(getTranslation("webhooks.status"));
        deliveries.addColumn(WebhookDelivery::attempts).setHeader(getTranslation("webhooks.attempts"));
        deliveries.addColumn(WebhookAdminView::lastAttempt).setHeader(getTranslation("webhooks.last-attempt")).setFlexGrow(3);
        deliveries.setVisible(false);
        logTitle.setVisible(false);
        add(new H2(getTranslation("nav.webhooks")), new Paragraph(getTranslation("webhooks.help")), new WebhookForm(webhooks, this::refresh),
                endpoints, logTitle, deliveries);
        refresh();
    }

    private HorizontalLayout actions(WebhookEndpoint endpoint) {
        Button log = new Button(getTranslation("webhooks.deliveries"), e -> showLog(endpoint));
        log.setId("webhook-log-" + endpoint.id());
        log.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button(getTranslation("webhooks.delete"), e -> ServiceAction.run(() -> webhooks.delete(endpoint.id()),
                getTranslation("webhooks.deleted"), this::refresh));
        delete.setId("webhook-delete-" + endpoint.id());
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(log, delete);
    }

    void showLog(WebhookEndpoint endpoint) {
        logTitle.setText(getTranslation("webhooks.deliveries-to", endpoint.url()));
        deliveries.setItems(webhooks.deliveries(endpoint.id()));
        logTitle.setVisible(true);
        deliveries.setVisible(true);
    }

    private static String lastAttempt(WebhookDelivery d) {
        if (d.log().isEmpty()) {
            return Texts.t("webhooks.not-tried");
        }
        WebhookDelivery.Attempt last = d.log().getLast();
        return Formats.dateTime(last.at()) + " · " + (last.httpStatus() == null ? Texts.t("webhooks.no-answer") : "HTTP " + last.httpStatus())
                + (last.error() == null ? "" : " · " + last.error())
                + (d.nextAttemptAt() == null ? "" : " · " + Texts.t("webhooks.next-try", Formats.dateTime(d.nextAttemptAt())));
    }

    void refresh() {
        endpoints.setItems(webhooks.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.webhooks") + " | ClaimDesk";
    }
}
