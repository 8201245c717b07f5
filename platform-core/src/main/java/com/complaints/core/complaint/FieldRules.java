package com.complaints.core.complaint;

import java.util.ArrayList;
import java.util.List;

import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.InvalidInputException.FieldError;

/** The field checks every complaint input shares (intake drafts and lifecycle commands): one wording of each error. */
public final class FieldRules {

    public static final int TEXT_MAX = 2000;
    public static final int LONG_TEXT_MAX = 5000;

    private FieldRules() {
    }

    public static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "required"));
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "max-length", max));
        }
    }

    public static void optional(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(FieldError.of(field, "max-length", max));
        }
    }

    /** One required text, refused at once when missing or too long. */
    public static void requireText(String field, String value, int max) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, field, value, max);
        throwIfAny(errors);
    }

    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
