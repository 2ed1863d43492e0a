package org.concordia.platform.errors;

/**
 * Input over one of Concordia's size limits: a file, a zip that unpacks to too much, too many files. Refused whole,
 * before anything is stored; the message names the limit. The REST API answers 413.
 */
public class TooLargeException extends InvalidInputException {

    public TooLargeException(String message) {
        super(message);
    }
}
