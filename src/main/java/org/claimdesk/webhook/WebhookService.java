package org.claimdesk.webhook;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.claimdesk.article.OutboundPost;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins register, list and delete webhook endpoints and read each one's delivery log. An endpoint's address
 * must pass the URL import's checks (no private or local network unless allow-listed); its secret is stored
 * to sign deliveries and is never shown again.
 */
@Service
public class WebhookService {

    static final int MIN_SECRET = 16;
    static final int MAX_SECRET = 200;
    static final int MAX_URL = 2048;
    /** How many of an endpoint's latest deliveries the log shows. */
    public static final int LOG_SIZE = 100;

    private final EndpointStore endpoints;
    private final DeliveryStore deliveries;
    private final OutboundPost outbound;
    private final Clock clock;

    WebhookService(EndpointStore endpoints, DeliveryStore deliveries, OutboundPost outbound, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.outbound = outbound;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public WebhookEndpoint register(WebhookRegistration registration) {
        if (registration == null) {
            throw new InvalidInputException("error.webhook.body-required");
        }
        String url = registration.url() == null ? "" : registration.url().strip();
        if (url.isEmpty() || url.length() > MAX_URL) {
            throw new InvalidInputException("error.webhook.url", MAX_URL);
        }
        outbound.check(url);
        String secret = registration.secret() == null ? "" : registration.secret();
        if (secret.strip().length() < MIN_SECRET || secret.length() > MAX_SECRET) {
            throw new InvalidInputException("error.webhook.secret", MIN_SECRET, MAX_SECRET);
        }
        List<String> events = events(registration.events());
        long id = endpoints.insert(url, secret, events, CurrentUser.require(), clock.instant());
        return endpoints.find(id).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<WebhookEndpoint> list() {
        return endpoints.active();
    }

    /** Stops deliveries to the endpoint (pending ones are not sent); its log stays readable. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id) {
        if (!endpoints.delete(id, CurrentUser.require(), clock.instant())) {
            throw new NotFoundException("error.webhook.not-found", id);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<WebhookDelivery> deliveries(long id) {
        endpoints.find(id).orElseThrow(() -> new NotFoundException("error.webhook.not-found", id));
        return deliveries.latest(id, LOG_SIZE);
    }

    private static List<String> events(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw new InvalidInputException("error.webhook.no-event", WebhookEvent.names());
        }
        Set<String> known = new LinkedHashSet<>();
        for (String name : names) {
            WebhookEvent event = WebhookEvent.ofWireName(name == null ? "" : name.strip()).orElseThrow(() ->
                    new InvalidInputException("error.webhook.unknown-event", name, WebhookEvent.names()));
            known.add(event.wireName());
        }
        return List.copyOf(known);
    }
}
