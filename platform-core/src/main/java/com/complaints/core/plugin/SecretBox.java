package com.complaints.core.plugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets at rest (plugin passwords and tokens, recipient addresses and access codes waiting in the
 * notification outbox) with AES-256-GCM. The key is {@code complaints.secrets.key} (32 bytes, base64); without it,
 * a key file is created once in {@code complaints.secrets.key-file} (the embedded default keeps it in ./data).
 * A ciphertext is {@code v1:} + base64(nonce || ciphertext || tag).
 */
@Component
public class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretBox(@Value("${complaints.secrets.key:}") String key,
              @Value("${complaints.secrets.key-file:data/secret.key}") Path keyFile, Environment environment) {
        if ((key == null || key.isBlank()) && environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("complaints.secrets.key must be set in production (base64 of 32 random bytes)");
        }
        this.key = new SecretKeySpec(keyBytes(key, keyFile), "AES");
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String sealed) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a secret cannot be decrypted: was complaints.secrets.key changed?", e);
        }
    }

    private byte[] keyBytes(String configured, Path keyFile) {
        if (configured != null && !configured.isBlank()) {
            return checked(Base64.getDecoder().decode(configured.strip()));
        }
        try {
            if (Files.exists(keyFile)) {
                return checked(Base64.getDecoder().decode(Files.readString(keyFile).strip()));
            }
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            if (keyFile.getParent() != null) {
                Files.createDirectories(keyFile.getParent());
            }
            Files.writeString(keyFile, Base64.getEncoder().encodeToString(fresh));
            try {
                Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            log.warn("no complaints.secrets.key configured: created the key file {} (set the key in production)", keyFile);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the secrets key file " + keyFile, e);
        }
    }

    private static byte[] checked(byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("complaints.secrets.key must be 32 bytes (base64), got " + key.length);
        }
        return key;
    }
}
