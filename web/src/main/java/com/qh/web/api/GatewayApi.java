package com.qh.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.DefaultUriBuilderFactory;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public API, reached through the gateway like any client. Every answer outside 2xx becomes an
 * {@link ApiProblemException}; a gateway that cannot be reached is a 503 problem, never a stack trace on a page.
 * The browser's address travels as {@code X-Forwarded-For} so that rate limits and the audit log see the person,
 * not the web app (the gateway believes it only from trusted proxies).
 */
@Component
public class GatewayApi {

    private final RestClient client;
    private final JsonMapper json;
    private final GatewayProperties properties;
    private final HttpClient http;

    GatewayApi(GatewayProperties properties, JsonMapper json) {
        this.json = json;
        this.properties = properties;
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.http = http;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        // Callers pass paths and queries already encoded (UriComponentsBuilder...encode()); encoding them again
        // would send "%D1%80" as the text "%D1%80" and a search in Russian would find nothing.
        DefaultUriBuilderFactory addresses = new DefaultUriBuilderFactory(properties.url().toString());
        addresses.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.NONE);
        this.client = RestClient.builder()
                .uriBuilderFactory(addresses)
                .requestFactory(requests)
                .build();
    }

    /** A request to {@code path} (may hold a query), sent by {@link Call#send()}. */
    public Call call(HttpMethod method, String path) {
        return new Call(method, path);
    }

    /** What takes a file the API answers. */
    @FunctionalInterface
    public interface Reader {

        /** Reads {@code body}, a 2xx answer with these headers. */
        void read(int status, HttpHeaders headers, java.io.InputStream body) throws IOException;
    }

    /** One request being put together. */
    public final class Call {

        private final HttpMethod method;
        private final String path;
        private String accessToken;
        private String ifMatch;
        private Object body;
        private MultiValueMap<String, Object> parts;
        private final Map<String, String> extraHeaders = new LinkedHashMap<>();

        private Call(HttpMethod method, String path) {
            this.method = method;
            this.path = path;
        }

        /** Sends it with this access token. */
        public Call token(String token) {
            this.accessToken = token;
            return this;
        }

        /** Sends it with {@code If-Match}: the version the person was looking at. */
        public Call ifMatch(String etag) {
            this.ifMatch = etag;
            return this;
        }

        /** A JSON body. */
        public Call body(Object value) {
            this.body = value;
            return this;
        }

        /** A multipart form body (a file upload); a file part is a {@code Resource} with its file name. */
        public Call multipart(MultiValueMap<String, Object> value) {
            this.parts = value;
            return this;
        }

        /** One more header. */
        public Call header(String name, String value) {
            extraHeaders.put(name, value);
            return this;
        }

        /**
         * Sends it and copies a 2xx answer (a file) to {@code out} as it comes, with the headers a download needs;
         * anything else is an {@link ApiProblemException} and nothing is written.
         */
        public void download(HttpServletResponse out) {
            download(out, null);
        }

        /** As {@link #download(HttpServletResponse)}, saved as {@code fileName} when the answer names no file. */
        public void download(HttpServletResponse out, String fileName) {
            receive((status, headers, body) -> {
                out.setStatus(status);
                for (String name : List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
                        HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.ETAG)) {
                    String value = headers.getFirst(name);
                    if (value != null) {
                        out.setHeader(name, value);
                    }
                }
                if (fileName != null && headers.getFirst(HttpHeaders.CONTENT_DISPOSITION) == null) {
                    out.setHeader(HttpHeaders.CONTENT_DISPOSITION, org.springframework.http.ContentDisposition
                            .attachment().filename(fileName).build().toString());
                }
                out.setHeader("X-Content-Type-Options", "nosniff");
                out.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
                body.transferTo(out.getOutputStream());
            });
        }

        /**
         * Sends it and hands a 2xx answer's status, headers and body (a file, read as it comes) to {@code reader};
         * anything else is an {@link ApiProblemException} and the reader is not called.
         */
        public void receive(Reader reader) {
            try {
                RestClient.RequestBodySpec spec = client.method(method).uri(path).accept(MediaType.ALL)
                        .headers(this::headers);
                if (body != null) {
                    // A file made from a JSON request: the resume preview of a design not saved yet.
                    spec = spec.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(body));
                }
                spec.exchange((request, response) -> {
                    int status = response.getStatusCode().value();
                    if (status < 200 || status >= 300) {
                        throw new ApiProblemException(problem(status, parse(response.getBody().readAllBytes())));
                    }
                    reader.read(status, response.getHeaders(), response.getBody());
                    return null;
                }, true);
            }
            catch (ResourceAccessException unreachable) {
                throw new ApiProblemException(ApiProblem.unavailable(503));
            }
        }

        /** Sends it: the answer when 2xx, else an {@link ApiProblemException}. */
        public ApiResponse send() {
            RestClient.RequestBodySpec spec = client.method(method).uri(path)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .headers(this::headers);
            if (body != null) {
                spec = spec.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(body));
            }
            else if (parts != null) {
                spec = spec.contentType(MediaType.MULTIPART_FORM_DATA).body(parts);
            }
            try {
                return spec.exchange((request, response) -> {
                    int status = response.getStatusCode().value();
                    byte[] bytes = response.getBody().readAllBytes();
                    JsonNode node = parse(bytes);
                    if (status >= 200 && status < 300) {
                        return new ApiResponse(status, response.getHeaders().getETag(),
                                response.getHeaders().getFirst(HttpHeaders.LOCATION), node);
                    }
                    throw new ApiProblemException(problem(status, node));
                }, true);
            }
            catch (ResourceAccessException unreachable) {
                throw new ApiProblemException(ApiProblem.unavailable(503));
            }
        }

        /**
         * Sends it asking for server-sent events and hands each event ({@code event} name, {@code data}) to
         * {@code listener} as it arrives, until the API ends the stream. An answer outside 2xx is an
         * {@link ApiProblemException} before any event; so is a 2xx that is not an event stream (a 502). The read
         * timeout bounds the wait for the answer's start only: a stream may take as long as its writer does.
         */
        public void events(BiConsumer<String, String> listener) {
            HttpHeaders headers = new HttpHeaders();
            headers(headers);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(properties.url().toString()
                            .replaceAll("/+$", "") + path))
                    .timeout(properties.readTimeout())
                    .header(HttpHeaders.ACCEPT, MediaType.TEXT_EVENT_STREAM_VALUE + ", "
                            + MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
            if (body != null) {
                request.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
                        .method(method.name(), HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
            }
            else {
                request.method(method.name(), HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<Stream<String>> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofLines());
            }
            catch (IOException unreachable) {
                throw new ApiProblemException(ApiProblem.unavailable(503));
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ApiProblemException(ApiProblem.unavailable(503));
            }
            try (Stream<String> lines = response.body()) {
                int status = response.statusCode();
                if (status < 200 || status >= 300) {
                    String text = String.join("\n", lines.toList());
                    throw new ApiProblemException(problem(status, parse(text.getBytes(StandardCharsets.UTF_8))));
                }
                String type = response.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElse("");
                if (!type.startsWith(MediaType.TEXT_EVENT_STREAM_VALUE)) {
                    throw new ApiProblemException(ApiProblem.unavailable(502));
                }
                String name = "message";
                StringBuilder data = new StringBuilder();
                for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                    String line = it.next();
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            listener.accept(name, data.toString());
                        }
                        name = "message";
                        data.setLength(0);
                    }
                    else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    }
                    else if (line.startsWith("data:")) {
                        String value = line.substring(5);
                        data.append(data.isEmpty() ? "" : "\n").append(value.startsWith(" ") ? value.substring(1)
                                : value);
                    }
                }
                if (!data.isEmpty()) {
                    listener.accept(name, data.toString());
                }
            }
            catch (UncheckedIOException lost) {
                // The API's stream broke off: what was relayed stays relayed; the caller sees no end event.
            }
        }

        private void headers(HttpHeaders headers) {
            if (accessToken != null) {
                headers.setBearerAuth(accessToken);
            }
            if (ifMatch != null) {
                headers.setIfMatch(ifMatch);
            }
            extraHeaders.forEach(headers::set);
            Locale locale = LocaleContextHolder.getLocale();
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, locale.toLanguageTag());
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                HttpServletRequest request = attributes.getRequest();
                headers.set("X-Forwarded-For", request.getRemoteAddr());
            }
        }
    }

    private JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return json.readTree(bytes);
        }
        catch (JacksonException notJson) {
            return null;
        }
    }

    static ApiProblem problem(int status, JsonNode document) {
        if (document == null || !document.isObject()) {
            return ApiProblem.unavailable(status);
        }
        String type = document.path("type").asString("");
        String slug = type.isEmpty() ? "unknown" : type.substring(type.lastIndexOf('/') + 1);
        Map<String, String> fields = new LinkedHashMap<>();
        for (JsonNode error : document.path("errors")) {
            String field = error.path("field").asString("");
            if (!field.isEmpty()) {
                fields.putIfAbsent(field, error.path("message").asString(""));
            }
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        document.properties().forEach(entry -> {
            if (entry.getValue().isValueNode()) {
                properties.put(entry.getKey(), entry.getValue().asString());
            }
        });
        String detail = document.path("detail").asString(document.path("title").asString(""));
        return new ApiProblem(status, slug, detail, fields, properties);
    }
}
