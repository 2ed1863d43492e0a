package org.concordia.platform.errors;

/**
 * The acting user may not do what was asked. Shown as 403 on a page request and as an error message in an
 * AJAX request; the message is written for the user.
 */
public class AccessDeniedException extends ExplainedException {

    /** The bundle's {@code key} with {@code values} put in (see {@link org.concordia.platform.text.Explanation}). */
    public AccessDeniedException(String key, Object... values) {
        super(key, values);
    }

    public AccessDeniedException(org.concordia.platform.text.Explanation explanation) {
        super(explanation);
    }
}
