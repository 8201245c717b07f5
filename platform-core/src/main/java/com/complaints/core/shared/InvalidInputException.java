package com.complaints.core.shared;

import java.util.Arrays;
import java.util.List;

/**
 * Input that is invalid; lists each offending field with a message code (and its arguments) that the API
 * renders in the caller's language (see {@code i18n/problems*.properties}).
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.code() + e.args()).reduce((a, c) -> a + "; " + c).orElse("invalid input"));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String code, Object... args) {
        this(List.of(FieldError.of(field, code, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /**
     * @param field the JSON path of the field, e.g. {@code consumer.phone}
     * @param code  the message code, e.g. {@code required}, {@code max-length}
     * @param args  the message's arguments
     */
    public record FieldError(String field, String code, List<Object> args) {

        public FieldError {
            args = List.copyOf(args);
        }

        public static FieldError of(String field, String code, Object... args) {
            return new FieldError(field, code, Arrays.asList(args));
        }
    }
}
