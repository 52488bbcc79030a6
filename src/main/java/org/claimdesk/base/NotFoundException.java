package org.claimdesk.base;

/**
 * Something asked for by id does not exist (or the caller may not know it exists): HTTP 404.
 * Said as a text key and its arguments ({@link Refusal}).
 */
public class NotFoundException extends Refusal {
    public NotFoundException(String key, Object... args) {
        super(key, args);
    }
}
