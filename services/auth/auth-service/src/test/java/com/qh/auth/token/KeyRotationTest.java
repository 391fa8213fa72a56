package com.qh.auth.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jwt.SignedJWT;
import com.qh.auth.TestAccounts;
import com.qh.test.ApiClient;
import com.qh.test.QhServiceTest;
import java.text.ParseException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Keys rotate every few seconds here, to watch a rotation happen without signing anybody out. */
@QhServiceTest(properties = {
        "qh.auth.keys.rotation-period=3s",
        "qh.auth.keys.check-interval=PT0.5S",
        "qh.auth.login.attempts-per-ip=10000",
        "qh.auth.login.attempts-per-account=10000" })
class KeyRotationTest {

    @LocalServerPort
    int port;

    @Test
    void rotationStartsSigningWithANewKeyAndKeepsAcceptingTokensOfTheOldOne() throws Exception {
        ApiClient api = ApiClient.on(port);
        TestAccounts accounts = new TestAccounts(api);
        String email = accounts.registered(TestAccounts.newEmail("rotation"));
        String before = accounts.signIn(email).accessToken();
        String oldKid = kidOf(before);

        String[] after = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> !kidOf(after[0] = accounts.signIn(email).accessToken()).equals(oldKid));

        assertThat(api.as(before).get("/api/v1/auth/me").status()).isEqualTo(200);
        assertThat(api.as(after[0]).get("/api/v1/auth/me").status()).isEqualTo(200);
        assertThat(api.get("/.well-known/jwks.json").text()).contains(oldKid, kidOf(after[0]));
    }

    private static String kidOf(String token) throws ParseException {
        return SignedJWT.parse(token).getHeader().getKeyID();
    }
}
