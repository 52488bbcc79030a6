package org.claimdesk.webhook.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.MainLayout;
import org.claimdesk.base.ui.ServiceAction;
import org.claimdesk.security.Role;
import org.claimdesk.webhook.WebhookDelivery;
import org.claimdesk.webhook.WebhookEndpoint;
import org.claimdesk.webhook.WebhookService;

/** Admins register webhook endpoints, delete them, and read each one's delivery log. */
@Route(value = "admin/webhooks", layout = MainLayout.class)
@PageTitle("Webhooks | ClaimDesk")
@RolesAllowed(Role.ADMIN_NAME)
public class WebhookAdminView extends VerticalLayout {

    private final WebhookService webhooks;
    final Grid<WebhookEndpoint> endpoints = new Grid<>();
    final Grid<WebhookDelivery> deliveries = new Grid<>();
    final H3 logTitle = new H3("Deliveries");

    WebhookAdminView(WebhookService webhooks) {
        this.webhooks = webhooks;
        addClassName("page");
        setSizeFull();
        endpoints.setId("webhooks");
        endpoints.addColumn(WebhookEndpoint::url).setHeader("Address").setFlexGrow(3);
        endpoints.addColumn(e -> String.join(", ", e.events())).setHeader("Events").setFlexGrow(2);
        endpoints.addColumn(e -> e.createdBy() + ", " + Formats.dateTime(e.createdAt())).setHeader("Registered");
        endpoints.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true);
        endpoints.setAllRowsVisible(true);
        deliveries.setId("webhook-deliveries");
        deliveries.addColumn(WebhookDelivery::event).setHeader("Event");
        deliveries.addColumn(WebhookDelivery::eventId).setHeader("Event id").setFlexGrow(2);
        deliveries.addColumn(WebhookDelivery::status).setHeader("Status");
        deliveries.addColumn(WebhookDelivery::attempts).setHeader("Attempts");
        deliveries.addColumn(WebhookAdminView::lastAttempt).setHeader("Last attempt").setFlexGrow(3);
        deliveries.setVisible(false);
        logTitle.setVisible(false);
        add(new H2("Webhooks"), new Paragraph("Each event is POSTed as JSON, signed with the endpoint's secret"
                + " (X-ClaimDesk-Signature: sha256=HMAC of the body). Payloads are complete, also for blind"
                + " reviews: register only endpoints your desk trusts."), new WebhookForm(webhooks, this::refresh),
                endpoints, logTitle, deliveries);
        refresh();
    }

    private HorizontalLayout actions(WebhookEndpoint endpoint) {
        Button log = new Button("Deliveries", e -> showLog(endpoint));
        log.setId("webhook-log-" + endpoint.id());
        log.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button("Delete", e -> ServiceAction.run(() -> webhooks.delete(endpoint.id()),
                "Endpoint deleted: nothing more is sent to it.", this::refresh));
        delete.setId("webhook-delete-" + endpoint.id());
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(log, delete);
    }

    void showLog(WebhookEndpoint endpoint) {
        logTitle.setText("Deliveries to " + endpoint.url());
        deliveries.setItems(webhooks.deliveries(endpoint.id()));
        logTitle.setVisible(true);
        deliveries.setVisible(true);
    }

    private static String lastAttempt(WebhookDelivery d) {
        if (d.log().isEmpty()) {
            return "not yet tried";
        }
        WebhookDelivery.Attempt last = d.log().getLast();
        return Formats.dateTime(last.at()) + " · " + (last.httpStatus() == null ? "no answer" : "HTTP " + last.httpStatus())
                + (last.error() == null ? "" : " · " + last.error())
                + (d.nextAttemptAt() == null ? "" : " · next try " + Formats.dateTime(d.nextAttemptAt()));
    }

    void refresh() {
        endpoints.setItems(webhooks.list());
    }
}
