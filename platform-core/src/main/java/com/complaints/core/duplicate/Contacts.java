package com.complaints.core.duplicate;

import java.util.Locale;

/** Normalised consumer contacts, so that "+86 138-0013-8000" and "13800138000" are one phone. */
public final class Contacts {

    private Contacts() {
    }

    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        } else if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }

    public static String email(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static String reference(String reference) {
        return reference == null || reference.isBlank() ? null
                : reference.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }
}
