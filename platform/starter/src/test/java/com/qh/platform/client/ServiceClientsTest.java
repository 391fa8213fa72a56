package com.qh.platform.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** Calls to other services, with auth and the other service played by WireMock. */
class ServiceClientsTest {

    private final WireMockServer services = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @BeforeEach
    void start() {
        services.start();
        services.stubFor(post(urlEqualTo(ServiceTokens.PATH + "?audience=profile"))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder()
                        .encodeToString("vacancy:vacancy-secret".getBytes())))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"accessToken\":\"service-token-1\",\"expiresIn\":900,\"tokenType\":\"Bearer\"}")));
        services.stubFor(get(urlEqualTo("/api/v1/profile/me")).willReturn(aResponse().withStatus(200)));
    }

    @AfterEach
    void stop() {
        services.stop();
        SecurityContextHolder.clearContext();
    }

    @Test
    void sendsItsOwnServiceTokenOutsideARequestAndFetchesItOnce() {
        ServiceClients clients = clients("vacancy-secret");

        clients.forService("profile").get().uri("/api/v1/profile/me").retrieve().toBodilessEntity();
        clients.forService("profile").get().uri("/api/v1/profile/me").retrieve().toBodilessEntity();

        services.verify(2, getRequestedFor(urlEqualTo("/api/v1/profile/me"))
                .withHeader("Authorization", equalTo("Bearer service-token-1")));
        services.verify(1, postRequestedFor(urlEqualTo(ServiceTokens.PATH + "?audience=profile")));
    }

    @Test
    void relaysTheCallersTokenWhileServingTheirRequest() {
        Jwt jwt = new Jwt("users-token", Instant.now(), Instant.now().plusSeconds(60), Map.of("alg", "RS256"),
                Map.of("sub", "4b8f8e56-7f0c-4f5e-9a4f-2f8c7c1d9e10"));
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));

        clients("vacancy-secret").forService("profile").get().uri("/api/v1/profile/me").retrieve().toBodilessEntity();

        services.verify(getRequestedFor(urlEqualTo("/api/v1/profile/me"))
                .withHeader("Authorization", equalTo("Bearer users-token")));
        services.verify(0, postRequestedFor(urlEqualTo(ServiceTokens.PATH + "?audience=profile")));
    }

    @Test
    void sendsNoTokenWhenTheServiceHasNoSecret() {
        clients(null).forService("profile").get().uri("/api/v1/profile/me").retrieve().toBodilessEntity();

        services.verify(getRequestedFor(urlEqualTo("/api/v1/profile/me")).withoutHeader("Authorization"));
    }

    @Test
    void saysWhatIsWrongWhenAuthRefusesTheSecret() {
        ServiceClients clients = clients("wrong-secret");

        assertThatThrownBy(() -> clients.forService("profile").get().uri("/api/v1/profile/me").retrieve()
                .toBodilessEntity()).isInstanceOf(ServiceTokens.ServiceTokenUnavailableException.class)
                .hasMessageContaining("qh.security.service-client.secret");
    }

    @Test
    void namesTheMissingSettingForAnUnknownService() {
        assertThatThrownBy(() -> clients(null).forService("nowhere")).hasMessageContaining("qh.services.nowhere.url");
    }

    private ServiceClients clients(String secret) {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("qh.services.profile.url", services.baseUrl());
        ClientProperties timeouts = new ClientProperties(Duration.ofSeconds(2), Duration.ofSeconds(5));
        ServiceTokens tokens = new ServiceTokens(URI.create(services.baseUrl()), "vacancy", secret, timeouts,
                JsonMapper.builder().build(), Clock.systemUTC());
        return new ServiceClients(RestClient.builder(), environment, timeouts, tokens);
    }
}
