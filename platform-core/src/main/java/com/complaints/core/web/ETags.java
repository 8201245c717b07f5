package com.complaints.core.web;

import com.complaints.core.shared.InvalidInputException;
import com.complaints.core.shared.PreconditionFailedException;

/** Entity tags are the resource's version: {@code "7"}. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header expects, or {@code null} when the header is absent or {@code *}.
     * If-Match compares strongly (RFC 9110, 13.1.1): a weak tag ({@code W/"7"}) never matches, so it answers 412.
     */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            throw new PreconditionFailedException();
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "etag");
        }
    }
}
