package org.claimdesk.base;

/**
 * The request clashes with what is stored (a taken name, a record changed meanwhile): HTTP 409.
 * Said as a text key and its arguments ({@link Refusal}).
 */
public class ConflictException extends Refusal {
    public ConflictException(String key, Object... args) {
        super(key, args);
    }
}
