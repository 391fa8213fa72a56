package com.qh.platform.messaging;

import com.qh.platform.events.IntegrationEvent;
import com.qh.platform.web.CorrelationId;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>An event already on its way (sent, its confirm not yet in) is not sent a second time: a resubmission that finds
 * it in flight gets the first send's future instead. Without this, a resubmit interval shorter than a slow send (a
 * crowded channel cache, a broker slow to confirm under load) sent every waiting event again on each round, and
 * those sends made the crowd that kept the next ones waiting.
 */
class AmqpEventTransport {

    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final MessagingProperties properties;

    /** Events sent and not yet confirmed or failed, by event id, with the future their publication waits on. */
    private final Map<UUID, CompletableFuture<Object>> inFlight = new ConcurrentHashMap<>();

    AmqpEventTransport(RabbitTemplate rabbit, JsonMapper json, MessagingProperties properties) {
        this.rabbit = rabbit;
        this.json = json;
        this.properties = properties;
    }

    CompletableFuture<?> send(RoutingTarget target, Object payload) {
        if (!(payload instanceof IntegrationEvent event)) {
            return CompletableFuture.failedFuture(new IllegalArgumentException(
                    "Not an integration event: " + (payload == null ? null : payload.getClass().getName())));
        }
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        CompletableFuture<Object> earlier = inFlight.putIfAbsent(event.eventId(), outcome);
        if (earlier != null) {
            return earlier;
        }
        outcome.whenComplete((confirm, failure) -> inFlight.remove(event.eventId(), outcome));
        sendOnce(target, event).whenComplete((confirm, failure) -> {
            if (failure != null) {
                outcome.completeExceptionally(failure);
            }
            else {
                outcome.complete(confirm);
            }
        });
        return outcome;
    }

    /** The number of events sent and waiting for the broker's confirm. */
    int inFlight() {
        return inFlight.size();
    }

    private CompletableFuture<?> sendOnce(RoutingTarget target, IntegrationEvent event) {
        try {
            String type = IntegrationEvent.typeOf(event.getClass());
            MessageProperties messageProperties = new MessageProperties();
            messageProperties.setMessageId(event.eventId().toString());
            messageProperties.setType(type);
            messageProperties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
            messageProperties.setContentEncoding("UTF-8");
            messageProperties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
            messageProperties.setTimestamp(Date.from(event.occurredAt()));
            CorrelationId.current().ifPresent(id -> messageProperties.setHeader(CorrelationId.HEADER, id));
            Message message = new Message(json.writeValueAsBytes(event), messageProperties);

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
