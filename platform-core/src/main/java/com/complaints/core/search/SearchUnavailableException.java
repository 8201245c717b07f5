package com.complaints.core.search;

/**
 * The search index could not be reached (an adapter's backend is down or overloaded). The API answers 503 with
 * {@code Retry-After}: the cases are safe in the database and the index catches up when it is back.
 */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(Throwable cause) {
        super("the search index is unavailable", cause);
    }
}
