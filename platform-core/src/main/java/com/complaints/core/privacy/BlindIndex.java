package com.complaints.core.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Blind indexes of a consumer's normalised phone and e-mail: HMAC-SHA256 with the tenant's index key, truncated to
 * 128 bits, base64url. Equal contacts of one tenant give equal indexes, so duplicate detection and "every case of
 * this consumer" look them up without opening a row; without the tenant's key an index tells nothing (and the same
 * phone of another tenant indexes differently).
 */
@Component
public class BlindIndex {

    private static final int BYTES = 16;

    private final DataKeys keys;

    BlindIndex(DataKeys keys) {
        this.keys = keys;
    }

    /** The index of a normalised value of one kind ({@code phone}, {@code email}); null for none. */
    public String of(String tenant, String kind, String normalised) {
        if (normalised == null || normalised.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.indexKey(tenant).secret().getEncoded(), "HmacSHA256"));
            byte[] digest = mac.doFinal((kind + ":" + normalised).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
