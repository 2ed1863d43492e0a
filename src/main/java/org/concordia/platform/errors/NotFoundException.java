package org.concordia.platform.errors;

/**
 * What was asked for does not exist for the acting user. Objects of another tenant are reported this way too,
 * so that nobody learns that an id exists elsewhere.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
