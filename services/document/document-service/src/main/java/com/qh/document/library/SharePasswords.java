package com.qh.document.library;

import com.qh.document.DocumentProperties;
import com.qh.platform.web.TooManyRequestsException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Hashes and checks share-link passwords. New hashes are Argon2id with the parameters auth uses for account
 * passwords (OWASP's minimum: 19 MiB, 2 passes, {@code {argon2}$argon2id$...}): memory-hard against a stolen
 * table, and tens of milliseconds of one core rather than the 310,000 PBKDF2-SHA256 iterations used before, which
 * cost more CPU per guess and less to a GPU. Links made before keep their un-prefixed PBKDF2 hash, which still
 * verifies and is replaced by an Argon2id one the first time its password is given right.
 *
 * <p>Guessing is stopped per link before this class is reached ({@link ShareLinks}); what is left is many links at
 * once, so at most {@code qh.document.shares.concurrent-password-checks} hashes run together (each holds 19 MiB), and
 * a check that finds none free within a few seconds is answered 429. Every hash computed is counted in the metric
 * {@code qh.document.share.password.checks}.
 */
@Component
class SharePasswords {

    private static final String ARGON2 = "argon2";
    private static final Duration WAIT_FOR_A_TURN = Duration.ofSeconds(5);

    private final PasswordEncoder encoder;
    private final Semaphore turns;
    private final Counter checks;

    SharePasswords(DocumentProperties properties, MeterRegistry meters) {
        // The same parameters as auth's AccountConfiguration: 16-byte salt, 32-byte hash, parallelism 1.
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, argon2));
        // Hashes written before carry no {id}: they are PBKDF2 with Spring Security 5.8's defaults.
        delegating.setDefaultPasswordEncoderForMatches(Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        this.encoder = delegating;
        this.turns = new Semaphore(properties.shares().concurrentPasswordChecks(), true);
        this.checks = Counter.builder("qh.document.share.password.checks")
                .description("Share-link password hashes computed, to check a password or to store one")
                .register(meters);
    }

    String hash(String password) {
        return inTurn(() -> encoder.encode(password));
    }

    boolean matches(String password, String hash) {
        return inTurn(() -> encoder.matches(password, hash));
    }

    /** Whether a hash that matched was made with an older encoder or weaker parameters than new ones get. */
    boolean outdated(String hash) {
        return encoder.upgradeEncoding(hash);
    }

    private <T> T inTurn(Supplier<T> hashing) {
        boolean got;
        try {
            got = turns.tryAcquire(WAIT_FOR_A_TURN.toMillis(), TimeUnit.MILLISECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (!got) {
            throw new TooManyRequestsException("share-password-busy", "Too many share-link passwords are being "
                    + "checked right now. Try again in a moment.", Duration.ofSeconds(1));
        }
        try {
            checks.increment();
            return hashing.get();
        }
        finally {
            turns.release();
        }
    }
}
