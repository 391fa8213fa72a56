package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class CorsTest extends GatewayIntegrationTest {

    @Test
    void allowsPreflightFromAConfiguredOriginWithoutAToken() {
        HttpResponse<String> response = send(preflight(DEV_ORIGIN));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DEV_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValueSatisfying(methods -> assertThat(methods).contains("PUT"));
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(headers -> assertThat(headers.toLowerCase()).contains("authorization"));
    }

    @Test
    void refusesAPreflightForAMethodTheSettingsDoNotAllowWithAProblemDocument() {
        HttpResponse<String> response = send(request("/api/v1/profile/me")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", DEV_ORIGIN)
                .header("Access-Control-Request-Method", "TRACE"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"https://qh.dev/problems/cors-request-not-allowed\"");
    }

    @Test
    void refusesPreflightFromAnyOtherOriginWithAProblemDocument() {
        HttpResponse<String> response = send(preflight("https://evil.example"));

        assertRefusedAsProblem(response, "/api/v1/profile/me");
    }

    @Test
    void refusesACrossOriginReadFromAnotherSiteWithAProblemDocument() {
        HttpResponse<String> response = send(request("/api/v1/profile/me")
                .header("Authorization", bearer(TestTokens.validToken(TestTokens.newUserId())))
                .header("Origin", "https://evil.example"));

        assertRefusedAsProblem(response, "/api/v1/profile/me");
        profile.verify(0, anyRequestedFor(urlEqualTo("/api/v1/profile/me")));
    }

    @Test
    void refusesTheNullOriginWithAProblemDocument() {
        HttpResponse<String> response = send(request("/api/v1/profile/me")
                .header("Authorization", bearer(TestTokens.validToken(TestTokens.newUserId())))
                .header("Origin", "null"));

        assertRefusedAsProblem(response, "/api/v1/profile/me");
    }

    private static void assertRefusedAsProblem(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).isEmpty();
        assertThat(response.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.headers().allValues("Vary")).anySatisfy(vary -> assertThat(vary).contains("Origin"));
        assertThat(response.body())
                .contains("\"type\":\"https://qh.dev/problems/cors-origin-not-allowed\"")
                .contains("\"status\":403")
                .contains("\"title\":")
                .contains("\"instance\":\"" + path + "\"")
                .doesNotContain("Invalid CORS request");
    }

    private HttpRequest.Builder preflight(String origin) {
        return request("/api/v1/profile/me")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,content-type");
    }
}
