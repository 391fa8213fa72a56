package com.qh.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * {@code ./mvnw -Pstart}: starts the platform ({@link QhPlatform}) as {@link LaunchSettings#fromEnvironment()}
 * says, prints where everything is and how long it took, and runs until Ctrl-C or SIGTERM, which close every
 * application first, then the broker and the database. A second Ctrl-C stops at once.
 */
public final class Launcher {

    /** The JDK's setting for how many carrier threads run the virtual threads (default: one per core). */
    static final String CARRIERS = "jdk.virtualThreadScheduler.parallelism";

    static {
        // Every app of the default run serves its requests on virtual threads of this one JVM, and a virtual thread
        // keeps its carrier until it blocks: with one carrier per core, two PDF renders or skill matches on two cores
        // stopped every other request of every app until they were done (in the 1,000-user run, requests holding a
        // database connection could not run to give it back, and others timed out waiting for one). With more
        // carriers than cores the operating system time-slices them, so long computations share the cores with the
        // short requests. Set before any virtual thread exists; -Djdk.virtualThreadScheduler.parallelism overrides.
        if (System.getProperty(CARRIERS) == null) {
            System.setProperty(CARRIERS, Integer.toString(carriers(Runtime.getRuntime().availableProcessors())));
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {
    }

    /** Carrier threads for the default run's virtual threads: four per core, at least eight. */
    static int carriers(int cores) {
        return Math.max(8, 4 * cores);
    }

    /** Starts QH; arguments are not used (settings come from system properties and the environment). */
    public static void main(String[] args) throws InterruptedException {
        Instant jvmStarted = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        LaunchSettings settings;
        QhPlatform platform;
        try {
            settings = LaunchSettings.fromEnvironment();
            log.info("Starting QH from {} with data in {} ({} isolation, {} carrier threads)", settings.projectRoot(),
                    settings.dataDirectory(), settings.isolation().name().toLowerCase(Locale.ROOT),
                    System.getProperty(CARRIERS));
            platform = QhPlatform.start(settings);
        }
        catch (RuntimeException e) {
            log.error("QH did not start: {}", e.getMessage(), e);
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        installShutdown(platform, stopped);
        System.out.println(banner(platform, Duration.between(jvmStarted, Instant.now())));
        stopped.await();
    }

    /**
     * Ctrl-C and SIGTERM are handled here rather than by a shutdown hook: shutdown hooks all run at once, and
     * PostgreSQL's and Qpid's own hooks would stop them while the applications are still closing.
     */
    private static void installShutdown(QhPlatform platform, CountDownLatch stopped) {
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable stop = () -> {
            if (!stopping.compareAndSet(false, true)) {
                log.warn("Stopping now, without waiting for the applications");
                Runtime.getRuntime().halt(130);
            }
            Thread closing = new Thread(() -> {
                log.info("Stopping QH (Ctrl-C again to stop at once)");
                platform.close();
                stopped.countDown();
                System.exit(0);
            }, "qh-stop");
            closing.start();
        };
        for (String signal : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(signal), received -> stop.run());
        }
        // Anything else that ends the JVM (System.exit elsewhere, SIGHUP) still closes what it can.
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "qh-stop-on-exit"));
    }

    static String banner(QhPlatform platform, Duration sinceJvmStart) {
        StringBuilder text = new StringBuilder(System.lineSeparator());
        text.append("  QH is ready in %.1f s (since the JVM started; apps %.1f s), %s isolation%n".formatted(
                sinceJvmStart.toMillis() / 1000.0, platform.startupTime().toMillis() / 1000.0,
                platform.isolation().name().toLowerCase(Locale.ROOT)));
        text.append("  memory: ").append(platform.memory().describe()).append(System.lineSeparator());
        text.append(System.lineSeparator());
        platform.apps().stream().filter(AppDefinition::edge).forEach(edge -> text.append(
                "    %-10s %s   (the API under /api/v1, Swagger UI at /swagger-ui.html)%n".formatted(edge.name(),
                        edge.url())));
        platform.apps().stream().filter(app -> !app.edge())
                .forEach(app -> text.append("    %-10s %s%n".formatted(app.name(), app.url())));
        text.append("    %-10s %s%n".formatted("data", platform.settings().dataDirectory()));
        text.append(System.lineSeparator()).append("  Ctrl-C stops everything; the data stays.")
                .append(System.lineSeparator());
        return text.toString();
    }
}
