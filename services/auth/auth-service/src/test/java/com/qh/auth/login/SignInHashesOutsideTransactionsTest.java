package com.qh.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.TestAccounts;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A sign-in and a sign-up hash the password with no transaction open: while Argon2 runs, PostgreSQL sees no session
 * of the service idle in a transaction (a connection the pool cannot lend). Before, a crowd signing in kept the whole
 * pool waiting on hashes and other requests of auth got 503s (issue 22's 1,000-user run). The password hash here
 * stops on a latch for one password, so the test looks at the database at the moment the hash runs.
 */
@QhServiceTest(properties = { "qh.auth.login.attempts-per-ip=10000",
        "spring.datasource.hikari.data-source-properties.ApplicationName=" + SignInHashesOutsideTransactionsTest.APP })
class SignInHashesOutsideTransactionsTest {

    /** This context's connections, as PostgreSQL names them (other test contexts share the database server). */
    static final String APP = "auth-hash-test";

    static final Hold SIGN_IN = new Hold("a password the sign-in's hash stops on");
    static final Hold SIGN_UP = new Hold("a password the sign-up's hash stops on");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signInChecksThePasswordWithNoTransactionOpen() throws Exception {
        TestAccounts accounts = new TestAccounts(ApiClient.on(port));
        String email = TestAccounts.newEmail();
        assertThat(accounts.register(email, SIGN_IN.password).status()).isEqualTo(201);

        CompletableFuture<Reply> signIn = CompletableFuture.supplyAsync(() -> accounts.login(email, SIGN_IN.password));
        SIGN_IN.whileHashing(() -> assertThat(idleInTransaction()).as("sessions idle in a transaction").isZero());

        assertThat(signIn.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    @Test
    void signUpHashesThePasswordBeforeItsTransaction() throws Exception {
        TestAccounts accounts = new TestAccounts(ApiClient.on(port));
        String email = TestAccounts.newEmail();

        CompletableFuture<Reply> signUp = CompletableFuture.supplyAsync(
                () -> accounts.register(email, SIGN_UP.password));
        SIGN_UP.whileHashing(() -> assertThat(idleInTransaction()).as("sessions idle in a transaction").isZero());

        assertThat(signUp.get(30, TimeUnit.SECONDS).status()).isEqualTo(201);
        assertThat(accounts.login(email, SIGN_UP.password).status()).isEqualTo(200);
    }

    /**
     * This service's sessions waiting inside a transaction whose last statement was about accounts: what a sign-in or
     * sign-up holding its transaction through the hash shows (its account read, or the address lock of a sign-up).
     */
    private int idleInTransaction() {
        return jdbc.queryForObject("""
                select count(*) from pg_stat_activity
                where application_name = ? and state like 'idle in transaction%'
                  and (query ilike '%user_account%' or query ilike '%pg_advisory_xact_lock%')""", Integer.class, APP);
    }

    /** A password whose hash waits, the first time, until the test has looked. */
    static final class Hold {

        final String password;
        final CountDownLatch hashing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        Hold(String password) {
            this.password = password;
        }

        void whileHashing(Runnable look) throws InterruptedException {
            assertThat(hashing.await(30, TimeUnit.SECONDS)).as("the request reached the hash").isTrue();
            try {
                look.run();
            } finally {
                release.countDown();
            }
        }

        void stopIfHeld(CharSequence rawPassword) {
            if (password.contentEquals(rawPassword) && hashing.getCount() > 0) {
                hashing.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class HashThatWaits {

        /** Argon2 as the service has it; a sign-in's check or a sign-up's hash of a held password waits once. */
        @Bean
        @Primary
        PasswordEncoder hashThatWaits() {
            PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
            return new PasswordEncoder() {
                @Override
                public String encode(CharSequence rawPassword) {
                    SIGN_UP.stopIfHeld(rawPassword);
                    return argon2.encode(rawPassword);
                }

                @Override
                public boolean matches(CharSequence rawPassword, String encodedPassword) {
                    SIGN_IN.stopIfHeld(rawPassword);
                    return argon2.matches(rawPassword, encodedPassword);
                }
            };
        }
    }
}
