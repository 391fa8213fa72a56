package com.qh.auth.oauth2;

import com.qh.auth.secret.SecureTokens;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Ties a started sign-in to the browser that started it (RFC 6749 §10.12, RFC 9700 §4.7): a random nonce goes to
 * the browser in a cookie and only its hash to the database, and the callback must bring the cookie back. Without
 * it anyone holding a {@code state} could finish the sign-in: a leaked callback URL would sign its finder in, and
 * an attacker's own callback URL planted in a victim's browser would sign the victim into the attacker's account.
 *
 * <p>The cookie is {@code __Host-qh_oauth}: {@code Secure}, {@code HttpOnly}, {@code SameSite=Lax} (sent on the
 * provider's top-level redirect back, not on cross-site subrequests), {@code Path=/}, no domain, so no sibling
 * host can set or overwrite it. Browsers take Secure cookies over https and on http://localhost; on plain http to
 * any other host they would drop it, so there (and only when {@code qh.auth.oauth2.secure-cookie} is not forced)
 * the cookie is {@code qh_oauth} without Secure. A browser keeps one cookie, so one sign-in at a time per browser.
 */
@Component
class BrowserBinding {

    static final String SECURE_NAME = "__Host-qh_oauth";
    static final String PLAIN_NAME = "qh_oauth";

    private final OAuth2Properties properties;

    BrowserBinding(OAuth2Properties properties) {
        this.properties = properties;
    }

    /** A fresh nonce for the cookie; store only {@link #hash(String)} of it. */
    static String newNonce() {
        return SecureTokens.random();
    }

    static String hash(String nonce) {
        return SecureTokens.sha256(nonce);
    }

    ResponseCookie issue(HttpServletRequest request, String nonce, Duration ttl) {
        return cookie(request, nonce, ttl);
    }

    /** Deletes the cookie once its sign-in is finished. */
    ResponseCookie clear(HttpServletRequest request) {
        return cookie(request, "", Duration.ZERO);
    }

    /**
     * The nonce this browser presents, from the cookie of the name this address uses only: a {@code qh_oauth}
     * cookie is ignored where {@code __Host-qh_oauth} is used, since any host of the site could have set it.
     */
    Optional<String> presented(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        String name = secure(request) ? SECURE_NAME : PLAIN_NAME;
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isBlank()) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private ResponseCookie cookie(HttpServletRequest request, String value, Duration maxAge) {
        boolean secure = secure(request);
        return ResponseCookie.from(secure ? SECURE_NAME : PLAIN_NAME, value).secure(secure).httpOnly(true)
                .sameSite("Lax").path("/").maxAge(maxAge).build();
    }

    boolean secure(HttpServletRequest request) {
        if (properties.secureCookie() != null) {
            return properties.secureCookie();
        }
        URI publicUrl = properties.publicBaseUrl();
        return request.isSecure() || "https".equalsIgnoreCase(publicUrl.getScheme()) || loopback(publicUrl.getHost());
    }

    /** localhost and loopback literals, which browsers count as potentially trustworthy origins over http. */
    static boolean loopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        if (!name.matches("\\d{1,3}(\\.\\d{1,3}){3}") && !name.contains(":")) {
            return false;
        }
        try {
            // Only literals reach here, so this parses and never asks DNS.
            return InetAddress.getByName(name).isLoopbackAddress();
        }
        catch (UnknownHostException notALiteral) {
            return false;
        }
    }
}
