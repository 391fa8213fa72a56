package com.qh.auth.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Opaque secrets handed to clients (refresh tokens, e-mail and reset tokens, OAuth2 state and PKCE verifiers) and
 * the SHA-256 digests they are stored as. The secrets carry 256 bits of randomness, so an unsalted fast hash is
 * enough: nobody can guess one to look up.
 */
public final class SecureTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecureTokens() {
    }

    /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex SHA-256 of the token's UTF-8 bytes. */
    public static String sha256(String token) {
        return HexFormat.of().formatHex(digest(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** The PKCE S256 code challenge of a verifier: URL-safe Base64 of its SHA-256 (RFC 7636). */
    public static String s256Challenge(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
