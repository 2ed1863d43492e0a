package org.concordia.platform.errors;

import java.util.Locale;
import org.concordia.platform.text.Explanation;

/**
 * A refusal explained to the person who caused it: a bundle key with its values, read in their language on a page
 * ({@link #messageIn}) and in English by the REST API and the logs ({@link #getMessage()}).
 */
public abstract class ExplainedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Explanation explanation;

    protected ExplainedException(String key, Object... values) {
        this(Explanation.of(key, values));
    }

    protected ExplainedException(Explanation explanation) {
        super(explanation.key());
        this.explanation = explanation;
    }

    public Explanation explanation() {
        return explanation;
    }

    public String messageIn(Locale locale) {
        return explanation.in(locale);
    }

    @Override
    public String getMessage() {
        return explanation.english();
    }
}
