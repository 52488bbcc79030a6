package org.claimdesk.base;

/**
 * Input a user can correct, with a message meant for that user: HTTP 400 in the API, a notice in the UI.
 * Said as a text key and its arguments ({@link Refusal}).
 */
public class InvalidInputException extends Refusal {
    public InvalidInputException(String key, Object... args) {
        super(key, args);
    }
}
