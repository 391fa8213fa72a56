package com.qh.notification.configured;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** An event of any type, read as its id, time and the rest of its fields. */
final class ConfiguredEvent implements IntegrationEvent {

    private UUID eventId;
    private Instant occurredAt;
    private final Map<String, Object> fields = new LinkedHashMap<>();

    @Override
    public UUID eventId() {
        return eventId;
    }

    @Override
    public Instant occurredAt() {
        return occurredAt;
    }

    public void setEventId(UUID eventId) {
        this.eventId = eventId;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    @JsonAnySetter
    void field(String name, Object value) {
        fields.put(name, value);
    }

    Map<String, Object> fields() {
        return fields;
    }
}
