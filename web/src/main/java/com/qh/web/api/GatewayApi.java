package com.qh.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.http.HttpClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
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

    GatewayApi(GatewayProperties properties, JsonMapper json) {
        this.json = json;
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        this.client = RestClient.builder()
                .baseUrl(properties.url().toString())
                .requestFactory(requests)
                .build();
    }

    /** A request to {@code path} (may hold a query), sent by {@link Call#send()}. */
    public Call call(HttpMethod method, String path) {
        return new Call(method, path);
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
                            HttpHeaders headers = response.getHeaders();
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
                            response.getBody().transferTo(out.getOutputStream());
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
