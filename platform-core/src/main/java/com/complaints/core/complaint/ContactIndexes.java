package com.complaints.core.complaint;

/** The blind indexes of a consumer's phone and e-mail ({@code BlindIndex}), each null when the contact is absent. */
public record ContactIndexes(String phone, String email) {

    @Override
    public String toString() {
        return "ContactIndexes[redacted]";
    }
}
