package org.claimdesk.base;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The address exported links start with: the configured public URL when there is one, else the address the
 * request came to (scheme, host, port and context path as the servlet container saw them), else the local
 * default. X-Forwarded-* headers count only where Spring's ForwardedHeaderFilter (server.forward-headers-strategy
 * = framework) has already rewritten the request; none is read here, so a client cannot choose the links.
 */
public final class SiteAddress {

    /** Used when nothing is configured and there is no request (a background job). */
    public static final String FALLBACK = "http://localhost:8080";

    private SiteAddress() {
    }

    public static String choose(String configured, String requestBase) {
        if (configured != null && !configured.isBlank()) {
            return trimmed(configured);
        }
        return requestBase != null && !requestBase.isBlank() ? trimmed(requestBase) : FALLBACK;
    }

    /** Where this request was sent: {@code https://desk.example.org/claimdesk}. */
    public static String of(HttpServletRequest request) {
        return trimmed(ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString());
    }

    private static String trimmed(String address) {
        return address.strip().replaceAll("/+$", "");
    }
}
