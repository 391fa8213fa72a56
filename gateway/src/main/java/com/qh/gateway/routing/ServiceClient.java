package com.qh.gateway.routing;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ContentType;
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
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * How the gateway calls the services: Apache HttpClient 5's blocking client on the request's own (virtual) thread,
 * HTTP/1.1 over pooled connections, redirects left to the browser, and a time limit on the <em>answer's start</em>
 * only. That limit catches a service that hangs; once the service answers, its body streams as long as it takes: a
 * server-sent event stream (the web app's live channel, a letter draft) stays open, and a large download on a slow
 * line is not cut off. (Spring's own request factories turn their read timeout into a limit on the whole body or on
 * every pause in it, which closed every live stream.)
 *
 * <p>It replaced the JDK's HTTP client, whose asynchronous machinery handed every call from the request's thread to
 * a pool of its own and back through one selector thread: a fifth of the gateway's CPU per proxied request and
 * most of its added latency under load (docs/benchmarks.md, "Gateway cost").
 *
 * <p>Requests that carry a body (POST, PUT, PATCH) get the longer upload limit, as the time to the answer includes
 * sending the body. The body goes out with its {@code Content-Length}, never chunked, and not at all when empty: a
 * chunked body raced a service's early answer (a 409 before reading it) and ended in a 500. Bodies are passed on as
 * they are, never decompressed. A read whose pooled connection turns out closed by the service before any answer is
 * sent once more on a fresh connection; a write never is (whether it arrived cannot be known), and the client
 * retries nothing else: a service's 503 is the service's answer.
 *
 * <p>An answer's body is read here, up to {@value #READ_AHEAD_BYTES} bytes, before the answer is handed on (all of
 * it for nearly every answer; an event stream is left to stream). An instance that dies after its headers but
 * before its body ended (killed mid-answer; a chunked JSON answer leaves that window open until its last chunk) is
 * then a failed call, which {@link Instances} sends to the next instance for a read and {@link BackendFailures}
 * answers 503 for a write. Read later, while the gateway writes its own answer, the same failure was a 500.
 */
final class ServiceClient implements AutoCloseable {

    /** How much of an answer's body is read before the answer is handed on; the rest, if any, streams. */
    static final int READ_AHEAD_BYTES = 256 * 1024;

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    /** Enough connections for every request the gateway's threads can have open at once to one service. */
    private static final int CONNECTIONS_PER_SERVICE = 1_000;

    private final CloseableHttpClient http;
    private final RequestConfig answerLimit;
    private final RequestConfig uploadLimit;

    ServiceClient(Duration connectTimeout, Duration answerTimeout, Duration uploadTimeout) {
        ConnectionConfig.Builder connection = ConnectionConfig.custom()
                // A pooled connection idle for a second is checked before it is used again.
                .setValidateAfterInactivity(TimeValue.ofSeconds(1));
        if (connectTimeout != null) {
            connection.setConnectTimeout(Timeout.of(connectTimeout));
        }
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        // Per-route pools without the strict pool's one lock over every route: with hundreds of
                        // requests in flight, leasing and releasing connections no longer queue on one lock.
                        .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                        .setMaxConnPerRoute(CONNECTIONS_PER_SERVICE).setMaxConnTotal(4 * CONNECTIONS_PER_SERVICE)
                        .setDefaultConnectionConfig(connection.build()).build())
                .setRequestExecutor(new AnswerStartTimeout())
                .setRetryStrategy(new StaleConnectionRetry())
                .disableRedirectHandling().disableCookieManagement().disableAuthCaching()
                .disableContentCompression().disableDefaultUserAgent()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
        this.answerLimit = limit(answerTimeout);
        this.uploadLimit = limit(uploadTimeout);
    }

    private static RequestConfig limit(Duration timeout) {
        return RequestConfig.custom()
                .setResponseTimeout(timeout == null || timeout.isZero() ? Timeout.DISABLED : Timeout.of(timeout))
                .build();
    }

    /** Closes the pooled connections and stops the idle-connection evictor's thread with the context. */
    @Override
    public void close() throws IOException {
        http.close();
    }

    /**
     * Sends {@code request} (its target, path and headers set by the caller) with {@code body}, if any, and returns
     * the answer with its body read ahead. Any failure to reach the service or to read its answer is an
     * {@link IOException}.
     */
    Answer send(ClassicHttpRequest request, byte[] body) throws IOException {
        if (body.length > 0) {
            request.setEntity(new ByteArrayEntity(body, (ContentType) null));
        }
        HttpClientContext context = HttpClientContext.create();
        context.setRequestConfig(WITH_BODY.contains(request.getMethod()) ? uploadLimit : answerLimit);
        ClassicHttpResponse response = http.executeOpen(null, request, context);
        try {
            return new Answer(response);
        }
        catch (IOException | RuntimeException broken) {
            response.close();
            throw broken;
        }
    }

    /**
     * A service's answer: status, headers and the body, whole when it was short ({@link #whole()}, nearly always),
     * else its first {@value #READ_AHEAD_BYTES} bytes followed by the rest as it streams.
     */
    static final class Answer implements Closeable {

        private final ClassicHttpResponse response;
        private final byte[] whole;
        private final InputStream streaming;

        Answer(ClassicHttpResponse response) throws IOException {
            this.response = response;
            HttpEntity entity = response.getEntity();
            if (entity == null) {
                this.whole = new byte[0];
                this.streaming = null;
                return;
            }
            InputStream body = entity.getContent();
            if (isEventStream(response.getFirstHeader("Content-Type"))) {
                this.whole = null;
                this.streaming = body;
                return;
            }
            byte[] start = body.readNBytes(READ_AHEAD_BYTES);
            if (start.length < READ_AHEAD_BYTES) {
                // Read to its end: the connection is back in the pool.
                body.close();
                this.whole = start;
                this.streaming = null;
            }
            else {
                this.whole = null;
                this.streaming = new SequenceInputStream(new ByteArrayInputStream(start), body);
            }
        }

        private static boolean isEventStream(Header contentType) {
            return contentType != null
                    && contentType.getValue().toLowerCase(Locale.ROOT).startsWith("text/event-stream");
        }

        int status() {
            return response.getCode();
        }

        Header[] headers() {
            return response.getHeaders();
        }

        /** The whole body, or {@code null} when it streams ({@link #streaming()}). */
        byte[] whole() {
            return whole;
        }

        /** The body as it streams (an event stream, a large download), or {@code null} when {@link #whole()} has it. */
        InputStream streaming() {
            return streaming;
        }

        @Override
        public void close() {
            try {
                if (streaming != null) {
                    streaming.close();
                }
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
            return execCount <= 1 && Instances.IDEMPOTENT_READS.contains(request.getMethod().toUpperCase(Locale.ROOT))
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
