package com.complaints.core.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells an exception caused by the database being out of reach (restarting, failing over, the pool unable to connect)
 * from a fault of the request or of the code: the first is answered 503 with {@code Retry-After}, never 500.
 */
final class DatabaseOutage {

    /** What HikariCP's proxy says, without an SQL state, of a connection it closed because it broke. */
    private static final String HIKARI_CLOSED = "Connection is closed";

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof java.net.ConnectException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    // class 08: connection exception; 57P01-57P03: the server is shutting down or starting up
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (t instanceof SQLException sql && HIKARI_CLOSED.equals(sql.getMessage())) {
                // the pool evicted the connection under the transaction (it failed as the server restarted)
                return true;
            }
        }
        return false;
    }
}
