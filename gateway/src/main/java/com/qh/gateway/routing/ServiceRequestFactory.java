package com.qh.gateway.routing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.impl.io.HttpRequestExecutor;
import org.apache.hc.core5.http.io.HttpClientConnection;
import org.apache.hc.core5.http.io.HttpResponseInformationCallback;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;

/**
 * How the gateway calls the services: Apache HttpClient 5's blocking client on the request's own (virtual) thread,
 * HTTP/1.1 over pooled connections, redirects left to the browser, and a time limit on the <em>answer's start</em>
 * only. That limit catches a service that hangs; once the service answers, its body streams as long as it takes: a
 * server-sent event stream (the web app's live channel, a letter draft) stays open, and a large download on a slow
 * line is not cut off. (Spring's own factories turn their read timeout into a limit on the whole body or on every
 * pause in it, which closed every live stream.)
 *
 * <p>It replaced the JDK's HTTP client, whose asynchronous machinery handed every call from the request's thread to
 * a pool of its own and back through one selector thread: a fifth of the gateway's CPU per proxied request and
 * most of its added latency under load (docs/benchmarks.md, "Gateway cost").
 *
 * <p>Requests that carry a body (POST, PUT, PATCH) get the longer upload limit, as the time to the answer includes
 * sending the body. The body is buffered and goes out with its {@code Content-Length}, never chunked, and not at
 * all when empty: a chunked body raced a service's early answer (a 409 before reading it) and ended in a 500.
 * Bodies are passed on as they are, never decompressed. A read whose pooled connection turns out closed by the
 * service before any answer is sent once more on a fresh connection; a write never is (whether it arrived cannot be
 * known), and the client retries nothing else: a service's 503 is the service's answer.
 *
 * <p>An answer's body is read here, up to {@value #READ_AHEAD_BYTES} bytes, before the answer is handed on (all of
 * it for nearly every answer; an event stream is left to stream). An instance that dies after its headers but
 * before its body ended (killed mid-answer; a chunked JSON answer leaves that window open until its last chunk) is
 * then a failed call, which {@link Instances} sends to the next instance for a read and {@link BackendFailures}
 * answers 503 for a write. Read later, while the gateway writes its own answer, the same failure was a 500.
 */
final class ServiceRequestFactory implements ClientHttpRequestFactory, AutoCloseable {

    /** How much of an answer's body is read before the answer is handed on; the rest, if any, streams. */
    static final int READ_AHEAD_BYTES = 256 * 1024;

    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    /** Headers the client sets itself (or that belong to the gateway's own connection), never passed on. */
    private static final Set<String> SET_BY_CLIENT = Set.of("connection", "content-length", "expect", "host",
            "upgrade", "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection");

    /** Enough connections for every request the gateway's threads can have open at once to one service. */
    private static final int CONNECTIONS_PER_SERVICE = 1_000;

    private final CloseableHttpClient http;
    private final Duration answerTimeout;
    private final Duration uploadTimeout;

    ServiceRequestFactory(Duration connectTimeout, Duration answerTimeout, Duration uploadTimeout) {
        ConnectionConfig.Builder connection = ConnectionConfig.custom()
                // A pooled connection idle for a second is checked before it is used again.
                .setValidateAfterInactivity(TimeValue.ofSeconds(1));
        if (connectTimeout != null) {
            connection.setConnectTimeout(Timeout.of(connectTimeout));
        }
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(CONNECTIONS_PER_SERVICE).setMaxConnTotal(4 * CONNECTIONS_PER_SERVICE)
                        .setDefaultConnectionConfig(connection.build()).build())
                .setRequestExecutor(new AnswerStartTimeout())
                .setRetryStrategy(new StaleConnectionRetry())
                .disableRedirectHandling().disableCookieManagement().disableAuthCaching()
                .disableContentCompression().disableDefaultUserAgent()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
        this.answerTimeout = answerTimeout;
        this.uploadTimeout = uploadTimeout;
    }

    /** Closes the pooled connections and stops the idle-connection evictor's thread with the context. */
    @Override
    public void close() throws IOException {
        http.close();
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
            HttpUriRequestBase request = new HttpUriRequestBase(method.name(), uri);
            if (body.size() > 0) {
                request.setEntity(new ByteArrayEntity(body.toByteArray(), null));
            }
            request.setConfig(RequestConfig.custom()
                    .setResponseTimeout(timeout == null || timeout.isZero() ? Timeout.DISABLED : Timeout.of(timeout))
                    .build());
            headers.forEach((name, values) -> {
                if (!SET_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.addHeader(name, value));
                }
            });
            ClassicHttpResponse response = http.executeOpen(null, request, HttpClientContext.create());
            try {
                return new Response(response);
            }
            catch (IOException | RuntimeException broken) {
                response.close();
                throw broken;
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

        private final ClassicHttpResponse response;
        private final HttpHeaders headers = new HttpHeaders();
        private final InputStream body;

        Response(ClassicHttpResponse response) throws IOException {
            this.response = response;
            for (Header header : response.getHeaders()) {
                headers.add(header.getName(), header.getValue());
            }
            HttpEntity entity = response.getEntity();
            this.body = entity == null ? InputStream.nullInputStream() : readAhead(entity.getContent(), headers);
        }

        /** The body, read here when it is short (nearly always), so that a broken one fails the call itself. */
        private static InputStream readAhead(InputStream body, HttpHeaders headers) throws IOException {
            MediaType type = contentType(headers);
            if (type != null && MediaType.TEXT_EVENT_STREAM.isCompatibleWith(type)) {
                return body;
            }
            byte[] start = body.readNBytes(READ_AHEAD_BYTES);
            if (start.length < READ_AHEAD_BYTES) {
                // Read to its end: the connection is back in the pool.
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
            return HttpStatusCode.valueOf(response.getCode());
        }

        @Override
        public String getStatusText() {
            return response.getReasonPhrase() == null ? "" : response.getReasonPhrase();
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
                response.close();
            }
            catch (IOException ignored) {
                // Closing a finished or broken answer: nothing left to release.
            }
        }
    }

    /**
     * The answer's time limit is the socket's read timeout while the request goes out and the answer's head comes
     * back; once the head is in, the body may take as long as it takes (an event stream, a slow download). The next
     * request on the connection sets its own limit again.
     */
    private static final class AnswerStartTimeout extends HttpRequestExecutor {

        @Override
        public ClassicHttpResponse execute(ClassicHttpRequest request, HttpClientConnection connection,
                HttpResponseInformationCallback informationCallback, HttpContext context)
                throws IOException, HttpException {
            ClassicHttpResponse response = super.execute(request, connection, informationCallback, context);
            connection.setSocketTimeout(Timeout.DISABLED);
            return response;
        }
    }

    /**
     * One more try for a read whose pooled connection the service had closed (it sent nothing back), nothing else:
     * no write is sent twice, a timeout already took its time, and a service's own 503 or 429 is its answer.
     */
    private static final class StaleConnectionRetry implements HttpRequestRetryStrategy {

        @Override
        public boolean retryRequest(HttpRequest request, IOException failure, int execCount, HttpContext context) {
            return execCount <= 1
                    && Instances.IDEMPOTENT_READS.contains(HttpMethod.valueOf(request.getMethod().toUpperCase(Locale.ROOT)))
                    && (failure instanceof NoHttpResponseException || failure instanceof ConnectionClosedException);
        }

        @Override
        public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
            return false;
        }

        @Override
        public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
            return TimeValue.ZERO_MILLISECONDS;
        }
    }
}
