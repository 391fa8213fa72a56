package com.qh.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts single values (a phone number, a date of birth, a JSON document of contacts) with AES-GCM.
 *
 * <p>A stored value reads {@code enc:v1:<key id>:<Base64 of nonce, ciphertext and tag>}: the key id lets old values
 * be read after the active key changed, and {@link #needsReencryption} tells which ones to rewrite. A value without
 * the prefix is taken as plaintext written before the column was encrypted, returned as it is and reported as
 * needing encryption, so encrypting an existing column needs no downtime. Thread-safe.
 */
public final class FieldEncryptor {

    static final String PREFIX = "enc:v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing keys;
    private final SecureRandom random = new SecureRandom();

    FieldEncryptor(KeyRing keys) {
        this.keys = keys;
    }

    /**
     * An encryptor over explicit keys, as {@code qh.crypto.keys} and {@code qh.crypto.active-key} would configure
     * it: for tools and tests that must read or write values outside a running service.
     *
     * @param activeKey the id new values are written with
     * @param base64Keys key id → Base64 of a 16-, 24- or 32-byte AES key
     */
    public static FieldEncryptor withKeys(String activeKey, Map<String, String> base64Keys) {
        return new FieldEncryptor(KeyRing.fromConfiguration(activeKey, base64Keys));
    }

    /** The value encrypted with the active key; {@code null} stays {@code null}. */
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.active(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(keys.activeId().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed);
            return PREFIX + keys.activeId() + ":" + Base64.getEncoder().withoutPadding().encodeToString(out.array());
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * The plaintext of a stored value; {@code null} stays {@code null}, and a value without the prefix is returned
     * as it is (see the class comment).
     *
     * @throws IllegalStateException when the value names a key the ring does not hold, or was altered
     */
    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int separator = stored.indexOf(':', PREFIX.length());
        if (separator < 0) {
            throw new IllegalStateException("An encrypted value has no key id");
        }
        String keyId = stored.substring(PREFIX.length(), separator);
        SecretKey key = keys.key(keyId);
        if (key == null) {
            throw new IllegalStateException("An encrypted value needs key '" + keyId
                    + "', which is not configured (qh.crypto.keys)");
        }
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(stored.substring(separator + 1));
        }
        catch (IllegalArgumentException e) {
            throw new IllegalStateException("An encrypted value is not Base64", e);
        }
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new IllegalStateException("An encrypted value is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        }
        catch (AEADBadTagException e) {
            throw new IllegalStateException("An encrypted value was altered or belongs to another key", e);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Whether the value should be rewritten: it is plaintext, or was encrypted with a key that is not the active one. */
    public boolean needsReencryption(String stored) {
        if (stored == null) {
            return false;
        }
        return !stored.startsWith(PREFIX + keys.activeId() + ":");
    }

    /** The value encrypted afresh with the active key. */
    public String reencrypt(String stored) {
        return encrypt(decrypt(stored));
    }
}
