package com.qh.gateway;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A service that streams server-sent events as the letter service's draft stream and the web app's live channel do:
 * it sends a first event, then holds the response open until the test {@linkplain #release releases} it (the
 * client has seen the first event) and only then sends the last one. With {@code ?quietFor=<ms>} it writes nothing
 * for that long after the first event, then a comment line, as a live channel does between heartbeats. If a proxy in between held the first event back
 * until the response ended, the test could never release it, and {@link #waitedInVain} says so.
 */
final class StreamingService {

    static final String PATH = "/api/v1/letters/drafts/stream";

    private final HttpServer server;
    private volatile CountDownLatch release = new CountDownLatch(1);
    private final AtomicBoolean waitedInVain = new AtomicBoolean();

    StreamingService() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PATH, exchange -> {
            CountDownLatch waiting = release;
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write("event: text\ndata: Dear hiring team,\n\n".getBytes(StandardCharsets.UTF_8));
                body.flush();
                String query = exchange.getRequestURI().getQuery();
                if (query != null && query.startsWith("quietFor=")) {
                    // A writer that pauses (a model thinking, a live channel between heartbeats), then goes on.
                    Thread.sleep(Long.parseLong(query.substring("quietFor=".length())));
                    body.write(": still here\n\n".getBytes(StandardCharsets.UTF_8));
                    body.flush();
                }
                if (!waiting.await(10, TimeUnit.SECONDS)) {
                    waitedInVain.set(true);
                }
                body.write("event: done\ndata: {\"letterId\": \"l-1\"}\n\n".getBytes(StandardCharsets.UTF_8));
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Lets the open stream finish. */
    void release() {
        release.countDown();
    }

    /** Whether a stream waited for its release until it gave up. */
    boolean waitedInVain() {
        return waitedInVain.get();
    }

    /** Ready for the next stream. */
    void reset() {
        release = new CountDownLatch(1);
        waitedInVain.set(false);
    }
}
