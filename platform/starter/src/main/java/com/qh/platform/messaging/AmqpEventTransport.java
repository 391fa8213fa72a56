package com.qh.platform.messaging;

import com.qh.platform.events.IntegrationEvent;
import com.qh.platform.web.CorrelationId;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.modulith.events.RoutingTarget;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last step of the outbox: sends one event to the broker and completes only when the broker confirms it.
 * Spring Modulith marks the publication complete when the returned future completes normally; a refused, lost or
 * unconfirmed send leaves it incomplete, and the resubmitter sends it again.
 */
class AmqpEventTransport {

    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final MessagingProperties properties;

    AmqpEventTransport(RabbitTemplate rabbit, JsonMapper json, MessagingProperties properties) {
        this.rabbit = rabbit;
        this.json = json;
        this.properties = properties;
    }

    CompletableFuture<?> send(RoutingTarget target, Object payload) {
        try {
            IntegrationEvent event = (IntegrationEvent) payload;
            String type = IntegrationEvent.typeOf(payload.getClass());
            MessageProperties messageProperties = new MessageProperties();
            messageProperties.setMessageId(event.eventId().toString());
            messageProperties.setType(type);
            messageProperties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
            messageProperties.setContentEncoding("UTF-8");
            messageProperties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
            messageProperties.setTimestamp(Date.from(event.occurredAt()));
            CorrelationId.current().ifPresent(id -> messageProperties.setHeader(CorrelationId.HEADER, id));
            Message message = new Message(json.writeValueAsBytes(payload), messageProperties);

            return confirmedSend(target.getTarget(), target.getKey(), message, type, event);
        }
        catch (RuntimeException brokerUnavailable) {
            return CompletableFuture.failedFuture(brokerUnavailable);
        }
    }

    /** Sends and completes when the broker confirms; fails when it refuses or does not answer in time. */
    private CompletableFuture<?> confirmedSend(String exchange, String routingKey, Message message, String type,
            IntegrationEvent event) {
        CorrelationData confirmation = new CorrelationData(event.eventId().toString());
        rabbit.send(exchange, routingKey, message, confirmation);
        return confirmation.getFuture()
                .orTimeout(properties.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(confirm -> {
                    if (!confirm.ack()) {
                        throw new EventNotConfirmedException(type, event.eventId(), confirm.reason());
                    }
                    return confirm;
                });
    }

    /** The broker refused to take responsibility for an event; it stays in the outbox. */
    static final class EventNotConfirmedException extends RuntimeException {

        EventNotConfirmedException(String type, UUID eventId, String reason) {
            super("Broker did not confirm " + type + " " + eventId + (reason == null ? "" : ": " + reason));
        }
    }
}
