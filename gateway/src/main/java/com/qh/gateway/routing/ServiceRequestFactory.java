package com.qh.gateway.routing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * How the gateway calls the services: the JDK's HTTP/1.1 client, redirects left to the browser, and a time limit
 * on the <em>answer's start</em> only. That limit catches a service that hangs; once the service answers, its body
 * streams as long as it takes: a server-sent event stream (the web app's live channel, a letter draft) stays open,
 * and a large download on a slow line is not cut off. (Spring's own JDK factory turns its read timeout into a
 * deadline for the whole body, which closed every live stream after a minute.)
 *
 * <p>Requests that carry a body (POST, PUT, PATCH) get the longer upload limit, as the time to the answer includes
 * sending the body. The body is buffered and goes out with its {@code Content-Length}, never chunked, and not at
 * all when empty: a chunked body raced a service's early answer (a 409 before reading it) inside the JDK client and
 * ended in a 500. Bodies are passed on as they are, never decompressed.
 *
 * <p>An answer's body is read here, up to {@value #READ_AHEAD_BYTES} bytes, before the answer is handed on (all of
 * it for nearly every answer; an event stream is left to stream). An instance that dies after its headers but
 * before its body ended (killed mid-answer; a chunked JSON answer leaves that window open until its last chunk) is
 * then a failed call, which {@link Instances} sends to the next instance for a read and {@link BackendFailures}
 * answers 503 for a write. Read later, while the gateway writes its own answer, the same failure was a 500.
 */
final class ServiceRequestFactory implements ClientHttpRequestFactory {

    /** How much of an answer's body is read before the answer is handed on; the rest, if any, streams. */
    static final int READ_AHEAD_BYTES = 256 * 1024;

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> SET_BY_CLIENT = Set.of("connection", "content-length", "expect", "host",
            "upgrade");

    private final HttpClient http;
    private final Duration answerTimeout;
    private final Duration uploadTimeout;

    ServiceRequestFactory(Duration connectTimeout, Duration answerTimeout, Duration uploadTimeout) {
        HttpClient.Builder client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (connectTimeout != null) {
            client.connectTimeout(connectTimeout);
        }
        this.http = client.build();
        this.answerTimeout = answerTimeout;
        this.uploadTimeout = uploadTimeout;
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
        return new Request(uri, method, WITH_BODY.contains(method) ? uploadTimeout : answerTimeout);
    }

    private final class Request implements ClientHttpRequest {

        private final URI uri;
        private final HttpMethod method;
        private final Duration timeout;
        private final HttpHeaders headers = new HttpHeaders();
        private final Map<String, Object> attributes = new LinkedHashMap<>();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Request(URI uri, HttpMethod method, Duration timeout) {
            this.uri = uri;
            this.method = method;
            this.timeout = timeout;
        }

        @Override
        public ClientHttpResponse execute() throws IOException {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri);
            if (body.size() > 0) {
                request.method(method.name(), HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            }
            else if (HttpMethod.GET.equals(method)) {
                request.GET();
            }
            else if (HttpMethod.DELETE.equals(method)) {
                request.DELETE();
            }
            else if (HttpMethod.HEAD.equals(method)) {
                request.HEAD();
            }
            else {
                request.method(method.name(), HttpRequest.BodyPublishers.noBody());
            }
            if (timeout != null && !timeout.isZero()) {
                request.timeout(timeout);
            }
            headers.forEach((name, values) -> {
                if (!SET_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            try {
                return new Response(http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
            }
            catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while calling " + uri, interrupted);
            }
        }

        @Override
        public OutputStream getBody() {
            return body;
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public HttpMethod getMethod() {
            return method;
        }

        @Override
        public URI getURI() {
            return uri;
        }

        @Override
        public Map<String, Object> getAttributes() {
            return attributes;
        }
    }

    private static final class Response implements ClientHttpResponse {

        private final HttpResponse<InputStream> response;
        private final HttpHeaders headers = new HttpHeaders();
        private final InputStream body;

        Response(HttpResponse<InputStream> response) throws IOException {
            this.response = response;
            response.headers().map().forEach((name, values) -> {
                if (!name.startsWith(":")) {
                    headers.addAll(name, values);
                }
            });
            this.body = readAhead(response.body(), headers);
        }

        /** The body, read here when it is short (nearly always), so that a broken one fails the call itself. */
        private static InputStream readAhead(InputStream body, HttpHeaders headers) throws IOException {
            MediaType type = contentType(headers);
            if (type != null && MediaType.TEXT_EVENT_STREAM.isCompatibleWith(type)) {
                return body;
            }
            byte[] start;
            try {
                start = body.readNBytes(READ_AHEAD_BYTES);
            }
            catch (IOException broken) {
                body.close();
                throw broken;
            }
            if (start.length < READ_AHEAD_BYTES) {
                body.close();
                return new ByteArrayInputStream(start);
            }
            return new SequenceInputStream(new ByteArrayInputStream(start), body);
        }

        private static MediaType contentType(HttpHeaders headers) {
            try {
                return headers.getContentType();
            }
            catch (InvalidMediaTypeException unreadable) {
                return null;
            }
        }

        @Override
        public HttpStatusCode getStatusCode() {
            return HttpStatusCode.valueOf(response.statusCode());
        }

        @Override
        public String getStatusText() {
            return "";
        }

        @Override
        public HttpHeaders getHeaders() {
            return headers;
        }

        @Override
        public InputStream getBody() {
            return body;
        }

        @Override
        public void close() {
            try {
                body.close();
            }
            catch (IOException ignored) {
                // Closing a finished or broken answer: nothing left to release.
            }
        }
    }
}
