package com.qh.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The service's password encoder is Argon2 behind the hash gate: two hashers per core unless configured. */
class AccountConfigurationTest {

    @Test
    void argon2BehindTheGateWithTwoHashersPerCoreByDefault() throws Exception {
        PasswordEncoder encoder = new AccountConfiguration().passwordEncoder(properties(0));

        assertThat(encoder).isInstanceOfSatisfying(HashingGate.class, gate -> assertThat(gate.concurrency())
                .isEqualTo(2 * Runtime.getRuntime().availableProcessors()));
        String hash = encoder.encode("violet tractor sings at dawn");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(encoder.matches("violet tractor sings at dawn", hash)).isTrue();
        ((HashingGate) encoder).close();
    }

    @Test
    void theNumberOfHashersCanBeSet() {
        try (HashingGate gate = (HashingGate) new AccountConfiguration().passwordEncoder(properties(3))) {
            assertThat(gate.concurrency()).isEqualTo(3);
        }
    }

    private static AccountProperties properties(int hashingConcurrency) {
        return new AccountProperties(10, Duration.ofHours(24), Duration.ofMinutes(30), Duration.ofMinutes(1),
                hashingConcurrency, Duration.ofSeconds(30));
    }
}
