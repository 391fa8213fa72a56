package com.qh.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway on a random port in front of real HTTP servers: WireMock plays auth (also serving the JWKS),
 * profile and analysis, and the web app (the catalog's fallback); vacancy points at a port nobody listens on; a real Tomcat plays notification's WebSocket. Every test class extending this one shares a
 * single application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GatewayIntegrationTest {

    static final String DEV_ORIGIN = "http://localhost:5173";

    static final WireMockServer auth = new WireMockServer(options().dynamicPort());
    static final WireMockServer profile = new WireMockServer(options().dynamicPort());
    static final WireMockServer web = new WireMockServer(options().dynamicPort());
    // Two live instances of resume behind a dead one (InstancesTest).
    static final WireMockServer resumeA = new WireMockServer(options().dynamicPort());
    static final WireMockServer resumeB = new WireMockServer(options().dynamicPort());
    // Bound but never listening: connections are refused at once, and no server started later (the gateway's own
    // random port, say) can be given this port, as one could if it were merely found free and released.
    private static final Socket deadPortHolder = reservedPort();
    static final int deadPort = deadPortHolder.getLocalPort();
    static final EchoWebSocketService notification = new EchoWebSocketService();
    static final StreamingService streaming = new StreamingService();

    // Started once for the shared context and left to stop with the JVM: a context outlives any one test class.
    static {
        auth.start();
        profile.start();
        web.start();
        resumeA.start();
        resumeB.start();
    }

    private static final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        // The test client on loopback plays the load balancer in front of the gateway, as in the default run; a
        // test class that needs it otherwise sets qh.test.trusted-proxies (these registrations outrank its own).
        registry.add("qh.trusted-proxies", () -> "${qh.test.trusted-proxies:127.0.0.1/32, ::1/128}");
        // On, as in the default run; ProductionDefaultsTest turns it off.
        registry.add("qh.gateway.api-docs.enabled", () -> "${qh.test.api-docs:true}");
        registry.add("qh.services.auth.url", auth::baseUrl);
        registry.add("qh.services.profile.url", profile::baseUrl);
        // The catalog makes web the fallback; only its address is the test's.
        registry.add("qh.services.web.url", web::baseUrl);
        registry.add("qh.services.analysis.url", profile::baseUrl);
        registry.add("qh.services.vacancy.url", () -> "http://127.0.0.1:" + deadPort);
        registry.add("qh.gateway.services.profile.paths[0]", () -> "/api/v1/profile/**");
        registry.add("qh.gateway.services.analysis.paths[0]", () -> "/api/v1/analysis/**");
        registry.add("qh.gateway.services.analysis.api-docs", () -> "false");
        registry.add("qh.gateway.services.vacancy.paths[0]", () -> "/api/v1/vacancies/**");
        // Share links answered by the same WireMock as profile: the gateway's rule in front of them is under test.
        registry.add("qh.services.document.url", profile::baseUrl);
        registry.add("qh.gateway.services.document.api-docs", () -> "false");
        registry.add("qh.gateway.services.document.health", () -> "false");
        registry.add("qh.services.notification.url", notification::baseUrl);
        // The same prefix as the socket, as in production: the HTTP route must leave the socket's path alone.
        registry.add("qh.gateway.services.notification.paths[0]", () -> "/api/v1/notifications/**");
        registry.add("qh.gateway.services.notification.websockets[0]", () -> EchoWebSocketService.PATH);
        registry.add("qh.gateway.services.notification.api-docs", () -> "false");
        registry.add("qh.gateway.services.notification.health", () -> "false");
        registry.add("qh.services.resume.url", () -> "http://127.0.0.1:" + deadPort);
        registry.add("qh.services.resume.instances[0]", () -> "http://127.0.0.1:" + deadPort);
        registry.add("qh.services.resume.instances[1]", resumeA::baseUrl);
        registry.add("qh.services.resume.instances[2]", resumeB::baseUrl);
        registry.add("qh.gateway.services.resume.api-docs", () -> "false");
        registry.add("qh.gateway.services.resume.health", () -> "false");
        registry.add("qh.services.letter.url", streaming::baseUrl);
        registry.add("qh.gateway.services.letter.paths[0]", () -> "/api/v1/letters/**");
        registry.add("qh.gateway.services.letter.api-docs", () -> "false");
        registry.add("qh.gateway.services.letter.health", () -> "false");
        registry.add("qh.gateway.cors.allowed-origins[0]", () -> DEV_ORIGIN);
        registry.add("management.endpoint.health.show-components", () -> "always");
        // Short enough for a test to outlast; uploads get longer (RoutingTest).
        registry.add("spring.http.clients.read-timeout", () -> "3s");
        registry.add("qh.gateway.upload-timeout", () -> "30s");
    }

    @BeforeEach
    void resetServices() {
        auth.resetAll();
        profile.resetAll();
        web.resetAll();
        auth.stubFor(get(urlEqualTo("/.well-known/jwks.json")).willReturn(okJson(TestTokens.jwks())));
        resumeA.resetAll();
        resumeB.resetAll();
        for (WireMockServer service : new WireMockServer[] { auth, profile, web }) {
            service.stubFor(get(urlEqualTo("/actuator/health/readiness")).willReturn(aResponse()
                    .withHeader("Content-Type", "application/vnd.spring-boot.actuator.v3+json")
                    .withBody("{\"status\":\"UP\"}")));
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    private static Socket reservedPort() {
        try {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
