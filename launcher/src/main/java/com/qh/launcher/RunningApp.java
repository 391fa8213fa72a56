package com.qh.launcher;

import java.time.Instant;
import java.util.Optional;

/** An application the launcher has started, whichever the isolation. */
interface RunningApp extends AutoCloseable {

    AppDefinition definition();

    /** Why the application stopped or could not start, once it has; empty while it runs or starts. */
    Optional<String> failure();

    /**
     * Waits until the application has started or failed, or {@code deadline} passes; at once for one that cannot
     * tell (a JVM of its own), whose readiness probe is then the only signal.
     */
    default void awaitStarted(Instant deadline) throws InterruptedException {
    }

    /** Stops the application gracefully and waits for it. */
    @Override
    void close();
}
