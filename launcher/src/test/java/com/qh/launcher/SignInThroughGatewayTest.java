package com.qh.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The whole platform as a user meets it: the default run (embedded PostgreSQL and broker, every app in its own
 * class loader) reached only through the gateway.
 */
@ExtendWith(RunningPlatform.class)
class SignInThroughGatewayTest {

    private static final String PASSWORD = RunningPlatform.PASSWORD;

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    @Test
    void registersVerifiesSignsInRefreshesAndSignsOut() throws Exception {
        User user = platform.signUp();
        String email = user.email();

        Answer login = post("/api/v1/auth/login", credentials(email), null);
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.json().get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(login.json().get("expiresIn").asInt()).isEqualTo(900);
        String access = login.json().get("accessToken").asString();
        String refresh = login.json().get("refreshToken").asString();

        Answer me = get("/api/v1/auth/me", access);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(email);
        assertThat(me.json().get("emailVerified").asBoolean()).isTrue();

        Answer refreshed = post("/api/v1/auth/refresh", "{\"refreshToken\":\"%s\"}".formatted(refresh), null);
        assertThat(refreshed.status()).isEqualTo(200);
        String newRefresh = refreshed.json().get("refreshToken").asString();
        assertThat(newRefresh).isNotEqualTo(refresh);

        Answer reused = post("/api/v1/auth/refresh", "{\"refreshToken\":\"%s\"}".formatted(refresh), null);
        assertThat(reused.status()).isEqualTo(401);
        // Reuse of a spent token revokes the whole family, including the token it was exchanged for.
        assertThat(post("/api/v1/auth/refresh", "{\"refreshToken\":\"%s\"}".formatted(newRefresh), null).status())
                .isEqualTo(401);

        Answer again = post("/api/v1/auth/login", credentials(email), null);
        String sessionAccess = again.json().get("accessToken").asString();
        assertThat(get("/api/v1/auth/me", sessionAccess).status()).isEqualTo(200);
        Answer logout = post("/api/v1/auth/logout",
                "{\"refreshToken\":\"%s\"}".formatted(again.json().get("refreshToken").asString()), sessionAccess);
        assertThat(logout.status()).isEqualTo(204);
        Answer afterLogout = get("/api/v1/auth/me", sessionAccess);
        assertThat(afterLogout.status()).isEqualTo(401);
        assertThat(afterLogout.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesTamperedUnsignedAndExpiredTokens() throws Exception {
        String access = platform.signUp().accessToken();
        String[] parts = access.split("\\.");
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);

        String tampered = parts[0] + "." + b64.encodeToString(payload.replace("\"USER\"", "\"ADMIN\"")
                .getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String unsigned = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        String expired = signedWithAuthsKey(RunningPlatform.JSON.readTree(payload),
                Instant.now().minus(Duration.ofMinutes(5)));

        for (String refused : List.of(tampered, unsigned, expired, "not-a-token")) {
            Answer answer = get("/api/v1/auth/me", refused);
            assertThat(answer.status()).as(refused).isEqualTo(401);
            assertThat(answer.json().get("type").asString()).contains("https://qh.dev/problems/");
        }
        // The key really is auth's: the same claims signed with it and still valid are accepted.
        assertThat(get("/api/v1/auth/me", signedWithAuthsKey(RunningPlatform.JSON.readTree(payload),
                Instant.now().plus(Duration.ofMinutes(5)))).status()).isEqualTo(200);
    }

    @Test
    void sendsANewVerificationLinkToAnAnonymousCallerThroughTheGateway() {
        // Public at auth but missing from the gateway's old copy of the public paths: it was a 401 at the edge.
        Answer resend = post("/api/v1/auth/verify-email/resend",
                "{\"email\":\"nobody-%s@example.org\"}".formatted(UUID.randomUUID()), null);

        assertThat(resend.status()).isEqualTo(202);
    }

    @Test
    void answersBadBodiesWithProblemDocuments() throws Exception {
        Answer invalid = post("/api/v1/auth/register", "{\"email\":\"not-an-address\",\"password\":\"x\"}", null);
        Answer malformed = post("/api/v1/auth/register", "{\"email\":", null);
        Answer wrongType = platform.send(platform.request("POST", "/api/v1/auth/login", null)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")));

        Answer weakPassword = post("/api/v1/auth/register", """
                {"email":"weak-%s@example.org","password":"password123","displayName":"Weak","locale":"en"}"""
                .formatted(UUID.randomUUID()), null);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors").findValuesAsString("field")).contains("email", "displayName");
        assertThat(weakPassword.status()).isBetween(400, 422);
        assertThat(weakPassword.json().get("errors").findValuesAsString("field")).contains("password");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(wrongType.status()).isEqualTo(415);
    }

    @Test
    void reportsReadyOnlyWithEveryServiceBehindIt() throws Exception {
        Answer health = get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
    }

    /** The claims of an access token of auth's, expiring at {@code expiry}, signed with auth's current key. */
    private static String signedWithAuthsKey(JsonNode claims, Instant expiry) throws Exception {
        return AuthSigningKey.of(platform).sign(new JWTClaimsSet.Builder()
                .subject(claims.get("sub").asString())
                .issuer(claims.get("iss").asString())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(expiry.minus(Duration.ofMinutes(15))))
                .expirationTime(Date.from(expiry))
                .claim("email", claims.get("email").asString())
                .claim("roles", List.of("USER"))
                .build());
    }

    private static String credentials(String email) {
        return "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD);
    }

    private static Answer post(String path, String json, String token) {
        return platform.send(platform.json("POST", path, json, token));
    }

    private static Answer get(String path, String token) {
        return platform.send(platform.request("GET", path, token));
    }
}
