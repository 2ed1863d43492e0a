package org.concordia.documents.service;

import org.concordia.platform.text.Explanation;

/** Why a file is not imported, said to the person who sent it (in their language on the page). */
public class ImportRejected extends Exception {

    private static final long serialVersionUID = 1L;

    private final Explanation reason;

    public ImportRejected(String key, Object... values) {
        this(Explanation.of(key, values));
    }

    public ImportRejected(Explanation reason) {
        super(reason.key());
        this.reason = reason;
    }

    public Explanation reason() {
        return reason;
    }

    @Override
    public String getMessage() {
        return reason.english();
    }
}
