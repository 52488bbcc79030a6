package org.claimdesk.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username/password checking (form login and HTTP Basic alike), with the failure throttle in front. The
 * client address is {@code request.getRemoteAddr()} as Spring Security's details record it: behind a
 * proxy, the forwarded address once {@code SERVER_FORWARD_HEADERS_STRATEGY} is set.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String client = clientOf(authentication);
        if (counted(() -> throttle.isLocked(username, client))) {
            throw new LoginThrottledException();
        }
        Authentication result;
        try {
            result = delegate.authenticate(authentication);
        } catch (BadCredentialsException e) {
            counted(() -> {
                throttle.recordFailure(username, client);
                return true;
            });
            throw e;
        }
        counted(() -> {
            throttle.recordSuccess(username, client);
            return true;
        });
        return result;
    }

    /** A throttle that cannot reach PostgreSQL refuses the sign-in as an authentication failure (503 in the API). */
    private static boolean counted(java.util.function.BooleanSupplier step) {
        try {
            return step.getAsBoolean();
        } catch (RuntimeException e) {
            throw new InternalAuthenticationServiceException("The sign-in throttle cannot reach the database.", e);
        }
    }

    private static String clientOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : LoginThrottle.UNKNOWN_CLIENT;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
