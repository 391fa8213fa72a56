package com.qh.auth.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.test.QhServiceTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in's per-IP throttle and the audit log see the client address Tomcat's RemoteIpValve resolved from a
 * trusted proxy's {@code X-Forwarded-For}, and count IPv6 clients by their /64 (issue 21, item 10). The test client
 * on loopback plays the trusted proxy (the gateway).
 */
@QhServiceTest(properties = {
        "qh.auth.login.attempts-per-ip=3",
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1" })
class ClientAddressThrottleTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void auditRecordsTheClientTheTrustedProxyForwarded() throws Exception {
        String email = unknownEmail();

        assertThat(signIn(email, "203.0.113.7").statusCode()).isEqualTo(401);

        assertThat(jdbc.queryForList("select ip from audit_event where email = ?", String.class, email))
                .containsExactly("203.0.113.7");
    }

    @Test
    void countsIpv6ClientsByTheirSlash64() throws Exception {
        for (String address : new String[] { "2001:db8:77:1::1", "2001:db8:77:1::2", "2001:db8:77:1:abcd::3" }) {
            assertThat(signIn(unknownEmail(), address).statusCode()).as(address).isEqualTo(401);
        }

        HttpResponse<String> rotated = signIn(unknownEmail(), "2001:db8:77:1:ffff:ffff:ffff:fffe");

        assertThat(rotated.statusCode()).as("a fourth address of the same /64").isEqualTo(429);
        assertThat(rotated.body()).contains("too-many-sign-in-attempts");
        assertThat(signIn(unknownEmail(), "2001:db8:77:2::1").statusCode()).as("another /64").isEqualTo(401);
    }

    @Test
    void countsIpv4ClientsOneByOne() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(unknownEmail(), "198.51.100.10").statusCode()).isEqualTo(401);
        }

        assertThat(signIn(unknownEmail(), "198.51.100.10").statusCode()).isEqualTo(429);
        assertThat(signIn(unknownEmail(), "198.51.100.11").statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> signIn(String email, String forwardedFor) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email
                        + "\",\"password\":\"not the password at all\"}"))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String unknownEmail() {
        return "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
