package org.claimdesk.base;

/** Something asked for by id does not exist (or the caller may not know it exists): HTTP 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
