package com.qh.auth.oauth2;

import com.qh.auth.AuthApi.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * One browser talking to auth over real HTTP: it keeps the cookies auth sets and sends them back to auth only, as
 * a browser does for a host. Secure cookies are sent over http://localhost, as Chrome and Firefox do.
 */
final class Browser {

    private final String baseUrl;
    private final RestClient http;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final List<String> setCookieHeaders = new java.util.concurrent.CopyOnWriteArrayList<>();

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(new JdkClientHttpRequestFactory(client))
                .requestInterceptor((request, body, execution) -> {
                    boolean toAuth = request.getURI().toString().startsWith(baseUrl);
                    if (toAuth && !cookies.isEmpty()) {
                        request.getHeaders().set(HttpHeaders.COOKIE, cookies.entrySet().stream()
                                .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                                .collect(Collectors.joining("; ")));
                    }
                    ClientHttpResponse response = execution.execute(request, body);
                    if (toAuth) {
                        response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).forEach(this::remember);
                    }
                    return response;
                }).build();
    }

    Reply get(String path) {
        return call(HttpMethod.GET, path, null, null);
    }

    Reply post(String path, Object body) {
        return call(HttpMethod.POST, path, body, null);
    }

    Reply post(String path, Object body, String accessToken) {
        return call(HttpMethod.POST, path, body, accessToken);
    }

    /** Follows a link to another site (the provider); no body is read. */
    Reply get(URI absolute) {
        return http.get().uri(absolute).exchange((request, response) -> new Reply(response.getStatusCode().value(),
                response.getHeaders(), null), true);
    }

    /** The value of a cookie this browser holds, or null. */
    String cookie(String name) {
        return cookies.get(name);
    }

    /** Puts a cookie into this browser, as an attacker who copied one would. */
    void setCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** Every {@code Set-Cookie} header auth sent this browser, in order. */
    List<String> setCookieHeaders() {
        return List.copyOf(setCookieHeaders);
    }

    String baseUrl() {
        return baseUrl;
    }

    private void remember(String header) {
        setCookieHeaders.add(header);
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

    private Reply call(HttpMethod method, String path, Object body, String accessToken) {
        RestClient.RequestBodySpec request = http.method(method).uri(path).accept(MediaType.APPLICATION_JSON,
                MediaType.APPLICATION_PROBLEM_JSON);
        if (accessToken != null) {
            request.headers(headers -> headers.setBearerAuth(accessToken));
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, response) -> {
            long length = response.getHeaders().getContentLength();
            int status = response.getStatusCode().value();
            Object parsed = length == 0 || status == 204 || status == 302 ? null : response.bodyTo(Object.class);
            return new Reply(status, response.getHeaders(), parsed);
        }, true);
    }
}
