package com.qh.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.firewall.RequestRejectedException;

/** The loops agree with the regular expressions they replace, on ordinary and hostile input. */
class RequestChecksTest {

    /** Spring Security's own rule for header names and values (StrictHttpFirewall). */
    private static final Pattern SPRING_HEADER_RULE = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJlLXBhcnQtd2l0aC1-Xy4rLw==";

    @Test
    void headerRuleMatchesSpringSecuritysExpression() {
        List<String> values = List.of("", "application/json", "Bearer " + TOKEN, "Иван Петров", "日本語", "emoji 😀",
                "tab\there", "line\nbreak", "nul\0", "del\u007f", "c1\u0085", "unassigned\u0378", "lone\ud800",
                "zero\u200bwidth", "private\ue000", "bidi\u202e");
        for (String value : values) {
            assertThat(RequestChecks.assignedAndNoControl(value)).as(value)
                    .isEqualTo(SPRING_HEADER_RULE.matcher(value).matches());
        }
    }

    @Test
    void firewallRefusesAControlCharacterInAHeader() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/profile");
        request.addHeader("X-Note", "first\u0007second");
        var firewalled = RequestChecks.firewall().getFirewalledRequest(request);
        assertThatThrownBy(() -> firewalled.getHeader("X-Note")).isInstanceOf(RequestRejectedException.class);
    }

    @Test
    void bearerTokensAreReadAsSpringSecuritysDefaultResolverReadsThem() {
        DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();
        List<String> headers = List.of("Bearer " + TOKEN, "bearer " + TOKEN, "BEARER abc", "Bearer abc=", "Bearer a==",
                "Basic dXNlcjpwYXNz", "Token abc", "Bearerabc", "Bearer ", "Bearer", "Bearer  abc", "Bearer a=b",
                "Bearer ===", "Bearer a b", "Bearer abc\u00e9", "Bearer abc;", "bearer\tabc");
        for (String header : headers) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/profile");
            request.addHeader("Authorization", header);
            String expected;
            try {
                expected = spring.resolve(request);
            }
            catch (OAuth2AuthenticationException malformed) {
                assertThatThrownBy(() -> RequestChecks.bearerToken(request)).as(header)
                        .isInstanceOf(OAuth2AuthenticationException.class);
                continue;
            }
            assertThat(RequestChecks.bearerToken(request)).as(header).isEqualTo(expected);
        }
        assertThat(RequestChecks.bearerToken(new MockHttpServletRequest("GET", "/"))).isNull();
    }
}
