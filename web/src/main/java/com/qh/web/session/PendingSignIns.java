package com.qh.web.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Sign-ins waiting for their two-factor code. Auth wants the address, the password and the code in one request, and
 * the code comes on a second page; the password must not travel back to the browser nor be written to the session
 * table. So it waits here, in this JVM's memory only, under a random key the session holds, for five minutes at
 * most, and is taken out once. (A restart in between, or a second replica, means typing the password again.)
 */
@Component
public class PendingSignIns {

    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    PendingSignIns(Clock clock) {
        this.clock = clock;
    }

    /** Keeps the credentials and answers the key to take them back with. */
    public String hold(String email, String password) {
        Instant now = clock.instant();
        pending.values().removeIf(old -> old.expiresAt().isBefore(now));
        byte[] key = new byte[24];
        random.nextBytes(key);
        String id = HexFormat.of().formatHex(key);
        pending.put(id, new Pending(email, password, now.plus(LIFETIME)));
        return id;
    }

    /** The credentials under {@code key}, if they have not expired; they stay for a retry of a mistyped code. */
    public Optional<Credentials> peek(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Pending held = pending.get(key);
        if (held == null || held.expiresAt().isBefore(clock.instant())) {
            pending.remove(key);
            return Optional.empty();
        }
        return Optional.of(new Credentials(held.email(), held.password()));
    }

    /** Forgets them (signed in, or given up). */
    public void drop(String key) {
        if (key != null) {
            pending.remove(key);
        }
    }

    /** An address and password waiting for a code. */
    public record Credentials(String email, String password) {

        @Override
        public String toString() {
            return "Credentials[" + email + "]";
        }
    }

    private record Pending(String email, String password, Instant expiresAt) {
    }
}
