package org.concordia.platform.errors;

/**
 * Input a user can correct: an empty name, a duplicate, a value out of range. The message is written for the user
 * and names what to change; nothing was stored.
 */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
