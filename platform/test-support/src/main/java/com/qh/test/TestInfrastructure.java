package com.qh.test;

import com.qh.platform.embedded.EmbeddedBroker;
import com.qh.platform.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The servers a test context talks to, and the properties that point it at them. Two kinds: embedded (started on
 * first use, once per JVM, stopped and deleted when the test run ends) and real (servers CI has started already).
 */
sealed interface TestInfrastructure {

    /** The switch failsafe sets for {@code *IT} classes. */
    String MODE = "QH_IT_INFRA";

    /** Creates a database for one new Spring context and gives the properties that point the context at it. */
    Map<String, Object> newContextProperties();

    /** Removes what {@link #newContextProperties()} made for a context, once that context has closed. */
    void contextClosed(Map<String, Object> properties);

    static TestInfrastructure current() {
        return "real".equalsIgnoreCase(setting(MODE, "embedded")) ? Real.INSTANCE : Embedded.instance();
    }

    /** A system property first, then an environment variable of the same name. */
    static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    static String newDatabaseName() {
        return "qh_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** PostgreSQL and the AMQP broker inside this JVM, in temporary directories. */
    final class Embedded implements TestInfrastructure {

        private static volatile Embedded instance;

        private final Path directory;
        private final EmbeddedPostgres postgres;
        private final EmbeddedBroker broker;
        private final java.util.concurrent.atomic.AtomicInteger openContexts = new java.util.concurrent.atomic.AtomicInteger();
        private final AtomicBoolean stopped = new AtomicBoolean();

        private Embedded(Path directory) {
            this.directory = directory;
            // Side by side: together they take as long as the slower one, which is a second off every test run.
            CompletableFuture<EmbeddedBroker> startingBroker = CompletableFuture
                    .supplyAsync(() -> EmbeddedBroker.start(directory.resolve("broker")));
            // Durability buys nothing in a throw-away cluster and costs seconds per test run.
            this.postgres = EmbeddedPostgres.start(directory.resolve("postgres"),
                    Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));
            this.broker = startingBroker.join();
        }

        static Embedded instance() {
            if (instance == null) {
                synchronized (Embedded.class) {
                    if (instance == null) {
                        instance = start();
                    }
                }
            }
            return instance;
        }

        /**
         * Stops the servers, if this run started them, once the contexts using them are closed: {@link QhTestRunEnd}
         * calls it when the test run ends. A later caller of {@link #instance()} gets new servers.
         */
        static void stopIfStarted() {
            Embedded running;
            synchronized (Embedded.class) {
                running = instance;
                instance = null;
            }
            if (running != null) {
                running.stop();
            }
        }

        private static Embedded start() {
            try {
                Embedded started = new Embedded(Files.createTempDirectory("qh-test-"));
                // For a JVM that ends without the test run ending first (Ctrl-C, a runner without launcher sessions).
                Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "qh-test-infrastructure-stop"));
                return started;
            }
            catch (IOException e) {
                throw new IllegalStateException("No temporary directory for the test servers", e);
            }
        }

        /** Where PostgreSQL listens, for tests of this support itself. */
        int postgresPort() {
            return postgres.port();
        }

        @Override
        public Map<String, Object> newContextProperties() {
            openContexts.incrementAndGet();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("spring.datasource.url", postgres.ensureDatabase(newDatabaseName()));
            properties.put("spring.datasource.username", EmbeddedPostgres.USERNAME);
            properties.put("spring.datasource.password", "");
            properties.put("spring.rabbitmq.host", EmbeddedBroker.HOST);
            properties.put("spring.rabbitmq.port", broker.port());
            properties.put("spring.rabbitmq.username", EmbeddedBroker.USERNAME);
            properties.put("spring.rabbitmq.password", EmbeddedBroker.PASSWORD);
            return properties;
        }

        @Override
        public void contextClosed(Map<String, Object> properties) {
            // The whole cluster goes when the JVM exits; dropping one database at a time would only add work.
            openContexts.decrementAndGet();
        }

        private void stop() {
            if (!stopped.compareAndSet(false, true)) {
                return;
            }
            // At the end of a test run the contexts are closed already (QhTestRunEnd). At JVM exit without it,
            // Spring closes them in its own shutdown hooks, at the same time as this one; pulling the servers from
            // under them makes their pools and listeners retry until surefire kills the JVM, so give them a moment.
            Instant contextsDeadline = Instant.now().plus(Duration.ofSeconds(15));
            while (openContexts.get() > 0 && Instant.now().isBefore(contextsDeadline)) {
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
            broker.close();
            postgres.close();
            // PostgreSQL's own shutdown hook may be the one stopping it, and may still be at it.
            Path pidFile = postgres.dataDirectory().resolve("postmaster.pid");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (Files.exists(pidFile) && Instant.now().isBefore(deadline)) {
                LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            }
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            catch (IOException e) {
                // A leftover temporary directory is not worth failing a finished test run for.
            }
        }
    }

    /** Servers CI runs: PostgreSQL, RabbitMQ and Redis on their usual ports unless told otherwise. */
    final class Real implements TestInfrastructure {

        static final Real INSTANCE = new Real();
        private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(.*)$");

        private final String adminUrl = setting("QH_IT_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        private final String username = setting("QH_IT_POSTGRES_USER", "postgres");
        private final String password = setting("QH_IT_POSTGRES_PASSWORD", "");

        @Override
        public Map<String, Object> newContextProperties() {
            String database = newDatabaseName();
            EmbeddedPostgres.createDatabaseIfMissing(adminUrl, username, password, database);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("spring.datasource.url", withDatabase(adminUrl, database));
            properties.put("spring.datasource.username", username);
            properties.put("spring.datasource.password", password);
            properties.put("spring.rabbitmq.host", setting("QH_IT_RABBITMQ_HOST", "127.0.0.1"));
            properties.put("spring.rabbitmq.port", setting("QH_IT_RABBITMQ_PORT", "5672"));
            properties.put("spring.rabbitmq.username", "guest");
            properties.put("spring.rabbitmq.password", "guest");
            properties.put("qh.redis.enabled", "true");
            properties.put("spring.data.redis.host", setting("QH_IT_REDIS_HOST", "127.0.0.1"));
            properties.put("spring.data.redis.port", setting("QH_IT_REDIS_PORT", "6379"));
            return properties;
        }

        @Override
        public void contextClosed(Map<String, Object> properties) {
            Matcher url = DATABASE_IN_URL.matcher((String) properties.get("spring.datasource.url"));
            if (!url.matches()) {
                return;
            }
            try (Connection connection = DriverManager.getConnection(adminUrl, username, password);
                    Statement drop = connection.createStatement()) {
                // The name is ours (newDatabaseName), so it is safe unquoted.
                drop.execute("DROP DATABASE IF EXISTS " + url.group(2) + " WITH (FORCE)");
            }
            catch (SQLException e) {
                // A database left behind on a CI server costs disk, not correctness: every context makes its own.
            }
        }

        static String withDatabase(String jdbcUrl, String database) {
            Matcher url = DATABASE_IN_URL.matcher(jdbcUrl);
            if (!url.matches()) {
                throw new IllegalArgumentException("Not a jdbc:postgresql://host[:port]/database URL: " + jdbcUrl);
            }
            return url.group(1) + database + url.group(3);
        }
    }
}
