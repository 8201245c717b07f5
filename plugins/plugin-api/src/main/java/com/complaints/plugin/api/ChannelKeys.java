package com.complaints.plugin.api;

import java.util.regex.Pattern;

/**
 * Channel keys. The built-in channels use the constants below; plugins add their own keys, which must match
 * {@link #FORMAT}.
 */
public final class ChannelKeys {

    public static final String PHONE = "phone";
    public static final String WEB = "web";
    public static final String ONSITE = "onsite";
    public static final String EMAIL = "email";

    /** Lower-case letters, digits and dashes, 2 to 32 characters, starting with a letter. */
    public static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{1,31}");

    private ChannelKeys() {
    }

    public static boolean isValid(String key) {
        return key != null && FORMAT.matcher(key).matches();
    }
}
