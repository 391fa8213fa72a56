package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class RequestLogTest extends GatewayIntegrationTest {

    @Test
    void logsOneLineWithMethodPathStatusDurationUserAddressAndCorrelationId(CapturedOutput output) {
        String user = TestTokens.newUserId();
        profile.stubFor(get(urlEqualTo("/api/v1/profile/me")).willReturn(okJson("{}")));

        HttpResponse<String> response = send(request("/api/v1/profile/me")
                .header("Authorization", bearer(TestTokens.validToken(user)))
                .header("X-Correlation-Id", "log-check-1"));

        assertThat(response.statusCode()).isEqualTo(200);
        // The line is written once the answer has left, so the client may see the answer first.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains("log-check-1") && line.contains("com.qh.gateway.access")))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("GET").contains("/api/v1/profile/me").contains("200")
                        .contains(user).contains("127.0.0.1").containsPattern("\\d+ms")));
    }

    @Test
    void logsRefusedRequestsWithoutAUser(CapturedOutput output) {
        HttpResponse<String> response = send(request("/api/v1/profile/me").header("X-Correlation-Id", "log-check-2"));

        assertThat(response.statusCode()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains("log-check-2") && line.contains("com.qh.gateway.access")))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("401").contains("user=-")));
    }
    @ParameterizedTest
    @ValueSource(strings = { "/api/v1/documents/shared/s3cr3t-share-token",
            "/api/v1/documents/%73hared/s3cr3t-share-token", "/api/v1/notifications/unsubscribe/s3cr3t-unsub-token",
            "/api/v1/subscriptions/unsubscribe/s3cr3t-unsub-token?token=s3cr3t-q&password=s3cr3t-p&access_token=s3cr3t-a" })
    void leavesShareAndUnsubscribeTokensAndSecretParametersOutOfTheLog(String path, CapturedOutput output) {
        String correlationId = "log-secret-" + Math.abs(path.hashCode());
        send(request(path).header("X-Correlation-Id", correlationId));

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains(correlationId) && line.contains("com.qh.gateway.access")))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("[redacted]").doesNotContain("s3cr3t")));
    }
}
