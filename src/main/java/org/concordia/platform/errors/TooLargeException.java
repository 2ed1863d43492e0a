package org.concordia.platform.errors;

/**
 * Input over one of Concordia's size limits: a file, a zip that unpacks to too much, too many files. Refused whole,
 * before anything is stored; the message names the limit. The REST API answers 413.
 */
public class TooLargeException extends InvalidInputException {

    /** The bundle's {@code key} with {@code values} put in (see {@link org.concordia.platform.text.Explanation}). */
    public TooLargeException(String key, Object... values) {
        super(key, values);
    }

    public TooLargeException(org.concordia.platform.text.Explanation explanation) {
        super(explanation);
    }
}
