package org.claimdesk.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.claimdesk.base.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every UI request with a signed-in session: if the account was disabled, or its sessions were ended
 * (password reset or change) after this session signed in, the session is invalidated and the request goes
 * on as anonymous, so Vaadin shows the sign-in page.
 */
class SessionValidityFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionValidityFilter.class);

    private final SessionValidity validity;

    SessionValidityFilter(SessionValidity validity) {
        this.validity = validity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                && !stillValid(auth.getName(), session.getAttribute(SessionValidity.SIGNED_IN_AT))) {
            log.info("Ended a UI session of '{}': the account was disabled or its sessions were ended.", auth.getName());
            SecurityContextHolder.clearContext();
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // another request of the same session ended it first
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * While PostgreSQL cannot be reached the check cannot run; the request goes on so that the UI can show its
     * own "database unavailable" message and keep the user's input. Nothing is read or written without the
     * database, so an account disabled just before the outage gains nothing, and the check runs again on the
     * first request after it.
     */
    private boolean stillValid(String username, Object signedInAt) {
        try {
            return validity.isValid(username, signedInAt);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                return true;
            }
            throw e;
        }
    }
}
