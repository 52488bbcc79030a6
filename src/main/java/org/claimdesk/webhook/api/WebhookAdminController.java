package org.claimdesk.webhook.api;

import java.util.List;

import org.claimdesk.webhook.WebhookDelivery;
import org.claimdesk.webhook.WebhookEndpoint;
import org.claimdesk.webhook.WebhookRegistration;
import org.claimdesk.webhook.WebhookService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins' webhook endpoints and their delivery logs. The secret goes in with a registration and never out. */
@RestController
@RequestMapping("/api/v1/admin/webhooks")
class WebhookAdminController {

    private final WebhookService webhooks;

    WebhookAdminController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    WebhookEndpoint register(@RequestBody WebhookRegistration registration) {
        return webhooks.register(registration);
    }

    @GetMapping
    List<WebhookEndpoint> list() {
        return webhooks.list();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id) {
        webhooks.delete(id);
    }

    @GetMapping("/{id}/deliveries")
    List<WebhookDelivery> deliveries(@PathVariable long id) {
        return webhooks.deliveries(id);
    }
}
