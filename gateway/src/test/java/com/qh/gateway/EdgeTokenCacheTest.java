package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import com.qh.platform.security.TokenDenylist;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole gateway with its cache of verified tokens: a token revoked after use is refused on the next request. */
class EdgeTokenCacheTest extends GatewayIntegrationTest {

    @Autowired
    TokenDenylist denylist;

    @Autowired
    MeterRegistry meters;

    @Test
    void refusesATokenRevokedAfterTheGatewayCachedIt() throws ParseException {
        profile.stubFor(get(urlEqualTo("/api/v1/profile/me")).willReturn(okJson("{}")));
        Instant expiresAt = Instant.now().plus(Duration.ofMinutes(15));
        String token = TestTokens.tokenExpiringAt(TestTokens.newUserId(), expiresAt);
        double cachedBefore = cachedCount();

        assertThat(profileMeWith(token).statusCode()).isEqualTo(200);
        assertThat(profileMeWith(token).statusCode()).isEqualTo(200);
        assertThat(cachedCount()).isEqualTo(cachedBefore + 1);

        denylist.revoke(SignedJWT.parse(token).getJWTClaimsSet().getJWTID(), expiresAt);

        HttpResponse<String> refused = profileMeWith(token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("\"type\":\"https://qh.dev/problems/unauthorized\"");
        profile.verify(2, getRequestedFor(urlEqualTo("/api/v1/profile/me")));
    }

    private double cachedCount() {
        return meters.get("qh.gateway.tokens").tag("result", "cached").counter().count();
    }

    private HttpResponse<String> profileMeWith(String token) {
        return send(request("/api/v1/profile/me").header("Authorization", bearer(token)));
    }
}
