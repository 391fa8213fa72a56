package com.qh.auth.oauth2;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.web.MockHttpServletRequest;

/** Which cookie binds a sign-in to its browser, by the address QH is reached at. */
class BrowserBindingTest {

    @Test
    void httpsPublicAddressUsesTheSecureHostPrefixedCookie() {
        ResponseCookie cookie = binding("https://qh.example.org", null).issue(httpRequest(), "n0nce",
                Duration.ofMinutes(10));

        assertThat(cookie.getName()).isEqualTo("__Host-qh_oauth");
        assertThat(cookie.isSecure()).isTrue();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getDomain()).isNull();
        assertThat(cookie.getMaxAge()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void plainHttpOnLocalhostKeepsTheSecureHostPrefixedCookie() {
        for (String local : new String[] {"http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080",
                "http://qh.localhost"}) {
            assertThat(binding(local, null).issue(httpRequest(), "n", Duration.ofMinutes(1)).getName()).as(local)
                    .isEqualTo("__Host-qh_oauth");
        }
    }

    @Test
    void plainHttpOnAnotherHostUsesAPlainCookieBrowsersWillKeep() {
        BrowserBinding binding = binding("http://192.168.1.20:8080", null);

        ResponseCookie cookie = binding.issue(httpRequest(), "n0nce", Duration.ofMinutes(10));

        assertThat(cookie.getName()).isEqualTo("qh_oauth");
        assertThat(cookie.isSecure()).isFalse();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
    }

    @Test
    void aSecureRequestUsesTheSecureCookieWhateverThePublicAddress() {
        MockHttpServletRequest request = httpRequest();
        request.setSecure(true);

        assertThat(binding("http://qh.internal", null).issue(request, "n", Duration.ofMinutes(1)).getName())
                .isEqualTo("__Host-qh_oauth");
    }

    @Test
    void theSettingOverridesTheAddress() {
        assertThat(binding("http://qh.internal", true).issue(httpRequest(), "n", Duration.ofMinutes(1)).isSecure())
                .isTrue();
        assertThat(binding("http://localhost:8080", false).issue(httpRequest(), "n", Duration.ofMinutes(1))
                .getName()).isEqualTo("qh_oauth");
    }

    @Test
    void onlyTheCookieOfTheNameInUseIsRead() {
        MockHttpServletRequest request = httpRequest();
        request.setCookies(new Cookie("qh_oauth", "planted-by-a-sibling-host"));

        assertThat(binding("https://qh.example.org", null).presented(request)).isEmpty();
        request.setCookies(new Cookie("__Host-qh_oauth", "mine"));
        assertThat(binding("https://qh.example.org", null).presented(request)).contains("mine");
    }

    @Test
    void hostNamesThatMerelyLookNumericAreNotLoopback() {
        assertThat(BrowserBinding.loopback("cafe")).isFalse();
        assertThat(BrowserBinding.loopback("127.0.0.1.example.org")).isFalse();
        assertThat(BrowserBinding.loopback("127.8.9.10")).isTrue();
        assertThat(BrowserBinding.loopback("10.0.0.1")).isFalse();
    }

    private static BrowserBinding binding(String publicUrl, Boolean secureCookie) {
        return new BrowserBinding(new OAuth2Properties(URI.create(publicUrl), Duration.ofMinutes(10),
                Duration.ofMinutes(5), secureCookie, Map.of()));
    }

    private static MockHttpServletRequest httpRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/auth/oauth2/google/authorize");
        request.setScheme("http");
        return request;
    }
}
