package com.complaints.core.tenancy;

import java.util.Arrays;
import java.util.Locale;

/** The languages the product speaks. */
public enum SupportedLocale {
    ZH_CN("zh-CN"),
    EN("en");

    private final String tag;

    SupportedLocale(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale toLocale() {
        return Locale.forLanguageTag(tag);
    }

    public static SupportedLocale fromTag(String tag) {
        return Arrays.stream(values())
                .filter(l -> l.tag.equalsIgnoreCase(tag))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unsupported locale: " + tag));
    }

    public static boolean isSupported(String tag) {
        return Arrays.stream(values()).anyMatch(l -> l.tag.equalsIgnoreCase(tag));
    }
}
