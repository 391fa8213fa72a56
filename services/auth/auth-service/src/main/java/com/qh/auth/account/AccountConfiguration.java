package com.qh.auth.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /** Argon2id memory in KiB: 19 MiB, OWASP's minimum (Password Storage Cheat Sheet; ASVS 4.0 V2.4.4). */
    static final int ARGON2_MEMORY_KIB = 19 * 1024;

    /** Argon2id passes over the memory; OWASP pairs 19 MiB with 2. */
    static final int ARGON2_ITERATIONS = 2;

    /**
     * Argon2id at OWASP's minimum (19 MiB, 2 iterations, parallelism 1, 16-byte salt, 32-byte hash): slow enough to
     * hurt an attacker with a stolen table, fast enough (tens of ms) to keep sign-in responsive on a small machine.
     * Hashes carry their parameters, so older ones (Spring's 16 MiB defaults) still verify; sign-in rehashes them
     * ({@code LoginService}) because {@code upgradeEncoding} sees the weaker parameters. At most
     * {@code qh.auth.account.hashing-concurrency} hashes run at once, see {@link HashingGate}: unless set, two per
     * core, so that the hasher threads keep pace with a crowd signing in (about 35 ms a hash here, so 8 sign-ins a
     * second need a third of a core) while the operating system shares the cores between them and the carrier threads
     * of every other request (with one per core, a thousand users signing in within two minutes waited over 30 s).
     */
    @Bean
    PasswordEncoder passwordEncoder(AccountProperties properties) {
        int concurrency = properties.hashingConcurrency() > 0 ? properties.hashingConcurrency()
                : 2 * Runtime.getRuntime().availableProcessors();
        return new HashingGate(new Argon2PasswordEncoder(16, 32, 1, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS),
                concurrency, properties.hashingMaxWait());
    }

    @Bean
    PasswordPolicy passwordPolicy(AccountProperties properties) {
        return new PasswordPolicy(properties.passwordMinLength(), CommonPasswords.shipped());
    }
}
