package com.qh.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.SignedJWT;
import com.qh.auth.AuthApi;
import com.qh.test.QhServiceTest;
import java.text.ParseException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Keys rotate every few seconds here, to watch a rotation happen without signing anybody out. */
@QhServiceTest(properties = {
        "qh.auth.keys.rotation-period=3s",
        "qh.auth.keys.check-interval=PT0.5S",
        "qh.auth.login.attempts-per-ip=10000",
        "qh.auth.login.attempts-per-account=10000" })
class KeyRotationTest {

    private static final String PASSWORD = "violet tractor sings at dawn";

    @LocalServerPort
    int port;

    @Test
    void rotationStartsSigningWithANewKeyAndKeepsAcceptingTokensOfTheOldOne() throws Exception {
        AuthApi api = new AuthApi("http://localhost:" + port);
        String email = "rotation-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(api.register(email, PASSWORD).status()).isEqualTo(201);
        String before = api.login(email, PASSWORD).string("accessToken");
        String oldKid = kidOf(before);

        String[] after = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> !kidOf(after[0] = api.login(email, PASSWORD).string("accessToken")).equals(oldKid));

        assertThat(api.get("/api/v1/auth/me", before).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", after[0]).status()).isEqualTo(200);
        assertThat(api.get("/.well-known/jwks.json").body().toString()).contains(oldKid, kidOf(after[0]));
    }

    private static String kidOf(String token) throws ParseException {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }
}
