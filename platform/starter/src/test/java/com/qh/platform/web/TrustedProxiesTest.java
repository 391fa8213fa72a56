package com.qh.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service believes forwarding headers only from the proxies in {@code qh.trusted-proxies}, none by default: not
 * from any private address, as Tomcat's own default would (issue 21, items 3 and 10). The test client is on
 * loopback.
 */
class TrustedProxiesTest {

    @RestController
    static class ClientView {

        @GetMapping("/api/v1/public/client")
        String client(HttpServletRequest request) {
            return request.getRemoteAddr() + " " + request.getScheme() + " " + request.getServerName();
        }
    }

    @Nested
    @Import(ClientView.class)
    class ByDefault extends HttpTestSupport {

        @Test
        void ignoresForwardingHeadersFromAPeerThatIsNotATrustedProxy() {
            Answer answer = send(request("/api/v1/public/client").header("X-Forwarded-For", "10.0.0.7")
                    .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example"));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).isEqualTo("127.0.0.1 http localhost");
        }

        @Test
        void ignoresTheForwardedHeaderAndAnswersNormally() {
            Answer answer = send(request("/api/v1/public/client")
                    .header("Forwarded", "for=10.0.0.8;proto=https;host=evil.example"));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.text()).isEqualTo("127.0.0.1 http localhost");
        }
    }

    @Nested
    @Import(ClientView.class)
    @TestPropertySource(properties = "qh.trusted-proxies=127.0.0.1/32, ::1/128")
    class BehindATrustedProxy extends HttpTestSupport {

        @Test
        void takesTheClientSchemeAndHostFromATrustedProxy() {
            Answer answer = send(request("/api/v1/public/client").header("X-Forwarded-For", "203.0.113.5, 10.0.0.7")
                    .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "qh.example.org"));

            assertThat(answer.text()).isEqualTo("10.0.0.7 https qh.example.org");
        }
    }
}
