package com.qh.auth.account;

import static com.qh.auth.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.TestAccounts;
import com.qh.auth.TestAccounts.Session;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import java.util.List;
import java.util.Map;
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

    static final String NEW_PASSWORD = "another long passphrase";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    TestAccounts accounts;

    ApiClient api;

    @BeforeEach
    void connect() {
        api = ApiClient.on(port);
        accounts = new TestAccounts(api);
    }

    @Test
    void refusesPasswordChangeAfterFiveWrongCurrentPasswords() {
        Session session = accounts.signedUp();

        for (int i = 1; i <= 4; i++) {
            Reply wrong = change(session, "wrong guess number " + i);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.problemType()).isEqualTo("wrong-password");
        }
        Reply fifth = change(session, "wrong guess number 5");
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.problemType()).isEqualTo("account-locked");
        assertThat(fifth.header("Retry-After")).isNotBlank();

        Reply rightButLocked = change(session, PASSWORD);
        assertThat(rightButLocked.status()).as("the lock stops guessing, the right answer included").isEqualTo(429);
        assertThat(rightButLocked.problemType()).isEqualTo("account-locked");
        assertThat(accounts.login(session.email(), PASSWORD).problemType()).as("the same lock as sign-in")
                .isEqualTo("account-locked");
        assertThat(auditTypes(session.email())).contains("PASSWORD_CHANGE_FAILED", "ACCOUNT_LOCKED");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where email = ? and type = ?", Long.class,
                session.email(), "PASSWORD_CHANGE_FAILED")).isEqualTo(6);
    }

    @Test
    void wrongPasswordsAtChangeAndAtSignInCountTogether() {
        Session session = accounts.signedUp();
        for (int i = 1; i <= 3; i++) {
            assertThat(accounts.login(session.email(), "wrong sign-in " + i).status()).isEqualTo(401);
        }

        assertThat(change(session, "wrong guess number 4").status()).isEqualTo(401);
        assertThat(change(session, "wrong guess number 5").problemType()).isEqualTo("account-locked");
    }

    @Test
    void theRightPasswordStillChangesItBeforeTheLimit() {
        Session session = accounts.signedUp();
        assertThat(change(session, "wrong guess").status()).isEqualTo(401);

        assertThat(change(session, PASSWORD).status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select failed_login_count from user_account where email = ?", Integer.class,
                session.email())).isZero();
    }

    private Reply change(Session session, String currentPassword) {
        return api.as(session.accessToken()).post("/api/v1/auth/password/change", Map.of("currentPassword",
                currentPassword, "newPassword", NEW_PASSWORD));
    }

    private List<String> auditTypes(String email) {
        return jdbc.queryForList("select type from audit_event where email = ?", String.class, email);
    }
}
