package com.qh.platform.messaging;

import com.qh.platform.events.IntegrationEvent;

/**
 * Consumes one integration event type from another service. Declare an implementation as a bean; the starter gives
 * it a durable queue with a dead-letter queue behind it, retries failures with backoff, and calls {@link #handle}
 * inside a transaction at most once per event id, however often the broker delivers it.
 *
 * @param <E> the event record, from the publishing service's {@code -api} module
 */
public interface IntegrationEventHandler<E extends IntegrationEvent> {

    /** The record type this handler consumes; its {@code @EventType} names the queue binding. */
    Class<E> eventClass();

    /**
     * The wire type this handler consumes. Defaults to the {@code @EventType} of {@link #eventClass()}; a handler
     * of events known only by configuration (one class for many types) overrides it.
     */
    default String eventType() {
        return IntegrationEvent.typeOf(eventClass());
    }

    /** Acts on the event. Throwing rolls back and retries; after the last attempt the message is parked. */
    void handle(E event);

    /**
     * A stable name for this consumer, used in queue names and the processed-events record. Defaults to the event
     * type; override when one service has two handlers for the same event.
     */
    default String consumerName() {
        return eventType();
    }
}
