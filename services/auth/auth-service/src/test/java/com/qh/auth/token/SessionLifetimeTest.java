package com.qh.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import com.qh.auth.TestAccounts;
import com.qh.auth.TestAccounts.Session;
import com.qh.auth.secret.SecureTokens;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A session ends {@code qh.auth.tokens.session-max-age} (30 days) after its sign-in however often it is refreshed
 * (issue 21, item 9). The sign-in is moved into the past in the database rather than waiting a month.
 */
@QhServiceTest(properties = "qh.auth.login.attempts-per-ip=10000")
class SessionLifetimeTest {

    static final Duration MAX_AGE = Duration.ofDays(30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    TestAccounts accounts;

    @BeforeEach
    void connect() {
        api = ApiClient.on(port);
        accounts = new TestAccounts(api);
    }

    @Test
    void refusesARefreshPastTheSessionMaxAgeAndEndsTheSession() {
        Session refreshed = accounts.refreshed(accounts.signedUp());
        startedAgo(refreshed.refreshToken(), MAX_AGE.plusMinutes(1));

        Reply expired = accounts.refresh(refreshed.refreshToken());

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.problemType()).isEqualTo("session-expired");
        assertThat(api.as(refreshed.accessToken()).get("/api/v1/auth/me").status())
                .as("the session's access token ends with it").isEqualTo(401);
        assertThat(accounts.refresh(refreshed.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void newTokensNeverOutliveTheSession() {
        Session signedIn = accounts.signedUp();
        // The session has ten minutes left: less than the 7-day refresh token and the 15-minute access token.
        Instant sessionEnds = startedAgo(signedIn.refreshToken(), MAX_AGE.minusMinutes(10));

        Session refreshed = accounts.refreshed(signedIn);

        assertThat(expiresAt(refreshed.refreshToken())).isBeforeOrEqualTo(sessionEnds);
        assertThat(sessionStartedAt(refreshed.refreshToken()))
                .as("the successor remembers the sign-in").isEqualTo(sessionEnds.minus(MAX_AGE));
        assertAccessTokenEndsBy(refreshed, sessionEnds);
    }

    @Test
    void everyRefreshCarriesTheSignInInstantForward() {
        Session signedIn = accounts.signedUp();
        Instant started = sessionStartedAt(signedIn.refreshToken());

        Session second = accounts.refreshed(accounts.refreshed(signedIn));

        assertThat(sessionStartedAt(second.refreshToken())).isEqualTo(started);
        assertThat(expiresAt(second.refreshToken())).isBeforeOrEqualTo(started.plus(MAX_AGE));
    }

    private void assertAccessTokenEndsBy(Session tokens, Instant sessionEnds) {
        try {
            Instant exp = SignedJWT.parse(tokens.accessToken()).getJWTClaimsSet().getExpirationTime().toInstant();
            assertThat(exp).isBeforeOrEqualTo(sessionEnds);
            assertThat(tokens.reply().json().path("expiresIn").longValue()).isLessThanOrEqualTo(600);
        }
        catch (ParseException e) {
            throw new AssertionError("not a JWT", e);
        }
    }

    /** Moves the sign-in of the token's session back by {@code age}; returns when the session now ends. */
    private Instant startedAgo(String refreshToken, Duration age) {
        Instant started = Instant.now().minus(age).truncatedTo(ChronoUnit.MILLIS);
        jdbc.update("update refresh_token set session_started_at = ? where family_id = (select family_id from "
                + "refresh_token where token_hash = ?)", Timestamp.from(started), SecureTokens.sha256(refreshToken));
        return started.plus(MAX_AGE);
    }

    private Instant sessionStartedAt(String refreshToken) {
        return jdbc.queryForObject("select session_started_at from refresh_token where token_hash = ?",
                Timestamp.class, SecureTokens.sha256(refreshToken)).toInstant();
    }

    private Instant expiresAt(String refreshToken) {
        return jdbc.queryForObject("select expires_at from refresh_token where token_hash = ?", Timestamp.class,
                SecureTokens.sha256(refreshToken)).toInstant();
    }
}
