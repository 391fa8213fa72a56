package com.qh.platform.messaging;

import com.qh.platform.embedded.EmbeddedBroker;
import com.qh.platform.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;

/** {@link EventsSurviveFaults} on servers of its own in this JVM: PostgreSQL, and a broker it stops and starts. */
class EventsSurviveFaultsTest extends EventsSurviveFaults {

    private final Path directory;
    private final EmbeddedPostgres postgres;
    private EmbeddedBroker broker;
    private final int brokerPort;
    private final AtomicInteger databases = new AtomicInteger();

    EventsSurviveFaultsTest() throws IOException {
        directory = Files.createTempDirectory("qh-faults-");
        postgres = EmbeddedPostgres.start(directory.resolve("postgres"));
        broker = EmbeddedBroker.start(directory.resolve("broker"));
        brokerPort = broker.port();
    }

    @Override
    Map<String, Object> infrastructure() {
        return Map.of(
                "spring.datasource.url", postgres.ensureDatabase("faults_" + databases.incrementAndGet()),
                "spring.datasource.username", EmbeddedPostgres.USERNAME,
                "spring.datasource.password", "",
                "spring.rabbitmq.host", EmbeddedBroker.HOST,
                "spring.rabbitmq.port", brokerPort,
                "spring.rabbitmq.username", EmbeddedBroker.USERNAME,
                "spring.rabbitmq.password", EmbeddedBroker.PASSWORD);
    }

    @Override
    void stopBroker() {
        broker.close();
        broker = null;
    }

    @Override
    void startBroker() {
        // Same store, same port: durable queues and persistent messages come back, as after a broker's crash.
        broker = EmbeddedBroker.start(directory.resolve("broker"), brokerPort);
    }

    @AfterEach
    void stopServers() {
        if (broker != null) {
            broker.close();
        }
        postgres.close();
    }
}
