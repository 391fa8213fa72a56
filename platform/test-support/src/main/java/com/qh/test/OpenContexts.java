package com.qh.test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring contexts the test support pointed at the test servers, so that they can be closed, newest first,
 * when the test run ends and before the servers stop (see {@link QhTestRunEnd}).
 */
final class OpenContexts {

    private static final List<ConfigurableApplicationContext> contexts = Collections.synchronizedList(
            new ArrayList<>());

    private OpenContexts() {
    }

    static void opened(ConfigurableApplicationContext context) {
        contexts.add(context);
    }

    /** Forgets a context that closed before the end of the run ({@code @DirtiesContext}, the cache's limit). */
    static void closed(ConfigurableApplicationContext context) {
        contexts.remove(context);
    }

    /** Closes every context still open, newest first; one that fails to close does not keep the others open. */
    static void closeAll() {
        List<ConfigurableApplicationContext> open;
        synchronized (contexts) {
            open = new ArrayList<>(contexts.reversed());
            contexts.clear();
        }
        for (ConfigurableApplicationContext context : open) {
            try {
                if (context.isActive()) {
                    context.close();
                }
            }
            catch (RuntimeException e) {
                // The run is over and its results are in; a context that closes badly must not hide them.
            }
        }
    }
}
