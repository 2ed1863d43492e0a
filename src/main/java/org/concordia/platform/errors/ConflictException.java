package org.concordia.platform.errors;

/**
 * Somebody else changed the same thing first. The message says who did what and that the user's own input is kept,
 * so they can look at the other change and decide again; nothing of theirs was stored.
 */
public class ConflictException extends ExplainedException {

    /** The bundle's {@code key} with {@code values} put in (see {@link org.concordia.platform.text.Explanation}). */
    public ConflictException(String key, Object... values) {
        super(key, values);
    }

    public ConflictException(org.concordia.platform.text.Explanation explanation) {
        super(explanation);
    }
}
