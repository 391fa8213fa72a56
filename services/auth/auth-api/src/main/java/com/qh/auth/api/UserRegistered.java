package com.qh.auth.api;

import com.qh.platform.events.EventType;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** A person created an account (with a password or through Google/GitHub); the welcome message hangs off it. */
@EventType("user.registered.v1")
public record UserRegistered(UUID eventId, Instant occurredAt, UUID userId, String email, String displayName,
        String locale, boolean emailVerified) implements IntegrationEvent {
}
