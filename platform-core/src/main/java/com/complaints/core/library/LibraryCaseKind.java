package com.complaints.core.library;

/** Whether a library case shows how to do it, or how not to. */
enum LibraryCaseKind {
    POSITIVE,
    NEGATIVE
}
