package com.qh.launcher;

import java.util.Optional;

/** An application the launcher has started, whichever the isolation. */
interface RunningApp extends AutoCloseable {

    AppDefinition definition();

    /** Why the application stopped or could not start, once it has; empty while it runs or starts. */
    Optional<String> failure();

    /** Stops the application gracefully and waits for it. */
    @Override
    void close();
}
