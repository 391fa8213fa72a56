package com.qh.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.test.QhServiceTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

@QhServiceTest
@TestPropertySource(properties = {
        "spring.application.name=sample",
        "qh.messaging.retry.max-attempts=2",
        "qh.messaging.retry.initial-interval=50ms",
        "qh.messaging.resubmit-interval=1s" })
class OutboxAndConsumersTest {

    private static final String QUEUE = "sample.sample.note-created.v1";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class SampleService {

        @Bean
        NoteService noteService(JdbcTemplate jdbc, ApplicationEventPublisher events) {
            return new NoteService(jdbc, events);
        }

        @Bean
        NoteCreatedHandler noteCreatedHandler(JdbcTemplate jdbc) {
            return new NoteCreatedHandler(jdbc);
        }
    }

    @Autowired
    NoteService notes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    JsonMapper json;

    @Autowired
    EventConsumers consumers;

    @Test
    void deliversAPublishedEventToItsConsumerAndCompletesThePublication() {
        UUID noteId = notes.create("first note");

        await().atMost(Duration.ofSeconds(20)).until(() -> received("first note") == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and serialized_event like ?",
                Integer.class, "%" + noteId + "%") == 0);
    }

    @Test
    void handlesARedeliveredEventOnlyOnce() {
        NoteCreated event = new NoteCreated(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "delivered twice");
        sendRaw(json.writeValueAsBytes(event));
        sendRaw(json.writeValueAsBytes(event));
        // The queue is FIFO with one consumer: once a later event is in, both copies have been dealt with.
        notes.create("after the duplicates");

        await().atMost(Duration.ofSeconds(20)).until(() -> received("after the duplicates") == 1);
        assertThat(received("delivered twice")).isEqualTo(1);
    }

    @Test
    void parksAnEventThatKeepsFailingInTheDeadLetterQueue() {
        notes.create("poison pill");

        Message parked = await().atMost(Duration.ofSeconds(20))
                .until(() -> rabbit.receive(QUEUE + ".dlq"), message -> message != null
                        && new String(message.getBody(), StandardCharsets.UTF_8).contains("poison pill"));
        assertThat(parked.getMessageProperties().getType()).isEqualTo("sample.note-created.v1");
        assertThat(received("poison pill")).isZero();
    }

    @Test
    void parksAnUnreadableMessageWithoutRetrying() {
        sendRaw("this is not json".getBytes(StandardCharsets.UTF_8));

        Message parked = await().atMost(Duration.ofSeconds(20))
                .until(() -> rabbit.receive(QUEUE + ".dlq"), message -> message != null
                        && new String(message.getBody(), StandardCharsets.UTF_8).equals("this is not json"));
        assertThat(parked).isNotNull();
    }

    @Test
    void sendsAgainWhatTheBrokerDidNotTake() {
        // Without the exchange the broker refuses the publish, as it would when it is down or mid-restart.
        admin.deleteExchange("qh.events");
        UUID noteId = notes.create("published while the broker refused");
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null and serialized_event like ?",
                Integer.class, "%" + noteId + "%") == 1);
        assertThat(received("published while the broker refused")).isZero();

        ((RabbitAdmin) admin).initialize();

        await().atMost(Duration.ofSeconds(30)).until(() -> received("published while the broker refused") == 1);
    }

    @Test
    void forgetsHandledEventIdsOnlyAfterTheRetention() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        jdbc.update("insert into qh_processed_event (consumer, event_id, processed_at) values (?, ?, now() - interval '31 days')",
                QUEUE, old);
        jdbc.update("insert into qh_processed_event (consumer, event_id, processed_at) values (?, ?, now() - interval '29 days')",
                QUEUE, recent);

        assertThat(consumers.forgetOldProcessedEvents()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForList("select event_id from qh_processed_event where event_id in (?, ?)", UUID.class,
                old, recent)).containsExactly(recent);
    }

    private int received(String title) {
        return jdbc.queryForObject("select count(*) from received_note where title = ?", Integer.class, title);
    }

    private void sendRaw(byte[] body) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setType("sample.note-created.v1");
        rabbit.send("qh.events", "sample.note-created.v1", new Message(body, properties));
    }
}
