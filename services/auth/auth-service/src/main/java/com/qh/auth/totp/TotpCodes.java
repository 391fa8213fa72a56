package com.qh.auth.totp;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 codes: SHA-1, 6 digits, 30-second steps, which every authenticator app understands. A code is accepted
 * one step early or late (clock drift); the matching step is returned so a caller can refuse a replayed code.
 */
public final class TotpCodes {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    private static final int ALLOWED_DRIFT_STEPS = 1;

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final String issuer;

    public TotpCodes(String issuer) {
        this.issuer = issuer;
    }

    /** A new random Base32 secret (160 bits). */
    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The {@code otpauth://} URI an authenticator app imports, usually shown as a QR code. */
    public String uri(String secret, String accountName) {
        return new QrData.Builder().label(accountName).secret(secret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build().getUri();
    }

    /** The time step {@code code} belongs to, if it is valid for {@code secret} around {@code now}. */
    public OptionalLong matchingStep(String secret, String code, Instant now) {
        if (secret == null || code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
            if (constantTimeEquals(codeAt(secret, step), code)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code for {@code secret} at {@code time}; what an authenticator app would show. */
    public String codeAt(String secret, Instant time) {
        return codeAt(secret, stepAt(time));
    }

    static long stepAt(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), PERIOD_SECONDS);
    }

    private String codeAt(String secret, long step) {
        try {
            return generator.generate(secret, step);
        }
        catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP secret cannot be used", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
