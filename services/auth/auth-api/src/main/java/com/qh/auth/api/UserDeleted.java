package com.qh.auth.api;

import com.qh.platform.events.EventType;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** An account is gone; every service erases everything it holds for {@code userId} when it sees this. */
@EventType("user.deleted.v1")
public record UserDeleted(UUID eventId, Instant occurredAt, UUID userId) implements IntegrationEvent {
}
