package com.qh.auth;

import static org.awaitility.Awaitility.await;

import com.qh.test.ApiClient;
import java.time.Duration;
import java.util.UUID;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A queue of a test's own, bound to one event type on the {@code qh.events} exchange: what auth really sent through
 * the broker, as a consuming service receives it. Queues of the same name are shared by every context of the test
 * JVM, hence a random name; the queue goes when the test's connection closes.
 */
public final class EventQueue {

    private final RabbitTemplate rabbit;
    private final String name;

    private EventQueue(RabbitTemplate rabbit, String name) {
        this.rabbit = rabbit;
        this.name = name;
    }

    /** Binds a new queue to {@code eventType} (such as {@code user.email-verification-requested.v1}). */
    public static EventQueue listeningTo(String eventType, AmqpAdmin amqp, RabbitTemplate rabbit) {
        Queue queue = new Queue("auth-test." + eventType + "." + UUID.randomUUID(), false, true, true);
        amqp.declareQueue(queue);
        TopicExchange exchange = new TopicExchange("qh.events", true, false);
        amqp.declareExchange(exchange);
        amqp.declareBinding(BindingBuilder.bind(queue).to(exchange).with(eventType));
        return new EventQueue(rabbit, queue.getName());
    }

    /** The next event's JSON body, waiting up to 30 seconds for it. */
    public JsonNode next() {
        Message[] received = new Message[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> (received[0] = rabbit.receive(name)) != null);
        return ApiClient.JSON.readTree(received[0].getBody());
    }
}
