package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.context.TestPropertySource;

/** The gateway outside the default run: no Swagger UI, no API documents, no captured mail (issue 21, items 1, 14). */
@TestPropertySource(properties = { ProductionDefaultsTest.TRUSTED_PROXIES, ProductionDefaultsTest.API_DOCS })
class ProductionDefaultsTest extends GatewayIntegrationTest {

    // The same in every class that uses them, so those classes share one application context.
    static final String TRUSTED_PROXIES = "qh.test.trusted-proxies=192.0.2.0/24";
    static final String API_DOCS = "qh.test.api-docs=false";

    @ParameterizedTest
    @ValueSource(strings = { "/swagger-ui.html", "/swagger-ui/index.html", "/v3/api-docs/swagger-config",
            "/v3/api-docs/auth", "/v3/api-docs" })
    void servesNoApiDocumentsUnlessTurnedOn(String path) {
        HttpResponse<String> response = send(request(path));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("<html").doesNotContain("\"openapi\"")
                .doesNotContain("\"urls\"");
    }

    @Test
    void routesNoCapturedMailOutsideTheDefaultRun() {
        profile.stubFor(get(urlPathEqualTo("/api/v1/dev/mail")).willReturn(okJson("[]")));

        HttpResponse<String> response = send(request("/api/v1/dev/mail?to=a%40example.org")
                .header("Authorization", bearer(TestTokens.validToken(TestTokens.newUserId()))));

        assertThat(response.statusCode()).isEqualTo(404);
        profile.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/dev/mail")));
    }
}
