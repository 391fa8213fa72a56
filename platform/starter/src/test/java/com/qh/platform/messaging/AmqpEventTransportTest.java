package com.qh.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.modulith.events.RoutingTarget;
import tools.jackson.databind.json.JsonMapper;

/**
 * An event whose send is still waiting for the broker's confirm is not sent again when the outbox resubmits it: the
 * resubmission shares the first send's outcome. Once that outcome is in, a later resubmission sends anew.
 */
class AmqpEventTransportTest {

    /** A template that keeps what it was asked to send and leaves each confirm to the test, as a slow broker would. */
    static final class UnconfirmedSends extends RabbitTemplate {

        final List<CorrelationData> sent = new ArrayList<>();

        UnconfirmedSends() {
            super(new CachingConnectionFactory("127.0.0.1", 1));
        }

        @Override
        public void send(String exchange, String routingKey, Message message, CorrelationData correlationData) {
            sent.add(correlationData);
        }
    }

    private final UnconfirmedSends rabbit = new UnconfirmedSends();

    private final AmqpEventTransport transport = new AmqpEventTransport(rabbit, JsonMapper.builder().build(),
            new MessagingProperties("qh.events", Duration.ofSeconds(1), Duration.ofMinutes(5),
                    new MessagingProperties.Retry(5, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30)),
                    Duration.ofDays(30)));

    private final RoutingTarget target = RoutingTarget.forTarget("qh.events").andKey("sample.note-created.v1");

    @Test
    void anEventWaitingForItsConfirmIsNotSentTwice() {
        NoteCreated event = new NoteCreated(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "a note");

        CompletableFuture<?> first = transport.send(target, event);
        CompletableFuture<?> resubmitted = transport.send(target, event);

        assertThat(rabbit.sent).hasSize(1);
        assertThat(transport.inFlight()).isEqualTo(1);
        assertThat(first).isNotDone();
        assertThat(resubmitted).isNotDone();

        rabbit.sent.get(0).getFuture().complete(new CorrelationData.Confirm(true, null));

        assertThat(first).isCompleted();
        assertThat(resubmitted).isCompleted();
        assertThat(transport.inFlight()).isZero();
    }

    @Test
    void anEventIsSentAgainOnceItsSendFailed() {
        NoteCreated event = new NoteCreated(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "a note");

        CompletableFuture<?> first = transport.send(target, event);
        rabbit.sent.get(0).getFuture().complete(new CorrelationData.Confirm(false, "queue full"));
        assertThat(first).isCompletedExceptionally();
        assertThat(transport.inFlight()).isZero();

        CompletableFuture<?> again = transport.send(target, event);
        assertThat(rabbit.sent).hasSize(2);
        assertThat(again).isNotDone();
        rabbit.sent.get(1).getFuture().complete(new CorrelationData.Confirm(true, null));
        assertThat(again).isCompleted();
    }

    @Test
    void otherEventsAreSentWhileOneWaits() {
        transport.send(target, new NoteCreated(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "one"));
        transport.send(target, new NoteCreated(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "two"));

        assertThat(rabbit.sent).hasSize(2);
        assertThat(transport.inFlight()).isEqualTo(2);
    }
}
