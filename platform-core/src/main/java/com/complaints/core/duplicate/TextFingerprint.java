package com.complaints.core.duplicate;

import java.util.Arrays;
import java.util.Set;

/**
 * A MinHash sketch of a text's shingles ({@link TextSimilarity#tokens}) cut into {@value #BANDS} bands of
 * {@value #ROWS} hashes each (locality-sensitive hashing). Two texts share at least one band with probability
 * {@code 1 - (1 - s^ROWS)^BANDS} for Jaccard similarity {@code s}: 0.98 at 0.6 (the text-only duplicate threshold),
 * 0.99999 at 0.8, 0.36 at 0.3 and 0.12 at 0.2. So candidates for a duplicate check come from an index of band values
 * instead of reading recent cases, and are then scored exactly.
 */
public final class TextFingerprint {

    public static final int BANDS = 16;
    static final int ROWS = 3;
    private static final int HASHES = BANDS * ROWS;
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS[i] = x | 1;
        }
    }

    private TextFingerprint() {
    }

    /** The band values of a text's shingles (the band's number is part of its value); none for a text without shingles. */
    public static long[] bands(Set<String> tokens) {
        if (tokens.isEmpty()) {
            return new long[0];
        }
        long[] minima = new long[HASHES];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (String token : tokens) {
            long base = fnv(token);
            for (int i = 0; i < HASHES; i++) {
                long h = mix(base * SEEDS[i] + i);
                if (h < minima[i]) {
                    minima[i] = h;
                }
            }
        }
        long[] bands = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + minima[b * ROWS + r]);
            }
            bands[b] = h;
        }
        return bands;
    }

    /** A well-spread 64-bit hash of a string (FNV-1a, then mixed). */
    static long hash(String s) {
        return mix(fnv(s));
    }

    /** 64-bit FNV-1a over the token's UTF-16 code units. */
    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64's finaliser: a 64-bit bijection that spreads every input bit over the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
