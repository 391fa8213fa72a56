package com.qh.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.platform.events.IntegrationEvent;
import com.qh.test.TestUsers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Issue 22's fault test for events: 10,000 events published by one service while the broker is stopped and started
 * again and the consuming service is killed (SIGKILL, in a JVM of its own) and started again. It counts effects, not
 * messages: every event must have left exactly one row in the consumer's table, so none was lost and none applied
 * twice, and the publisher's outbox must end empty. Subclasses say which broker: the embedded one in
 * {@code ./mvnw verify}, the real RabbitMQ in {@code -Pit}.
 */
abstract class EventsSurviveFaults {

    static final int EVENTS = 10_000;

    private final List<Process> consumers = new ArrayList<>();
    private ConfigurableApplicationContext publisher;

    /** Datasource (a database of its own for each call) and broker settings for one service. */
    abstract Map<String, Object> infrastructure();

    abstract void stopBroker() throws Exception;

    abstract void startBroker() throws Exception;

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Publisher {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        NoteService noteService(JdbcTemplate jdbc, ApplicationEventPublisher events) {
            return new NoteService(jdbc, events);
        }
    }

    @Test
    void noEventIsLostAndNoneIsAppliedTwiceThroughABrokerRestartAndAKilledConsumer() throws Exception {
        // Each run its own consumer name: against a real broker its queue is then new, whatever earlier runs left.
        String consumerName = "faults-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> settings = settings(infrastructure());
        consumers.add(startConsumer(settings, consumerName));
        JdbcTemplate consumerDatabase = new JdbcTemplate(new DriverManagerDataSource(
                (String) settings.get("spring.datasource.url"), (String) settings.get("spring.datasource.username"),
                (String) settings.get("spring.datasource.password")));
        Map<String, Object> publisherSettings = settings(infrastructure());
        publisherSettings.put("spring.application.name", "faults-publisher");
        publisher = new SpringApplicationBuilder(Publisher.class).web(WebApplicationType.NONE)
                .properties(publisherSettings).run();
        NoteService notes = publisher.getBean(NoteService.class);
        JdbcTemplate publisherDatabase = publisher.getBean(JdbcTemplate.class);

        AtomicInteger published = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        Thread writer = Thread.ofPlatform().name("faults-writer").start(() -> {
            try {
                for (int i = 0; i < EVENTS; i++) {
                    notes.create("note " + i);
                    published.incrementAndGet();
                }
            }
            finally {
                done.countDown();
            }
        });

        awaitPublished(published, 2_000);
        stopBroker();
        awaitPublished(published, 3_500);
        startBroker();
        awaitPublished(published, 5_000);
        consumers.getLast().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        awaitPublished(published, 6_500);
        consumers.add(startConsumer(settings, consumerName));
        assertThat(done.await(10, TimeUnit.MINUTES)).as("the writer finished").isTrue();
        writer.join();

        try {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> received(consumerDatabase) >= EVENTS
                            && incompletePublications(publisherDatabase) == 0);
        }
        catch (ConditionTimeoutException e) {
            // Say where the events are, so that a slow machine can be told from a lost or stuck event.
            Process consumer = consumers.getLast();
            throw new AssertionError("Five minutes after the writer finished: " + received(consumerDatabase)
                    + " handled of " + EVENTS + ", " + incompletePublications(publisherDatabase)
                    + " left in the outbox, " + parked(settings, consumerName) + " parked; the consumer "
                    + (consumer.isAlive() ? "running" : "exited with " + consumer.exitValue()), e);
        }
        // A redelivery still in flight would show up as a second row: the count must hold for a few seconds.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> received(consumerDatabase) == EVENTS);

        assertThat(publisherDatabase.queryForObject("select count(*) from note", Integer.class)).isEqualTo(EVENTS);
        assertThat(received(consumerDatabase)).as("effects: one row per event handled").isEqualTo(EVENTS);
        assertThat(consumerDatabase.queryForObject("select count(distinct event_id) from received_note",
                Integer.class)).as("distinct events handled").isEqualTo(EVENTS);
        assertThat(consumerDatabase.queryForObject("select count(distinct title) from received_note", Integer.class))
                .as("distinct notes whose event arrived").isEqualTo(EVENTS);
        assertThat(incompletePublications(publisherDatabase)).as("events left in the outbox").isZero();
        assertThat(parked(settings, consumerName)).as("events parked as undeliverable").isZero();
        System.out.printf("Events through faults: %d published, %d handled once each; broker stopped at 2,000 and "
                + "started at 3,500; consumer killed at 5,000 and started at 6,500%n", EVENTS,
                received(consumerDatabase));
    }

    private static Map<String, Object> settings(Map<String, Object> infrastructure) throws IOException {
        Map<String, Object> settings = new LinkedHashMap<>(infrastructure);
        settings.put("qh.security.jwks-uri", TestUsers.jwksUri());
        settings.put("qh.data-dir", Files.createTempDirectory("qh-faults").toString());
        settings.put("qh.messaging.resubmit-interval", "1s");
        settings.put("qh.messaging.confirm-timeout", "3s");
        settings.put("qh.messaging.retry.initial-interval", "100ms");
        // Connection refusals while the broker is down are the point of the test, not news.
        settings.put("logging.level.root", "ERROR");
        settings.put("logging.level.org.springframework.amqp", "OFF");
        settings.put("logging.level.org.springframework.modulith", "OFF");
        return settings;
    }

    @AfterEach
    void stopEverything() {
        consumers.forEach(Process::destroyForcibly);
        if (publisher != null) {
            publisher.close();
        }
    }

    private static void awaitPublished(AtomicInteger published, int count) {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20)).until(() -> published.get() >= count);
    }

    private static int received(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from received_note", Integer.class);
    }

    private static int incompletePublications(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                Integer.class);
    }

    private static int parked(Map<String, Object> settings, String consumerName) {
        CachingConnectionFactory connection = new CachingConnectionFactory(
                String.valueOf(settings.get("spring.rabbitmq.host")),
                Integer.parseInt(String.valueOf(settings.get("spring.rabbitmq.port"))));
        connection.setUsername(String.valueOf(settings.get("spring.rabbitmq.username")));
        connection.setPassword(String.valueOf(settings.get("spring.rabbitmq.password")));
        try {
            var queue = new RabbitAdmin(connection).getQueueInfo(consumerName + '.' + IntegrationEvent.typeOf(NoteCreated.class) + ".dlq");
            return queue == null ? 0 : (int) queue.getMessageCount();
        }
        finally {
            connection.destroy();
        }
    }

    /** Starts the consumer in a JVM of its own and returns once its listeners run. */
    private static Process startConsumer(Map<String, Object> settings, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+UseSerialGC",
                // The client compiler only: C2's threads took cores from the publisher and the broker on a 2-core
                // build machine, and how the consumer's code is compiled is not what the test looks at.
                "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), FaultyConsumer.class.getName()));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        command.add("--spring.application.name=" + name);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CountDownLatch ready = new CountDownLatch(1);
        Thread.ofVirtual().start(() -> {
            try {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    if (line.startsWith(FaultyConsumer.READY)) {
                        ready.countDown();
                    }
                    else if (line.contains("\"level\":\"ERROR\"")) {
                        System.out.println("[consumer] " + line);
                    }
                }
            }
            catch (IOException ended) {
                // the process was killed
            }
        });
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (!ready.await(200, TimeUnit.MILLISECONDS) && process.isAlive() && System.nanoTime() < deadline) {
                // waiting for the listeners
            }
            if (ready.getCount() > 0) {
                process.destroyForcibly();
                throw new IllegalStateException("The consumer did not start (see its [consumer] lines)");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process;
    }
}
