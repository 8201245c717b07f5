package com.complaints.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import org.springframework.stereotype.Component;

/**
 * Seals a consumer's contact field with the tenant's current data key: AES-256-GCM with a random 96-bit nonce and the
 * tenant as additional data, written as {@code pd1:<key id>:<base64 of nonce, ciphertext and tag>}. A value without
 * the prefix is a clear value written before sealing existed; it opens as itself until the sealing job has sealed it.
 */
@Component
public class PersonalDataCipher {

    static final String PREFIX = "pd1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final DataKeys keys;
    private final SecureRandom random = new SecureRandom();

    PersonalDataCipher(DataKeys keys) {
        this.keys = keys;
    }

    public String seal(String tenant, String plain) {
        return plain == null ? null : seal(keys.currentDataKey(tenant), plain);
    }

    String seal(DataKeys.Key key, String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(key.tenant().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + key.id() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data could not be sealed", e);
        }
    }

    /**
     * The clear value; {@code tenant} is the tenant bound to the reader, if any, which must own the key. A ciphertext
     * of another tenant, or one whose key is unknown, fails rather than reads as something.
     */
    public String open(String stored, String tenant) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new IllegalStateException("a sealed value without its key id");
        }
        long keyId = Long.parseLong(stored, PREFIX.length(), colon, 10);
        DataKeys.Key key = keys.byId(keyId);
        if (key == null || (tenant != null && !tenant.equals(key.tenant()))) {
            throw new IllegalStateException("a sealed value names key " + keyId + ", which is not the tenant's");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(key.tenant().getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed value of key " + keyId + " does not open", e);
        }
    }

    /** Whether a stored value is sealed with the given key (a null value counts as sealed). */
    public static boolean sealedWith(String stored, long keyId) {
        return stored == null || stored.startsWith(PREFIX + keyId + ":");
    }
}
