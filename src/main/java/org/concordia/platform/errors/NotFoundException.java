package org.concordia.platform.errors;

/**
 * What was asked for does not exist for the acting user. Objects of another tenant are reported this way too,
 * so that nobody learns that an id exists elsewhere.
 */
public class NotFoundException extends ExplainedException {

    /** The bundle's {@code key} with {@code values} put in (see {@link org.concordia.platform.text.Explanation}). */
    public NotFoundException(String key, Object... values) {
        super(key, values);
    }

    public NotFoundException(org.concordia.platform.text.Explanation explanation) {
        super(explanation);
    }
}
