package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

/**
 * The gateway as the launcher runs it (the {@code embedded} profile): the captured mail is routed, behind a token
 * (issue 21, item 1); the notification service itself allows only admins. WireMock (profile's) plays it here.
 */
@ActiveProfiles("embedded")
@TestPropertySource(properties = "qh.services.notification-dev.url=${qh.services.profile.url}")
class EmbeddedRunTest extends GatewayIntegrationTest {

    @Test
    void routesTheCapturedMailToTheNotificationServiceWithAToken() {
        profile.stubFor(get(urlPathEqualTo("/api/v1/dev/mail")).willReturn(okJson("[]")));

        HttpResponse<String> response = send(request("/api/v1/dev/mail?to=a%40example.org")
                .header("Authorization", bearer(TestTokens.validToken(TestTokens.newUserId()))));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[]");
    }

    @Test
    void refusesTheCapturedMailWithoutAToken() {
        HttpResponse<String> response = send(request("/api/v1/dev/mail?to=a%40example.org"));

        assertThat(response.statusCode()).isEqualTo(401);
        profile.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/dev/mail")));
    }

    @Test
    void servesTheSwaggerUi() {
        assertThat(send(request("/swagger-ui/index.html")).statusCode()).isEqualTo(200);
    }
}
