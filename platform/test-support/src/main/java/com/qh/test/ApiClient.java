package com.qh.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A service's HTTP API as one caller sees it, over real HTTP: JSON requests with a bearer token, conditional writes
 * ({@code If-Match}), multipart uploads, and a {@link Reply} with the status, the headers, the JSON body and the
 * problem document's fields. Immutable: {@link #as(String)}, {@link #ifMatch(String)} and {@link #header} give a
 * new client, so one test can hold a user's client and a stranger's side by side. Redirects are answered, not
 * followed, so a test sees the {@code Location} a service sends.
 *
 * <pre>{@code
 * ApiClient api = ApiClient.on(port).as(TestUsers.user(userId));
 * Reply saved = api.ifMatch("\"v0\"").put("/api/v1/profile/summary", Map.of("primaryLanguage", "en"));
 * assertThat(saved.status()).isEqualTo(200);
 * assertThat(saved.etag()).isEqualTo("\"v1\"");
 * }</pre>
 */
public final class ApiClient {

    /** The mapper bodies are written and read with; tests use it for event payloads and fixtures too. */
    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final Map<String, String> headers;

    private ApiClient(String baseUrl, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = Map.copyOf(headers);
    }

    /** An anonymous caller of the service on {@code port} of the loopback interface. */
    public static ApiClient on(int port) {
        return at("http://127.0.0.1:" + port);
    }

    /** An anonymous caller of the service at {@code baseUrl} (no trailing slash). */
    public static ApiClient at(String baseUrl) {
        return new ApiClient(baseUrl, Map.of());
    }

    /** The same caller presenting {@code accessToken} as a bearer token; {@code null} for an anonymous one. */
    public ApiClient as(String accessToken) {
        return header("Authorization", accessToken == null ? null : "Bearer " + accessToken);
    }

    /** The same caller sending {@code If-Match: etag} (no header when {@code null}). */
    public ApiClient ifMatch(String etag) {
        return header("If-Match", etag);
    }

    /** The same caller sending {@code If-None-Match: etag} (no header when {@code null}). */
    public ApiClient ifNoneMatch(String etag) {
        return header("If-None-Match", etag);
    }

    /** The same caller sending {@code name: value} on every request; a {@code null} value removes the header. */
    public ApiClient header(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        if (value == null) {
            changed.remove(name);
        }
        else {
            changed.put(name, value);
        }
        return new ApiClient(baseUrl, changed);
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Reply patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /**
     * A request with a JSON body: {@code null} for none, a {@link String} sent as it is (so a test can send
     * malformed JSON), anything else written by {@link #JSON}.
     *
     * @param path a path on the service, or an absolute URL
     */
    public Reply send(String method, String path, Object body) {
        String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        HttpRequest.Builder request = request(path).method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request);
    }

    /** A multipart POST of one file in the part {@code file}. */
    public Reply upload(String path, String fileName, String contentType, byte[] content) {
        return upload(path, fileName, contentType, content, Map.of());
    }

    /** A multipart POST of one file in the part {@code file}, after {@code fields} as text parts. */
    public Reply upload(String path, String fileName, String contentType, byte[] content,
            Map<String, String> fields) {
        String boundary = "qh-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        return exchange(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A multipart POST of a classpath resource (such as {@code /market/hh.csv}) in the part {@code file}. */
    public Reply uploadResource(String path, String fileName, String contentType, String resource) {
        return upload(path, fileName, contentType, resource(resource));
    }

    /** The bytes of a classpath resource, such as {@code /market/hh.csv}. */
    public static byte[] resource(String name) {
        try (var in = ApiClient.class.getResourceAsStream(name.startsWith("/") ? name : "/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + name + " on the classpath");
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http://")
                || path.startsWith("https://") ? path : baseUrl + path)).timeout(TIMEOUT);
        request.header("Accept", "application/json, application/problem+json, */*;q=0.5");
        headers.forEach(request::setHeader);
        return request;
    }

    private static Reply exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers(), response.body());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * One answer: the status, the headers and the body.
     *
     * @param body the raw body, empty when there is none
     */
    public record Reply(int status, HttpHeaders headers, byte[] body) {

        /** The first value of header {@code name} (any case), or {@code null}. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String etag() {
            return header("ETag");
        }

        public String location() {
            return header("Location");
        }

        public boolean hasBody() {
            return body.length > 0;
        }

        /** The body as UTF-8 text. */
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /**
         * The body parsed as JSON; a missing node when there is none, so {@code reply.json().path("id")} reads
         * naturally either way.
         */
        public JsonNode json() {
            if (!hasBody()) {
                return MissingNode.getInstance();
            }
            try {
                return JSON.readTree(body);
            }
            catch (JacksonException e) {
                throw new IllegalStateException("Status " + status + " with a body that is not JSON: " + text(), e);
            }
        }

        /** The stable part of a problem document's type, such as {@code profile-changed}; {@code null} if none. */
        public String problemType() {
            String type = json().path("type").asString(null);
            return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
        }

        /** The problem document's {@code detail}, or {@code null}. */
        public String detail() {
            return json().path("detail").asString(null);
        }

        /** The fields the problem document's {@code errors} name, in order. */
        public List<String> errorFields() {
            return json().path("errors").valueStream().map(error -> error.path("field").asString()).toList();
        }

        @Override
        public String toString() {
            return "Reply[" + status + " " + text() + "]";
        }
    }
}
