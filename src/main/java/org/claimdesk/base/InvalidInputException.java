package org.claimdesk.base;

/** Input a user can correct, with a message meant for that user: HTTP 400 in the API, a notice in the UI. */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }
}
