package com.qh.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.AuthApi;
import com.qh.test.QhServiceTest;
import java.util.UUID;
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

    static final String PASSWORD = "violet tractor sings at dawn";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    AuthApi api;

    @BeforeEach
    void connect() {
        api = new AuthApi("http://localhost:" + port);
    }

    @Test
    void hashesNewPasswordsWithAtLeast19MiBTwoIterationsAndParallelismOne() {
        String email = registeredPerson();

        assertThat(hashOf(email)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void acceptsAWeakerOldHashAndRehashesItOnSignIn() {
        String email = registeredPerson();
        String old = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        assertThat(old).contains("m=16384");
        jdbc.update("update user_account set password_hash = ? where email = ?", old, email);

        assertThat(api.login(email, PASSWORD).status()).isEqualTo(200);

        assertThat(hashOf(email)).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(api.login(email, PASSWORD).status()).as("the new hash verifies").isEqualTo(200);
    }

    @Test
    void aFailedSignInLeavesTheOldHashAlone() {
        String email = registeredPerson();
        String old = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        jdbc.update("update user_account set password_hash = ? where email = ?", old, email);

        assertThat(api.login(email, "not the password at all").status()).isEqualTo(401);

        assertThat(hashOf(email)).isEqualTo(old);
    }

    private String hashOf(String email) {
        return jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, email);
    }

    private String registeredPerson() {
        String email = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(api.register(email, PASSWORD).status()).isEqualTo(201);
        return email;
    }
}
