package org.claimdesk.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * UI sessions follow their account. Each session is stamped with the instant it signed in; the account
 * row holds {@code sessions_valid_after}. A session is valid while its account is enabled and it signed in
 * at or after that instant: checked in PostgreSQL on every request, so it holds across instances.
 */
@Service
public class SessionValidity implements SessionAuthenticationStrategy {

    /** The session attribute holding the {@link Instant} the session signed in (or was last kept). */
    public static final String SIGNED_IN_AT = "claimdesk.signedInAt";

    private final AccountRepository accounts;
    private final ApiTokenService tokens;
    private final Clock clock;

    SessionValidity(AccountRepository accounts, ApiTokenService tokens, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** At sign-in (after the session id changed): stamp the new session. */
    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
            HttpServletResponse response) {
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
    }

    @Transactional(readOnly = true)
    boolean isValid(String username, Object signedInAt) {
        if (!(signedInAt instanceof Instant at)) {
            return false;
        }
        return accounts.findSessionRule(username)
                .filter(rule -> rule.enabled())
                .filter(rule -> rule.sessionsValidAfter() == null || !at.isBefore(rule.sessionsValidAfter()))
                .isPresent();
    }

    /** Ends every session of the account signed in before now and, if asked, revokes its tokens. */
    Instant endAll(Account account, boolean revokeTokens) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        account.endSessionsSignedInBefore(now);
        if (revokeTokens) {
            tokens.revokeAllOf(account, now);
        }
        return now;
    }

    /** Keeps the current session alive after its own password change ended the others. */
    public static void keep(HttpSession session, Instant endedBefore) {
        session.setAttribute(SIGNED_IN_AT, endedBefore);
    }
}
