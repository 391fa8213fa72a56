package com.qh.auth.login;

import static com.qh.auth.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.TestAccounts;
import com.qh.test.ApiClient;
import com.qh.test.QhServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Passwords are hashed with Argon2id at OWASP's minimum, 19 MiB, 2 iterations, parallelism 1 (issue 21, item 14);
 * hashes made before with Spring's 16 MiB defaults keep working and are rehashed at the next sign-in.
 */
@QhServiceTest(properties = "qh.auth.login.attempts-per-ip=10000")
class PasswordRehashTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    TestAccounts accounts;

    @BeforeEach
    void connect() {
        accounts = new TestAccounts(ApiClient.on(port));
    }

    @Test
    void hashesNewPasswordsWithAtLeast19MiBTwoIterationsAndParallelismOne() {
        String email = accounts.registered();

        assertThat(hashOf(email)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void acceptsAWeakerOldHashAndRehashesItOnSignIn() {
        String email = accounts.registered();
        String old = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        assertThat(old).contains("m=16384");
        jdbc.update("update user_account set password_hash = ? where email = ?", old, email);

        assertThat(accounts.login(email, PASSWORD).status()).isEqualTo(200);

        assertThat(hashOf(email)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(accounts.login(email, PASSWORD).status()).as("the new hash verifies").isEqualTo(200);
    }

    @Test
    void aFailedSignInLeavesTheOldHashAlone() {
        String email = accounts.registered();
        String old = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        jdbc.update("update user_account set password_hash = ? where email = ?", old, email);

        assertThat(accounts.login(email, "not the password at all").status()).isEqualTo(401);

        assertThat(hashOf(email)).isEqualTo(old);
    }

    private String hashOf(String email) {
        return jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, email);
    }
}
