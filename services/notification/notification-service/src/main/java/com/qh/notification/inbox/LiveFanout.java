package com.qh.notification.inbox;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spreads new in-app messages to every notification instance: each publishes to the fan-out exchange
 * {@code qh.notifications.live}, and each has its own queue on it ({@code notification.live.<instance>}, deleted
 * when the instance goes) from which it pushes to the sockets it holds. A message for a user with no open socket
 * is simply not pushed: it waits in the inbox. Best effort by design; the inbox is the record.
 */
@Component
class LiveFanout {

    static final String EXCHANGE = "qh.notifications.live";
    private static final Logger log = LoggerFactory.getLogger(LiveFanout.class);

    private final RabbitTemplate rabbit;
    private final JsonMapper json;

    LiveFanout(RabbitTemplate rabbit, JsonMapper json) {
        this.rabbit = rabbit;
        this.json = json;
    }

    void publish(InboxMessage message) {
        try {
            rabbit.convertAndSend(EXCHANGE, "", json.writeValueAsBytes(message));
        }
        catch (RuntimeException e) {
            log.warn("Could not push in-app message {} live; it stays in the inbox: {}", message.id(), e.toString());
        }
    }

    /** Spreads a frame that is not an inbox message (such as a job's progress) to the user's sockets everywhere. */
    void publish(UUID userId, java.util.Map<String, Object> frame) {
        try {
            rabbit.convertAndSend(EXCHANGE, "", json.writeValueAsBytes(java.util.Map.of("userId", userId,
                    "frame", frame)));
        }
        catch (RuntimeException e) {
            log.warn("Could not push a {} frame live: {}", frame.get("type"), e.toString());
        }
    }

    /** The exchange, this instance's queue, and the listener that hands messages to the sockets. */
    @Configuration(proxyBeanMethods = false)
    static class Topology {

        private final String queueName = "notification.live." + UUID.randomUUID();

        @Bean
        FanoutExchange liveExchange() {
            return new FanoutExchange(EXCHANGE, true, false);
        }

        @Bean
        Queue liveQueue() {
            return new Queue(queueName, false, false, true);
        }

        @Bean
        Binding liveBinding(Queue liveQueue, FanoutExchange liveExchange) {
            return BindingBuilder.bind(liveQueue).to(liveExchange);
        }

        @Bean
        SimpleMessageListenerContainer liveListener(ConnectionFactory connections, Queue liveQueue,
                LiveSockets sockets, JsonMapper json) {
            SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connections);
            container.setQueues(liveQueue);
            container.setAcknowledgeMode(AcknowledgeMode.AUTO);
            container.setMessageListener(message -> {
                tools.jackson.databind.JsonNode body = json.readTree(message.getBody());
                if (body.has("frame")) {
                    sockets.push(UUID.fromString(body.path("userId").asString()), body.path("frame"));
                }
                else {
                    sockets.push(json.treeToValue(body, InboxMessage.class));
                }
            });
            return container;
        }
    }
}
