package com.complaints.core.duplicate;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.LongStream;

/**
 * What the duplicate check looks a case up by: the 64-bit hashes of its identity keys (normalised phone, e-mail, order
 * reference; {@link Contacts}) and its text's bands ({@link TextFingerprint}). The kind of key is part of its hash,
 * so a phone never matches a reference; a hash shared by chance only adds a candidate, which is then scored exactly.
 */
public record DuplicateKeys(long[] identity, long[] text) {

    public static DuplicateKeys of(String phoneKey, String emailKey, String referenceKey, Set<String> textTokens) {
        long[] identity = LongStream.concat(LongStream.concat(hash("phone", phoneKey), hash("email", emailKey)),
                hash("reference", referenceKey)).toArray();
        return new DuplicateKeys(identity, TextFingerprint.bands(textTokens));
    }

    /** Every key, identity first. */
    public long[] all() {
        long[] all = Arrays.copyOf(identity, identity.length + text.length);
        System.arraycopy(text, 0, all, identity.length, text.length);
        return all;
    }

    private static LongStream hash(String kind, String key) {
        return key == null || key.isBlank() ? LongStream.empty() : LongStream.of(identityHash(kind, key));
    }

    /** The index entry of one identity key ({@code phone}, {@code email} or {@code reference}). */
    public static long identityHash(String kind, String key) {
        return TextFingerprint.hash(kind + ":" + key);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DuplicateKeys k && Arrays.equals(identity, k.identity) && Arrays.equals(text, k.text);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(identity) + Arrays.hashCode(text);
    }

    @Override
    public String toString() {
        return "DuplicateKeys[identity=" + identity.length + ", text=" + text.length + "]";
    }
}
