package org.claimdesk.base;

/** The request clashes with what is stored (a taken name, a record changed meanwhile): HTTP 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
