package com.qh.platform.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.qh.platform.sample.SampleApplication;
import com.qh.platform.security.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the sample service on a real port, with auth's JWKS played by WireMock, and talks to it over HTTP as a
 * client would.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("web")
public abstract class HttpTestSupport {

    protected static final TestTokens TOKENS = new TestTokens();
    private static final WireMockServer AUTH = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        AUTH.start();
        AUTH.stubFor(get(urlEqualTo("/.well-known/jwks.json"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(TOKENS.jwks())));
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void authJwks(DynamicPropertyRegistry registry) {
        registry.add("qh.security.jwks-uri", () -> AUTH.baseUrl() + "/.well-known/jwks.json");
    }

    protected Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() || !response.headers().firstValue("Content-Type")
                    .orElse("").contains("json") ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    body, response.body(), response.headers().firstValue(CorrelationId.HEADER).orElse(null));
        }
        catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    protected HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    protected HttpRequest.Builder postJson(String path, String json, String token) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /** What came back: status, content type, the body parsed when it is JSON, and the correlation id. */
    protected record Answer(int status, String contentType, JsonNode json, String text, String correlationId) {

        public String problemType() {
            return json.get("type").asString();
        }
    }
}
