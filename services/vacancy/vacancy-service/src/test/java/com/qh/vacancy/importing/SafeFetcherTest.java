package com.qh.vacancy.importing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.qh.platform.net.PublicAddresses;
import com.qh.platform.web.QhException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The fetcher against a real HTTP server on loopback. It may reach that server only by the name 127.0.0.1, as the
 * allow-list says; every other way to loopback or a private network stands for an attack and must be refused.
 */
class SafeFetcherTest {

    static final WireMockServer web = new WireMockServer(
            WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));

    final SafeFetcher fetcher = new SafeFetcher(new FetchProperties(List.of("127.0.0.1"), Duration.ofSeconds(2),
            DataSize.ofKilobytes(64), 5, "QH test"));

    @BeforeAll
    static void start() {
        web.start();
    }

    /** WireMock's own base URL says "localhost", which the fetcher rightly refuses. */
    static String base() {
        return "http://127.0.0.1:" + web.port();
    }

    @AfterAll
    static void stop() {
        web.stop();
    }

    @BeforeEach
    void reset() {
        web.resetAll();
    }

    @Test
    void fetchesAnAllowedPageAndFollowsRedirects() {
        web.stubFor(get(urlEqualTo("/a")).willReturn(aResponse().withStatus(301).withHeader("Location", "/b")));
        web.stubFor(get(urlEqualTo("/b")).willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("<h1>Вакансия</h1>")));

        SafeFetcher.Page page = fetcher.fetch(URI.create(base() + "/a"));

        assertThat(page.url().getPath()).isEqualTo("/b");
        assertThat(new String(page.body(), page.charset())).contains("Вакансия");
    }

    @Test
    void refusesLoopbackPrivateLinkLocalAndMetadataAddresses() {
        int port = web.port();
        for (String url : List.of("http://localhost:" + port + "/", "http://[::1]:" + port + "/",
                "http://127.0.0.2:" + port + "/", "http://10.0.0.1/", "http://192.168.1.1/", "http://172.16.0.1/",
                "http://169.254.169.254/latest/meta-data/", "http://100.100.100.200/", "http://0.0.0.0:" + port + "/",
                "http://[fd00:ec2::254]/", "http://224.0.0.1/", "http://[64:ff9b::a9fe:a9fe]/latest/meta-data/",
                "http://[64:ff9b::7f00:1]:" + port + "/", "http://[::127.0.0.1]:" + port + "/",
                "http://[2002:7f00:1::]:" + port + "/", "http://192.0.0.170/", "http://198.18.0.1/")) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(url))).as(url).isInstanceOfSatisfying(QhException.class,
                    e -> assertThat(e.type().toString()).endsWith("/blocked-address"));
        }
    }

    @Test
    void checksEveryRedirectTarget() {
        web.stubFor(get(urlEqualTo("/jump")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://localhost:" + web.port() + "/admin")));

        assertThatThrownBy(() -> fetcher.fetch(URI.create(base() + "/jump")))
                .isInstanceOfSatisfying(QhException.class, e -> assertThat(e.type().toString()).endsWith("/blocked-address"));
    }

    @Test
    void stopsAfterFiveRedirects() {
        for (int i = 0; i < 7; i++) {
            web.stubFor(get(urlEqualTo("/r" + i)).willReturn(aResponse().withStatus(302).withHeader("Location", "/r" + (i + 1))));
        }

        assertThatThrownBy(() -> fetcher.fetch(URI.create(base() + "/r0")))
                .isInstanceOfSatisfying(QhException.class, e -> assertThat(e.type().toString()).endsWith("/too-many-redirects"));
    }

    @Test
    void refusesOversizedPagesWithOrWithoutALength() {
        String big = "<p>" + "x".repeat(70 * 1024) + "</p>";
        web.stubFor(get(urlEqualTo("/big")).willReturn(aResponse().withHeader("Content-Type", "text/html").withBody(big)));
        web.stubFor(get(urlEqualTo("/chunked")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody(big).withChunkedDribbleDelay(4, 100)));

        for (String path : List.of("/big", "/chunked")) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(base() + path))).as(path)
                    .isInstanceOfSatisfying(QhException.class, e -> assertThat(e.type().toString()).endsWith("/page-too-large"));
        }
    }

    @Test
    void readsOnlyHtmlAndJson() {
        web.stubFor(get(urlEqualTo("/cv.pdf")).willReturn(aResponse().withHeader("Content-Type", "application/pdf")
                .withBody("%PDF-1.7")));

        assertThatThrownBy(() -> fetcher.fetch(URI.create(base() + "/cv.pdf")))
                .isInstanceOfSatisfying(QhException.class, e -> assertThat(e.type().toString()).endsWith("/unsupported-content"));
    }

    @Test
    void givesUpOnASlowSiteAndAClosedPortWithBadGateway() throws Exception {
        web.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("<p>late</p>").withFixedDelay(3000)));
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }

        for (String url : List.of(base() + "/slow", "http://127.0.0.1:" + closed + "/")) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(url))).as(url)
                    .isInstanceOfSatisfying(QhException.class, e -> {
                        assertThat(e.status().value()).isEqualTo(502);
                        assertThat(e.type().toString()).endsWith("/source-unreachable");
                    });
        }
    }

    @Test
    void answersAHostNameThatDoesNotResolveAsTheCallersMistake() {
        assertThatThrownBy(() -> fetcher.fetch(URI.create("http://no-such-host.invalid/jobs/1")))
                .isInstanceOfSatisfying(QhException.class, e -> {
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.type().toString()).endsWith("/unknown-host");
                });
    }

    @Test
    void refusesOtherSchemes() {
        for (String url : List.of("ftp://example.org/job", "file:///etc/passwd", "gopher://127.0.0.1/")) {
            assertThatThrownBy(() -> fetcher.fetch(URI.create(url))).as(url).isInstanceOf(QhException.class);
        }
    }

    @Test
    void tellsPublicAddressesFromTheRestWithTheStartersCheck() throws Exception {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName("93.184.215.14"))).isTrue();
        assertThat(PublicAddresses.isPublic(InetAddress.getByName("2606:4700::6810:85e5"))).isTrue();
        for (String address : List.of("127.0.0.1", "10.1.2.3", "172.31.255.255", "192.168.0.1", "169.254.169.254",
                "100.64.0.1", "0.1.2.3", "198.18.0.1", "255.255.255.255", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1",
                "ff02::1", "64:ff9b::a9fe:a9fe", "64:ff9b:1::1", "::10.0.0.1", "2002:a00:1::1")) {
            assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).as(address).isFalse();
        }
    }
}
