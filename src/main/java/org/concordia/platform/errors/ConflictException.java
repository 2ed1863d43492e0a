package org.concordia.platform.errors;

/**
 * Somebody else changed the same thing first. The message says who did what and that the user's own input is kept,
 * so they can look at the other change and decide again; nothing of theirs was stored.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
