package org.claimdesk.security;

import org.springframework.security.core.AuthenticationException;

/** A login refused because of too many failures for the username; the message says nothing about the account. */
public class LoginThrottledException extends AuthenticationException {

    public static final String MESSAGE =
            "Too many failed sign-in attempts for this username from your address. Try again in 15 minutes.";

    LoginThrottledException() {
        super(MESSAGE);
    }
}
