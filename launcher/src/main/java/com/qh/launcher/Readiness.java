package com.qh.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Waits until an application answers its readiness probe with 200, or fails, or time runs out. */
final class Readiness {

    static final String PROBE = "/actuator/health/readiness";
    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * Blocks until {@code app} is ready; throws when it fails first or {@code deadline} passes.
     */
    void await(RunningApp app, Instant deadline) throws InterruptedException {
        HttpRequest probe = HttpRequest.newBuilder(URI.create(app.definition().url() + PROBE))
                .timeout(Duration.ofSeconds(5)).GET().build();
        // An app in this JVM says when its context has started: probed only then. Probed from the first second, the
        // ten apps' start took about 5 s more CPU (docs/benchmarks.md; why so much was not found). An app in a JVM
        // of its own is probed from the start.
        app.awaitStarted(deadline);
        while (true) {
            Optional<String> failure = app.failure();
            if (failure.isPresent()) {
                throw new IllegalStateException(app.definition().name() + " failed to start: " + failure.get());
            }
            if (answers200(probe)) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(app.definition().name() + " was not ready at "
                        + app.definition().url() + PROBE + " in time (qh.launcher.ready-timeout)");
            }
            Thread.sleep(POLL_INTERVAL);
        }
    }

    private boolean answers200(HttpRequest probe) throws InterruptedException {
        try {
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        }
        catch (IOException e) {
            return false;
        }
    }
}
