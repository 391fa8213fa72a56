package com.qh.platform.messaging;

import com.qh.platform.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * {@link EventsSurviveFaults} against the real servers of {@code -Pit}: PostgreSQL on 5432 and RabbitMQ on 5672,
 * which it stops and starts with {@code rabbitmqctl stop_app} / {@code start_app} (the node stays, the broker goes:
 * connections drop, durable queues and persistent messages stay on disk).
 */
class EventsSurviveFaultsIT extends EventsSurviveFaults {

    private static final String ADMIN_URL = setting("QH_IT_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

    @Override
    Map<String, Object> infrastructure() {
        String database = "qh_faults_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String user = setting("QH_IT_POSTGRES_USER", "postgres");
        String password = setting("QH_IT_POSTGRES_PASSWORD", "");
        EmbeddedPostgres.createDatabaseIfMissing(ADMIN_URL, user, password, database);
        return Map.of(
                "spring.datasource.url", ADMIN_URL.replaceFirst("/[^/?]*(\\?.*)?$", "/" + database),
                "spring.datasource.username", user,
                "spring.datasource.password", password,
                "spring.rabbitmq.host", setting("QH_IT_RABBITMQ_HOST", "127.0.0.1"),
                "spring.rabbitmq.port", setting("QH_IT_RABBITMQ_PORT", "5672"),
                "spring.rabbitmq.username", "guest",
                "spring.rabbitmq.password", "guest");
    }

    @Override
    void stopBroker() throws IOException, InterruptedException {
        rabbitmqctl("stop_app");
    }

    @Override
    void startBroker() throws IOException, InterruptedException {
        rabbitmqctl("start_app");
    }

    private static void rabbitmqctl(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("rabbitmqctl", command).inheritIO().start();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("rabbitmqctl " + command + " failed");
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
