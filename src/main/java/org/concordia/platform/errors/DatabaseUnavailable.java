package org.concordia.platform.errors;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Recognises a failure whose cause is that the database cannot be reached (stopped, restarting, the network to it
 * down): the pages and the API then say so, with 503 and "try again", instead of an error of ours with an incident
 * number. Nothing was saved, since the transaction could not reach the database; requests work again when it returns.
 */
public final class DatabaseUnavailable {

    public static final String MESSAGE = "The database cannot be reached just now, so nothing was saved. Try again"
            + " in a minute; if it goes on, tell whoever runs Concordia.";

    private DatabaseUnavailable() {
    }

    /**
     * Whether {@code thrown}, anything it was caused by, or anything suppressed along the way says the database
     * connection failed. A commit that failed for a broken connection comes as a RollbackException without a cause,
     * the connection's failure among its suppressed exceptions; a failed batch is a BatchUpdateException whose
     * reason is its next exception, not its cause.
     */
    public static boolean causes(Throwable thrown) {
        return causes(thrown, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static boolean causes(Throwable t, java.util.Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return false;
        }
        if (saysConnectionFailed(t)) {
            return true;
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (causes(suppressed, seen)) {
                return true;
            }
        }
        if (t instanceof SQLException sql && causes(sql.getNextException(), seen)) {
            return true;
        }
        return causes(t.getCause(), seen);
    }

    private static boolean saysConnectionFailed(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true;
        }
        String type = t.getClass().getName();
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        return type.equals("org.hibernate.exception.JDBCConnectionException")
                || type.startsWith("jakarta.resource.") && message.contains("connection")
                || message.contains("ij000453") || message.contains("unable to get managed connection");
    }
}
