package com.qh.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Two checks every request of every service passes, written as loops over the characters instead of Spring
 * Security's regular expressions, which matched every header and every ~800-character access token on every request
 * (together about 5 % of the gateway's CPU in its profile). The rules are Spring Security's, unchanged.
 */
final class RequestChecks {

    private static final String BEARER = "bearer";

    private RequestChecks() {
    }

    /**
     * Spring Security's strict firewall with its own rule for header names and values (every character assigned in
     * Unicode and none a control character), checked without a regular expression.
     */
    static StrictHttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(RequestChecks::assignedAndNoControl);
        firewall.setAllowedHeaderValues(RequestChecks::assignedAndNoControl);
        return firewall;
    }

    /** What Spring Security's {@code [\p{IsAssigned}&&[^\p{IsControl}]]*} matches. */
    static boolean assignedAndNoControl(String text) {
        for (int i = 0; i < text.length();) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (type == Character.UNASSIGNED || type == Character.CONTROL) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }

    /**
     * RFC 6750's {@code Authorization: Bearer <token68>} as Spring Security's default resolver reads it (the scheme in
     * any case, one space, the token's characters, {@code =} only at its end), a malformed one refused as an invalid
     * token. Only the header: a token in a URL or a form is never read, as by default.
     */
    static BearerTokenResolver bearerTokens() {
        return RequestChecks::bearerToken;
    }

    static String bearerToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        int start = BEARER.length() + 1;
        int end = authorization.length();
        while (end > start && authorization.charAt(end - 1) == '=') {
            end--;
        }
        boolean wellFormed = authorization.length() > BEARER.length() && authorization.charAt(BEARER.length()) == ' '
                && end > start;
        for (int i = start; wellFormed && i < end; i++) {
            wellFormed = token68(authorization.charAt(i));
        }
        if (!wellFormed) {
            throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
        }
        return authorization.substring(start);
    }

    private static boolean token68(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
