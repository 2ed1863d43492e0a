package org.concordia.platform.errors;

/**
 * Input a user can correct: an empty name, a duplicate, a value out of range. The message is written for the user
 * and names what to change; nothing was stored.
 */
public class InvalidInputException extends ExplainedException {

    /** The bundle's {@code key} with {@code values} put in (see {@link org.concordia.platform.text.Explanation}). */
    public InvalidInputException(String key, Object... values) {
        super(key, values);
    }

    public InvalidInputException(org.concordia.platform.text.Explanation explanation) {
        super(explanation);
    }
}
