package com.complaints.core.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import com.complaints.core.shared.InvalidInputException;

/**
 * The position after the last hit of a page, opaque to clients: the hit's score, received time and id (the
 * order every search sorts by, id last so that it is total).
 */
public record SearchCursor(double score, long receivedAtMillis, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((score + "|" + receivedAtMillis + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static SearchCursor decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
            return new SearchCursor(Double.parseDouble(parts[0]), Long.parseLong(parts[1]), UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidInputException("searchAfter", "invalid");
        }
    }
}
