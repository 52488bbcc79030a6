package org.claimdesk.base;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Recognises "PostgreSQL cannot be reached" in an exception chain, for the UI and the API alike. */
public final class DatabaseUnavailable {

    public static final String MESSAGE = "The database cannot be reached right now, so nothing was saved."
            + " Your input is still here: try again in a moment.";

    private DatabaseUnavailable() {
    }

    /**
     * PostgreSQL's own words for "gone": connection exceptions (class 08), the server shutting down or killing
     * the session (57P01-57P03), or refusing new connections.
     */
    private static boolean connectionLost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        return state.startsWith("08") || state.startsWith("57P") || message.contains("not currently accepting connections")
                || message.contains("Connection is closed") || message.contains("has been closed")
                || message.contains("I/O error occurred");
    }

    public static boolean causedBy(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLException sql && connectionLost(sql)) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
