package com.qh.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.UUID;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;

/**
 * Spreads revocations between in-memory denylists: every service instance listens on its own short-lived queue
 * bound to a fanout exchange, so a token revoked by auth is refused by every other service too. Only used when
 * Redis (the shared denylist) is not configured. An instance started after a revocation does not learn of it; that
 * gap lasts at most one access-token lifetime and is why production uses Redis.
 */
class TokenRevocationBroadcast implements TokenDenylist {

    static final String EXCHANGE = "qh.token-revocations";

    private static final Logger log = LoggerFactory.getLogger(TokenRevocationBroadcast.class);

    private final InMemoryTokenDenylist local;
    private final RabbitTemplate rabbit;

    TokenRevocationBroadcast(InMemoryTokenDenylist local, RabbitTemplate rabbit) {
        this.local = local;
        this.rabbit = rabbit;
    }

    @Override
    public void revoke(String tokenId, Instant expiresAt) {
        local.revoke(tokenId, expiresAt);
        try {
            MessageProperties properties = new MessageProperties();
            properties.setContentType(MessageProperties.CONTENT_TYPE_TEXT_PLAIN);
            byte[] body = (tokenId + " " + expiresAt.getEpochSecond()).getBytes(StandardCharsets.UTF_8);
            rabbit.send(EXCHANGE, "", new Message(body, properties));
        }
        catch (RuntimeException brokerDown) {
            // The revoking service already refuses the token; other services learn of it when Redis is used.
            log.warn("Could not broadcast revocation of token {}: {}", tokenId, brokerDown.getMessage());
        }
    }

    @Override
    public boolean isRevoked(String tokenId) {
        return local.isRevoked(tokenId);
    }

    /**
     * This instance's own queue: exclusive and deleted with the connection. Declared without arguments, unlike
     * Spring's {@code AnonymousQueue}, because the embedded broker refuses RabbitMQ-specific ones.
     */
    static Queue instanceQueue() {
        return new Queue("qh.token-revocations." + UUID.randomUUID(), false, true, true);
    }

    static Declarables declarables(Queue queue) {
        FanoutExchange exchange = new FanoutExchange(EXCHANGE, true, false);
        Binding binding = BindingBuilder.bind(queue).to(exchange);
        return new Declarables(exchange, queue, binding);
    }

    /** A revocation another instance announced: kept here only, never sent on again. */
    void revokedElsewhere(String tokenId, Instant expiresAt) {
        local.revoke(tokenId, expiresAt);
    }

    static SimpleMessageListenerContainer listener(ConnectionFactory connectionFactory, Queue queue,
            TokenRevocationBroadcast broadcast) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueues(queue);
        container.setMessageListener(message -> {
            String[] parts = new String(message.getBody(), StandardCharsets.UTF_8).split(" ");
            if (parts.length == 2 && parts[1].chars().allMatch(Character::isDigit)) {
                broadcast.revokedElsewhere(parts[0], Instant.ofEpochSecond(Long.parseLong(parts[1])));
            }
        });
        return container;
    }
}
