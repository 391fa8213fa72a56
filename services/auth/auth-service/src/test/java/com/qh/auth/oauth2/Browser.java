package com.qh.auth.oauth2;

import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One browser talking to auth over real HTTP: it keeps the cookies auth sets and sends them back to auth only, as
 * a browser does for a host. Secure cookies are sent over http://localhost, as Chrome and Firefox do.
 */
final class Browser {

    private final ApiClient auth;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** @param auth an anonymous client of auth; this browser adds its cookies and keeps those auth sets */
    Browser(ApiClient auth) {
        this.auth = auth;
    }

    Reply get(String path) {
        return remembered(withCookies().get(path));
    }

    Reply post(String path, Object body) {
        return remembered(withCookies().post(path, body));
    }

    Reply post(String path, Object body, String accessToken) {
        return remembered(withCookies().as(accessToken).post(path, body));
    }

    /** Follows a link to another site (the provider): auth's cookies stay at home. */
    Reply get(URI absolute) {
        return auth.get(absolute.toString());
    }

    /** The value of a cookie this browser holds, or null. */
    String cookie(String name) {
        return cookies.get(name);
    }

    /** Puts a cookie into this browser, as an attacker who copied one would. */
    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    private ApiClient withCookies() {
        return auth.header("Cookie", cookies.isEmpty() ? null : cookies.entrySet().stream()
                .map(cookie -> cookie.getKey() + "=" + cookie.getValue()).collect(Collectors.joining("; ")));
    }

    private Reply remembered(Reply reply) {
        reply.headers().allValues("Set-Cookie").forEach(this::remember);
        return reply;
    }

    private void remember(String header) {
        String pair = header.split(";", 2)[0];
        int equals = pair.indexOf('=');
        String name = pair.substring(0, equals).strip();
        String value = pair.substring(equals + 1).strip();
        if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
            cookies.remove(name);
        }
        else {
            cookies.put(name, value);
        }
    }
}
