package com.qh.platform.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

class EmbeddedBrokerTest {

    @TempDir
    Path store;

    @Test
    void survivesRestartWithQueuedMessage() {
        try (EmbeddedBroker broker = EmbeddedBroker.start(store)) {
            CachingConnectionFactory connections = connectionFactory(broker);
            try {
                RabbitAdmin admin = new RabbitAdmin(connections);
                TopicExchange exchange = new TopicExchange("qh.events", true, false);
                Queue queue = new Queue("notification.user.registered.v1", true);
                admin.declareExchange(exchange);
                admin.declareQueue(queue);
                admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("user.registered.v1"));

                MessageProperties properties = new MessageProperties();
                properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
                properties.setMessageId("event-1");
                new RabbitTemplate(connections).send("qh.events", "user.registered.v1",
                        new Message("{\"userId\":\"42\"}".getBytes(), properties));
            }
            finally {
                connections.destroy();
            }
        }

        try (EmbeddedBroker restarted = EmbeddedBroker.start(store)) {
            CachingConnectionFactory connections = connectionFactory(restarted);
            try {
                Message received = new RabbitTemplate(connections).receive("notification.user.registered.v1", 5_000);

                assertThat(received).isNotNull();
                assertThat(new String(received.getBody())).isEqualTo("{\"userId\":\"42\"}");
                assertThat(received.getMessageProperties().getMessageId()).isEqualTo("event-1");
            }
            finally {
                connections.destroy();
            }
        }
    }

    @Test
    void routesByTopicToEveryMatchingQueueOnDefaultVirtualHost() {
        try (EmbeddedBroker broker = EmbeddedBroker.start(store)) {
            CachingConnectionFactory connections = connectionFactory(broker);
            try {
                RabbitAdmin admin = new RabbitAdmin(connections);
                TopicExchange exchange = new TopicExchange("qh.events", true, false);
                Queue everyUserEvent = new Queue("audit.user", true);
                Queue deletions = new Queue("profile.user.deleted.v1", true);
                admin.declareExchange(exchange);
                admin.declareQueue(everyUserEvent);
                admin.declareQueue(deletions);
                admin.declareBinding(BindingBuilder.bind(everyUserEvent).to(exchange).with("user.#"));
                admin.declareBinding(BindingBuilder.bind(deletions).to(exchange).with("user.deleted.v1"));
                RabbitTemplate template = new RabbitTemplate(connections);

                template.convertAndSend("qh.events", "user.registered.v1", "registered");
                template.convertAndSend("qh.events", "user.deleted.v1", "deleted");

                assertThat(template.receiveAndConvert("audit.user", 5_000)).isEqualTo("registered");
                assertThat(template.receiveAndConvert("audit.user", 5_000)).isEqualTo("deleted");
                assertThat(template.receiveAndConvert("profile.user.deleted.v1", 5_000)).isEqualTo("deleted");
                assertThat(template.receiveAndConvert("profile.user.deleted.v1", 100)).isNull();
            }
            finally {
                connections.destroy();
            }
        }
    }

    private static CachingConnectionFactory connectionFactory(EmbeddedBroker broker) {
        CachingConnectionFactory connections = new CachingConnectionFactory(EmbeddedBroker.HOST, broker.port());
        connections.setUsername(EmbeddedBroker.USERNAME);
        connections.setPassword(EmbeddedBroker.PASSWORD);
        connections.setVirtualHost("/");
        return connections;
    }
}
