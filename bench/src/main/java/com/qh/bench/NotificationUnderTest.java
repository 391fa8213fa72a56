package com.qh.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The notification service as the notification benchmarks run it: its own JVM on port 8085, against the machine's
 * PostgreSQL (a database the script creates for the run) and RabbitMQ. The broker is shared with whatever else runs
 * on the machine (integration tests use it), so the run gets an exchange and an application name of its own: its
 * queues ({@code qh-bench-notification.<event type>}) and the events on them are the benchmark's alone, and no
 * other consumer of {@code qh.events} sees its thousands of events. Both are ordinary settings
 * ({@code qh.messaging.exchange}, {@code spring.application.name}); the code path is the production one.
 */
final class NotificationUnderTest {

    static final String APPLICATION = "qh-bench-notification";
    static final String EXCHANGE = "qh.bench.events";
    static final String AMQP = "amqp://guest:guest@127.0.0.1:5672";
    static final int PORT = 8085;
    static final String MAIN_CLASS = "com.qh.notification.NotificationApplication";

    private static final List<String> CONSUMED = List.of("user.email-verification-requested.v1",
            "user.password-reset-requested.v1", "user.registered.v1", "user.deleted.v1");

    private NotificationUnderTest() {
    }

    /** The durable queues (and dead-letter queues) the service declares for the events it consumes. */
    static List<String> queues() {
        return CONSUMED.stream().map(type -> APPLICATION + "." + type)
                .flatMap(queue -> Stream.of(queue, queue + ".dlq")).toList();
    }

    /**
     * The service's process.
     *
     * @param classpathFile the snapshot of the service's classpath; its logs and data go beside it
     * @param jdbcUrl its database on loopback (user {@code postgres}, trust authentication)
     * @param settings more environment, e.g. the mail provider
     */
    static ServiceProcess process(Path classpathFile, String jdbcUrl, Map<String, String> settings) {
        Path work = classpathFile.toAbsolutePath().getParent();
        BenchClient.requireLoopback(jdbcUrl.substring("jdbc:".length()));
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_APPLICATION_NAME", APPLICATION);
        environment.put("QH_MESSAGING_EXCHANGE", EXCHANGE);
        environment.put("SPRING_DATASOURCE_URL", jdbcUrl);
        environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
        environment.put("SPRING_DATASOURCE_PASSWORD", "");
        environment.put("SPRING_RABBITMQ_HOST", "127.0.0.1");
        environment.put("SPRING_RABBITMQ_PORT", "5672");
        environment.put("SPRING_RABBITMQ_USERNAME", "guest");
        environment.put("SPRING_RABBITMQ_PASSWORD", "guest");
        environment.put("QH_DATA_DIR", work.resolve("data").toString());
        environment.put("QH_LOG_FORMAT", "text");
        environment.putAll(settings);
        return new ServiceProcess("notification", classpathFile, MAIN_CLASS, PORT, "/actuator/health/readiness",
                environment, work);
    }
}
