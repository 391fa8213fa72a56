package com.qh.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.AuthApi;
import com.qh.auth.AuthApi.Reply;
import com.qh.test.QhServiceTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With a stolen session, the current password at {@code password/change} must not be guessable without limit
 * (issue 21, item 13): wrong guesses count toward the sign-in lockout.
 */
@QhServiceTest(properties = "qh.auth.login.attempts-per-ip=10000")
class PasswordChangeLockoutTest {

    static final String PASSWORD = "violet tractor sings at dawn";
    static final String NEW_PASSWORD = "another long passphrase";

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
    void refusesPasswordChangeAfterFiveWrongCurrentPasswords() {
        String email = registeredPerson();
        String access = api.login(email, PASSWORD).string("accessToken");

        for (int i = 1; i <= 4; i++) {
            Reply wrong = change(access, "wrong guess number " + i);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.problemType()).isEqualTo("wrong-password");
        }
        Reply fifth = change(access, "wrong guess number 5");
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.problemType()).isEqualTo("account-locked");
        assertThat(fifth.headers().getFirst("Retry-After")).isNotBlank();

        Reply rightButLocked = change(access, PASSWORD);
        assertThat(rightButLocked.status()).as("the lock stops guessing, the right answer included").isEqualTo(429);
        assertThat(rightButLocked.problemType()).isEqualTo("account-locked");
        assertThat(api.login(email, PASSWORD).problemType()).as("the same lock as sign-in")
                .isEqualTo("account-locked");
        assertThat(auditTypes(email)).contains("PASSWORD_CHANGE_FAILED", "ACCOUNT_LOCKED");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where email = ? and type = ?", Long.class,
                email, "PASSWORD_CHANGE_FAILED")).isEqualTo(6);
    }

    @Test
    void wrongPasswordsAtChangeAndAtSignInCountTogether() {
        String email = registeredPerson();
        String access = api.login(email, PASSWORD).string("accessToken");
        for (int i = 1; i <= 3; i++) {
            assertThat(api.login(email, "wrong sign-in " + i).status()).isEqualTo(401);
        }

        assertThat(change(access, "wrong guess number 4").status()).isEqualTo(401);
        assertThat(change(access, "wrong guess number 5").problemType()).isEqualTo("account-locked");
    }

    @Test
    void theRightPasswordStillChangesItBeforeTheLimit() {
        String email = registeredPerson();
        String access = api.login(email, PASSWORD).string("accessToken");
        assertThat(change(access, "wrong guess").status()).isEqualTo(401);

        assertThat(change(access, PASSWORD).status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select failed_login_count from user_account where email = ?", Integer.class,
                email)).isZero();
    }

    private Reply change(String access, String currentPassword) {
        return api.post("/api/v1/auth/password/change", Map.of("currentPassword", currentPassword, "newPassword",
                NEW_PASSWORD), access);
    }

    private java.util.List<String> auditTypes(String email) {
        return jdbc.queryForList("select type from audit_event where email = ?", String.class, email);
    }

    private String registeredPerson() {
        String email = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(api.register(email, PASSWORD).status()).isEqualTo(201);
        return email;
    }
}
