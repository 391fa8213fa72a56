package com.qh.auth.totp;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.TestAccounts;
import com.qh.auth.TestAccounts.Session;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With a stolen session, six digits at {@code 2fa/totp/disable} must not be guessable without limit (issue 21,
 * item 13): wrong codes count toward the sign-in lockout.
 */
@QhServiceTest(properties = "qh.auth.login.attempts-per-ip=10000")
class TotpDisableLockoutTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void refusesTotpDisableAfterFiveWrongCodes() {
        Session session = new TestAccounts(ApiClient.on(port)).signedUp();
        ApiClient thief = ApiClient.on(port).as(session.accessToken());
        Authenticator authenticator = Authenticator.enrolled(thief);

        String[] wrongCodes = authenticator.wrongCodes();
        for (int i = 0; i < 4; i++) {
            Reply wrong = disable(thief, wrongCodes[i]);
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.problemType()).isEqualTo("invalid-totp-code");
        }
        Reply fifth = disable(thief, wrongCodes[4]);
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.problemType()).isEqualTo("account-locked");

        Reply rightButLocked = disable(thief, authenticator.nextCode());
        assertThat(rightButLocked.status()).isEqualTo(429);
        assertThat(thief.get("/api/v1/auth/me").json().path("totpEnabled").booleanValue()).isTrue();
        assertThat(jdbc.queryForList("select type from audit_event where email = ?", String.class, session.email()))
                .contains("TOTP_DISABLE_FAILED", "ACCOUNT_LOCKED");
    }

    private static Reply disable(ApiClient session, String code) {
        return session.post("/api/v1/auth/2fa/totp/disable", Map.of("code", code));
    }
}
