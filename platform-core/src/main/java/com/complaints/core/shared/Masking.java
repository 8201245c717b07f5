package com.complaints.core.shared;

/**
 * How personal data reads where it is shown but not needed in full (lists, cards before a reveal): enough to tell two
 * consumers apart, not enough to contact one.
 */
public final class Masking {

    private static final int MAX_STARS = 4;

    private Masking() {
    }

    /** The first character and stars: {@code 张三丰} → {@code 张**}, {@code Li Lei} → {@code L****}. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        String trimmed = name.strip();
        int first = trimmed.codePointAt(0);
        int rest = trimmed.codePointCount(0, trimmed.length()) - 1;
        return rest == 0 ? "*" : new String(Character.toChars(first)) + "*".repeat(Math.min(rest, MAX_STARS));
    }

    /** Only the last four digits: {@code +86 138 0013 8000} → {@code ****8000}. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() <= 4 ? "****" : "****" + digits.substring(digits.length() - 4);
    }

    /** The local part's first character and the domain: {@code li.lei@example.com} → {@code l***@example.com}. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        int at = email.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.substring(0, email.offsetByCodePoints(0, 1)) + "***" + email.substring(at);
    }
}
