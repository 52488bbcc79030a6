package org.claimdesk.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes login CSRF: a sign-in form posted from another site must not sign the browser in to the
 * attacker's account. Vaadin's login form posts without a CSRF token, so the browser's own origin headers
 * decide (OWASP "verifying origin with standard headers"): a POST to /login is refused when
 * {@code Sec-Fetch-Site} says it came from another site or, from a browser too old to send that header, when
 * {@code Origin} is not this server's own origin (as seen after forwarded-header handling; "null" included).
 * Every current browser sends Sec-Fetch-Site; clients that send neither header are not browsers, so they carry
 * no victim's cookies to abuse.
 */
class LoginOriginFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginOriginFilter.class);
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        // Sec-Fetch-Site first: with our Referrer-Policy no-referrer, browsers send "Origin: null" even from our page
        boolean foreign = fetchSite != null ? !OWN_SITE.contains(fetchSite.toLowerCase(Locale.ROOT))
                : origin != null && !sameOrigin(origin, request);
        if (foreign) {
            log.warn("Refused a sign-in posted from another site (Origin {}, Sec-Fetch-Site {}).", origin, fetchSite);
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign in from ClaimDesk's own sign-in page.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI uri = URI.create(origin.strip());
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost())
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException notAnOrigin) {
            return false; // includes "Origin: null" from sandboxed frames and privacy redirects
        }
    }
}
