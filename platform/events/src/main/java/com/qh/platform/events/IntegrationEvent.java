package com.qh.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event that leaves its service through the outbox and reaches other services through the broker.
 * Implementations are records annotated with {@link EventType}. The {@link #eventId()} is fixed when the event
 * is created and travels as the AMQP message id, so a consumer recognises a redelivered or resubmitted event
 * and handles it once.
 */
public interface IntegrationEvent {

    /** Identity of this occurrence, stable across redeliveries. */
    UUID eventId();

    /** When the change the event reports happened. */
    Instant occurredAt();

    /** The wire name of an event class, read from its {@link EventType} annotation. */
    static String typeOf(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @EventType");
        }
        return type.value();
    }
}
