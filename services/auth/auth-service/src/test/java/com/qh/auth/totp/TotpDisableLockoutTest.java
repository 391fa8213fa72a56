package com.qh.auth.totp;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.AuthApi;
import com.qh.auth.AuthApi.Reply;
import com.qh.test.QhServiceTest;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
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

    static final String PASSWORD = "violet tractor sings at dawn";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    AuthApi api;

    final TotpCodes authenticator = new TotpCodes("QH");

    @BeforeEach
    void connect() {
        api = new AuthApi("http://localhost:" + port);
    }

    @Test
    void refusesTotpDisableAfterFiveWrongCodes() {
        String email = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(api.register(email, PASSWORD).status()).isEqualTo(201);
        String access = api.login(email, PASSWORD).string("accessToken");
        String secret = api.post("/api/v1/auth/2fa/totp", null, access).string("secret");
        assertThat(disableOrConfirm("confirm", authenticator.codeAt(secret, Instant.now()), access).status())
                .isEqualTo(204);

        String[] wrongCodes = wrongCodes(secret);
        for (int i = 0; i < 4; i++) {
            Reply wrong = disableOrConfirm("disable", wrongCodes[i], access);
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.problemType()).isEqualTo("invalid-totp-code");
        }
        Reply fifth = disableOrConfirm("disable", wrongCodes[4], access);
        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.problemType()).isEqualTo("account-locked");

        Reply rightButLocked = disableOrConfirm("disable", authenticator.codeAt(secret, Instant.now().plusSeconds(30)),
                access);
        assertThat(rightButLocked.status()).isEqualTo(429);
        assertThat(api.get("/api/v1/auth/me", access).json()).containsEntry("totpEnabled", true);
        assertThat(jdbc.queryForList("select type from audit_event where email = ?", String.class, email))
                .contains("TOTP_DISABLE_FAILED", "ACCOUNT_LOCKED");
    }

    private Reply disableOrConfirm(String action, String code, String access) {
        return api.post("/api/v1/auth/2fa/totp/" + action, Map.of("code", code), access);
    }

    /** Five codes no authenticator shows around now (the accepted window is one step either side). */
    private String[] wrongCodes(String secret) {
        Instant now = Instant.now();
        Set<String> valid = Set.of(authenticator.codeAt(secret, now.minusSeconds(60)),
                authenticator.codeAt(secret, now.minusSeconds(30)), authenticator.codeAt(secret, now),
                authenticator.codeAt(secret, now.plusSeconds(30)), authenticator.codeAt(secret, now.plusSeconds(60)));
        return IntStream.range(0, 20).mapToObj(i -> String.format("%06d", (i * 7919 + 123) % 1_000_000))
                .filter(code -> !valid.contains(code)).limit(5).toArray(String[]::new);
    }
}
