package com.qh.platform.net;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The resolver inside a real HTTP client talking to a real HTTP server on loopback: the server stands for an
 * address inside our network, reachable only when a test allows {@code 127.0.0.1} by name.
 */
class PublicAddressResolverTest {

    static final WireMockServer inside = new WireMockServer(
            WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

    @BeforeAll
    static void start() {
        inside.start();
    }

    @AfterAll
    static void stop() {
        inside.stop();
    }

    @BeforeEach
    void reset() {
        inside.resetAll();
        inside.stubFor(get(urlEqualTo("/secret")).willReturn(aResponse().withBody("internal")));
    }

    @Test
    void refusesToConnectToLoopbackByAddressOrByName() throws Exception {
        PublicAddressResolver resolver = new PublicAddressResolver(List.of());
        try (CloseableHttpClient http = client(resolver)) {
            for (String host : List.of("127.0.0.1", "localhost", "[::ffff:127.0.0.1]")) {
                String url = "http://" + host + ":" + inside.port() + "/secret";
                assertThatThrownBy(() -> http.execute(new HttpGet(url), response -> response.getCode())).as(url)
                        .satisfies(e -> assertThat(BlockedAddressException.in(e)).isPresent());
            }
        }
        inside.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void vetsTheAddressTheClientConnectsToNotAnEarlierAnswer() throws Exception {
        // A rebinding name: public when someone checks it first, loopback when the client connects.
        AtomicInteger lookups = new AtomicInteger();
        PublicAddressResolver resolver = new PublicAddressResolver(List.of(), host -> host.equals("push.example.test")
                ? new InetAddress[] {InetAddress.getByName(lookups.getAndIncrement() == 0 ? "93.184.215.14" : "127.0.0.1")}
                : InetAddress.getAllByName(host));

        assertThat(resolver.resolve("push.example.test")).extracting(InetAddress::getHostAddress)
                .containsExactly("93.184.215.14");
        try (CloseableHttpClient http = client(resolver)) {
            assertThatThrownBy(() -> http.execute(new HttpGet("http://push.example.test:" + inside.port() + "/secret"),
                    response -> response.getCode()))
                    .satisfies(e -> assertThat(BlockedAddressException.in(e)).get()
                            .satisfies(blocked -> assertThat(blocked.address().getHostAddress()).isEqualTo("127.0.0.1")));
        }
        inside.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void refusesANameWithAnyNonPublicAddressAmongPublicOnes() {
        PublicAddressResolver resolver = new PublicAddressResolver(List.of(), host -> new InetAddress[] {
                InetAddress.getByName("93.184.215.14"), InetAddress.getByName("64:ff9b::a9fe:a9fe")});

        assertThatThrownBy(() -> resolver.resolve("mixed.example.test")).isInstanceOf(BlockedAddressException.class);
    }

    @Test
    void letsAnAllowedHostThroughByNameOnly() throws Exception {
        PublicAddressResolver resolver = new PublicAddressResolver(List.of(" 127.0.0.1 "));
        try (CloseableHttpClient http = client(resolver)) {
            int status = http.execute(new HttpGet("http://127.0.0.1:" + inside.port() + "/secret"),
                    response -> response.getCode());
            assertThat(status).isEqualTo(200);
            assertThatThrownBy(() -> http.execute(new HttpGet("http://localhost:" + inside.port() + "/secret"),
                    response -> response.getCode())).satisfies(e -> assertThat(BlockedAddressException.in(e)).isPresent());
        }
        assertThat(resolver.isAllowed("127.0.0.1")).isTrue();
        assertThat(resolver.isAllowed("localhost")).isFalse();
    }

    @Test
    void reportsANameThatDoesNotResolveAsUnknownNotBlocked() {
        PublicAddressResolver resolver = new PublicAddressResolver(List.of(), host -> {
            throw new UnknownHostException(host);
        });

        assertThatThrownBy(() -> resolver.resolve("nowhere.example.test")).isInstanceOf(UnknownHostException.class)
                .isNotInstanceOf(BlockedAddressException.class);
    }

    private static CloseableHttpClient client(PublicAddressResolver resolver) {
        return HttpClients.custom().setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(resolver).build()).disableAutomaticRetries().build();
    }
}
