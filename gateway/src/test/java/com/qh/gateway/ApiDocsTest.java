package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ApiDocsTest extends GatewayIntegrationTest {

    @Test
    void republishesEachServicesDocumentUnderItsName() {
        auth.stubFor(get(urlEqualTo("/v3/api-docs"))
                .willReturn(okJson("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"QH auth\"}}")));
        profile.stubFor(get(urlEqualTo("/v3/api-docs"))
                .willReturn(okJson("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"QH profile\"}}")));

        HttpResponse<String> authDocs = send(request("/v3/api-docs/auth"));
        HttpResponse<String> profileDocs = send(request("/v3/api-docs/profile"));

        assertThat(authDocs.statusCode()).isEqualTo(200);
        assertThat(authDocs.body()).contains("QH auth");
        assertThat(profileDocs.statusCode()).isEqualTo(200);
        assertThat(profileDocs.body()).contains("QH profile");
    }

    @Test
    void listsEveryServiceWithDocumentsInTheSwaggerUi() {
        HttpResponse<String> config = send(request("/v3/api-docs/swagger-config"));

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body())
                .contains("/v3/api-docs/auth")
                .contains("/v3/api-docs/profile")
                .contains("/v3/api-docs/vacancy")
                .doesNotContain("/v3/api-docs/analysis");
    }

    @Test
    void servesTheSwaggerUiWithoutAToken() {
        HttpResponse<String> ui = send(request("/swagger-ui/index.html"));

        assertThat(ui.statusCode()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    void answersServiceUnavailableWhenAServiceWithDocumentsIsDown() {
        HttpResponse<String> docs = send(request("/v3/api-docs/vacancy"));

        assertThat(docs.statusCode()).isEqualTo(503);
        assertThat(docs.body()).contains("service-unavailable");
    }
}
