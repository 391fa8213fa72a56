package com.qh.auth;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The auth API over real HTTP, as a client sees it: status, headers and JSON body, errors included. */
public final class AuthApi {

    private final RestClient http;

    public AuthApi(String baseUrl) {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        this.http = RestClient.builder().baseUrl(baseUrl).requestFactory(new JdkClientHttpRequestFactory(client))
                .build();
    }

    public Reply post(String path, Object body) {
        return call(HttpMethod.POST, path, body, null);
    }

    public Reply post(String path, Object body, String accessToken) {
        return call(HttpMethod.POST, path, body, accessToken);
    }

    public Reply put(String path, Object body, String accessToken) {
        return call(HttpMethod.PUT, path, body, accessToken);
    }

    public Reply get(String path) {
        return call(HttpMethod.GET, path, null, null);
    }

    public Reply get(String path, String accessToken) {
        return call(HttpMethod.GET, path, null, accessToken);
    }

    public Reply delete(String path, String accessToken) {
        return call(HttpMethod.DELETE, path, null, accessToken);
    }

    public Reply get(URI absolute) {
        return http.get().uri(absolute).exchange((request, response) -> new Reply(response.getStatusCode().value(),
                response.getHeaders(), null), true);
    }

    /** Registers with a password that passes the policy. */
    public Reply register(String email, String password) {
        return post("/api/v1/auth/register", Map.of("email", email, "password", password, "displayName",
                "Test Person", "locale", "en"));
    }

    public Reply login(String email, String password) {
        return post("/api/v1/auth/login", Map.of("email", email, "password", password));
    }

    @SuppressWarnings("unchecked")
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
            Object parsed = length == 0 || response.getStatusCode().value() == 204 ? null
                    : response.bodyTo(Object.class);
            return new Reply(response.getStatusCode().value(), response.getHeaders(), parsed);
        }, true);
    }

    /** One answer. {@code body} is a map for objects, a list for arrays, null when empty. */
    public record Reply(int status, HttpHeaders headers, Object body) {

        @SuppressWarnings("unchecked")
        public Map<String, Object> json() {
            return (Map<String, Object>) body;
        }

        public String string(String field) {
            Object value = json().get(field);
            return value == null ? null : value.toString();
        }

        /** The stable part of a problem document's type, such as {@code refresh-token-reused}. */
        public String problemType() {
            String type = string("type");
            return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
        }

        @SuppressWarnings("unchecked")
        public List<Object> list() {
            return (List<Object>) body;
        }
    }
}
