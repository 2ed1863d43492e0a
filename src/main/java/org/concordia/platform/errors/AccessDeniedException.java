package org.concordia.platform.errors;

/**
 * The acting user may not do what was asked. Shown as 403 on a page request and as an error message in an
 * AJAX request; the message is written for the user.
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
