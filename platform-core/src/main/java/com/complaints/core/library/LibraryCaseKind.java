package com.complaints.core.library;

/** Whether a library case shows how to do it, or how not to. */
public enum LibraryCaseKind {
    POSITIVE,
    NEGATIVE
}
