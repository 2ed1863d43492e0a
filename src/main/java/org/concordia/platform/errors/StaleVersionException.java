package org.concordia.platform.errors;

/**
 * An update named the version it read ({@code If-Match}), and the thing has changed since: nothing was stored, and
 * the caller reads it again before deciding. The REST API answers 412 Precondition Failed.
 */
public class StaleVersionException extends ConflictException {

    public StaleVersionException(String key, Object... values) {
        super(key, values);
    }
}
