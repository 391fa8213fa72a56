package com.qh.bench;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Puts integration events on a QH topic exchange exactly as a service's outbox relay does
 * ({@code AmqpEventTransport} in the platform starter): routing key and AMQP {@code type} = the event type, message
 * id = the event id, JSON body of the event record, persistent, timestamp = when it occurred. Publishes are
 * {@code mandatory} and confirmed, so an event the broker could not route or did not take is counted, never
 * silently missing from the benchmark's books.
 */
final class EventPublisher implements AutoCloseable {

    /** An event on the wire: its type (routing key), id and the record as JSON. */
    record Event(String type, UUID id, Instant occurredAt, String json) {

        /** {@code user.email-verification-requested.v1}: one mail, nothing in the inbox. */
        static Event emailVerificationRequested(UUID userId, String email, String displayName) {
            return withToken("user.email-verification-requested.v1", userId, email, displayName, Duration.ofHours(24));
        }

        /** {@code user.password-reset-requested.v1}: a mail and a security notice in the user's inbox. */
        static Event passwordResetRequested(UUID userId, String email, String displayName) {
            return withToken("user.password-reset-requested.v1", userId, email, displayName, Duration.ofMinutes(30));
        }

        /** Auth's events that carry a one-time token (the link in the mail), valid for {@code validFor}. */
        private static Event withToken(String type, UUID userId, String email, String displayName,
                Duration validFor) {
            UUID id = UUID.randomUUID();
            Instant now = Instant.now();
            return new Event(type, id, now, """
                    {"eventId":"%s","occurredAt":"%s","userId":"%s","email":"%s","displayName":"%s","locale":"en",\
                    "token":"bench-%s","expiresAt":"%s"}""".formatted(id, now, userId, email, displayName, id,
                    now.plus(validFor)));
        }

        /** {@code user.registered.v1}: a welcome mail and a welcome message in the user's inbox. */
        static Event userRegistered(UUID userId, String email, String displayName) {
            UUID id = UUID.randomUUID();
            Instant now = Instant.now();
            return new Event("user.registered.v1", id, now, """
                    {"eventId":"%s","occurredAt":"%s","userId":"%s","email":"%s","displayName":"%s","locale":"en",\
                    "emailVerified":false}""".formatted(id, now, userId, email, displayName));
        }
    }

    private final Connection connection;
    private final Channel channel;
    private final String exchange;
    private final AtomicInteger returned = new AtomicInteger();

    /** Connects to {@code amqp://user:password@host:port} (loopback only) and declares the exchange as QH does. */
    EventPublisher(String amqpUri, String exchange) {
        BenchClient.requireLoopback(amqpUri);
        this.exchange = exchange;
        try {
            ConnectionFactory factory = new ConnectionFactory();
            factory.setUri(URI.create(amqpUri));
            connection = factory.newConnection("qh-bench");
            channel = connection.createChannel();
            channel.exchangeDeclare(exchange, "topic", true, false, null);
            channel.confirmSelect();
            channel.addReturnListener(message -> returned.incrementAndGet());
        }
        catch (Exception e) {
            throw new IllegalStateException("Cannot connect to the broker at " + URI.create(amqpUri).getHost(), e);
        }
    }

    /** Publishes one event; the broker's confirm is collected by {@link #awaitConfirms}. */
    void publish(Event event) {
        AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                .messageId(event.id().toString())
                .type(event.type())
                .contentType("application/json")
                .contentEncoding("UTF-8")
                .deliveryMode(2)
                .timestamp(Date.from(event.occurredAt()))
                .build();
        try {
            channel.basicPublish(exchange, event.type(), true, properties,
                    event.json().getBytes(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Publishing " + event.type() + " failed", e);
        }
    }

    /** Waits for the broker to confirm everything published so far; fails on a refusal or after {@code timeout}. */
    void awaitConfirms(Duration timeout) {
        try {
            channel.waitForConfirmsOrDie(timeout.toMillis());
        }
        catch (IOException | TimeoutException e) {
            throw new IllegalStateException("The broker did not confirm every event", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for confirms", e);
        }
    }

    /** Events the broker returned as unroutable (no queue bound for their type). */
    int returned() {
        return returned.get();
    }

    /** Deletes queues (ignoring ones that do not exist), to start and end a run with nothing left over. */
    void deleteQueues(List<String> queues) {
        try (Channel admin = connection.createChannel()) {
            for (String queue : queues) {
                admin.queueDelete(queue);
            }
        }
        catch (IOException | TimeoutException e) {
            throw new IllegalStateException("Cannot delete the benchmark's queues", e);
        }
    }

    /** Deletes the exchange, once nothing of the benchmark uses it any more. */
    void deleteExchange() {
        try (Channel admin = connection.createChannel()) {
            admin.exchangeDelete(exchange);
        }
        catch (IOException | TimeoutException e) {
            throw new IllegalStateException("Cannot delete the exchange " + exchange, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        }
        catch (IOException e) {
            // The run is over; a broker that went away first leaves nothing to close.
        }
    }
}
