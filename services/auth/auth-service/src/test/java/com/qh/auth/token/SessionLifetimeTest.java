package com.qh.auth.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import com.qh.auth.AuthApi;
import com.qh.auth.AuthApi.Reply;
import com.qh.auth.secret.SecureTokens;
import com.qh.test.QhServiceTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
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

    static final String PASSWORD = "violet tractor sings at dawn";
    static final Duration MAX_AGE = Duration.ofDays(30);

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
    void refusesARefreshPastTheSessionMaxAgeAndEndsTheSession() {
        Reply signedIn = signIn();
        Reply refreshed = refresh(signedIn.string("refreshToken"));
        assertThat(refreshed.status()).isEqualTo(200);
        startedAgo(refreshed.string("refreshToken"), MAX_AGE.plusMinutes(1));

        Reply expired = refresh(refreshed.string("refreshToken"));

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.problemType()).isEqualTo("session-expired");
        assertThat(api.get("/api/v1/auth/me", refreshed.string("accessToken")).status())
                .as("the session's access token ends with it").isEqualTo(401);
        assertThat(refresh(refreshed.string("refreshToken")).status()).isEqualTo(401);
    }

    @Test
    void newTokensNeverOutliveTheSession() {
        Reply signedIn = signIn();
        // The session has ten minutes left: less than the 7-day refresh token and the 15-minute access token.
        Instant sessionEnds = startedAgo(signedIn.string("refreshToken"), MAX_AGE.minusMinutes(10));

        Reply refreshed = refresh(signedIn.string("refreshToken"));

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(expiresAt(refreshed.string("refreshToken"))).isBeforeOrEqualTo(sessionEnds);
        assertThat(sessionStartedAt(refreshed.string("refreshToken")))
                .as("the successor remembers the sign-in").isEqualTo(sessionEnds.minus(MAX_AGE));
        assertAccessTokenEndsBy(refreshed, sessionEnds);
    }

    @Test
    void everyRefreshCarriesTheSignInInstantForward() {
        Reply signedIn = signIn();
        Instant started = sessionStartedAt(signedIn.string("refreshToken"));

        Reply first = refresh(signedIn.string("refreshToken"));
        Reply second = refresh(first.string("refreshToken"));

        assertThat(sessionStartedAt(second.string("refreshToken"))).isEqualTo(started);
        assertThat(expiresAt(second.string("refreshToken"))).isBeforeOrEqualTo(started.plus(MAX_AGE));
    }

    private void assertAccessTokenEndsBy(Reply tokens, Instant sessionEnds) {
        try {
            Instant exp = SignedJWT.parse(tokens.string("accessToken")).getJWTClaimsSet().getExpirationTime()
                    .toInstant();
            assertThat(exp).isBeforeOrEqualTo(sessionEnds);
            assertThat(((Number) tokens.json().get("expiresIn")).longValue()).isLessThanOrEqualTo(600);
        }
        catch (java.text.ParseException e) {
            throw new AssertionError("not a JWT", e);
        }
    }

    /** Moves the sign-in of the token's session back by {@code age}; returns when the session now ends. */
    private Instant startedAgo(String refreshToken, Duration age) {
        Instant started = Instant.now().minus(age).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
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

    private Reply signIn() {
        String email = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(api.register(email, PASSWORD).status()).isEqualTo(201);
        Reply signedIn = api.login(email, PASSWORD);
        assertThat(signedIn.status()).isEqualTo(200);
        return signedIn;
    }

    private Reply refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
    }
}
