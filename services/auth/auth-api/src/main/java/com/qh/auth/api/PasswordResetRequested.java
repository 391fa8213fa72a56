package com.qh.auth.api;

import com.qh.platform.events.EventType;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** Someone asked to reset the password of an existing account; the token goes out by e-mail only. */
@EventType("user.password-reset-requested.v1")
public record PasswordResetRequested(UUID eventId, Instant occurredAt, UUID userId, String email,
        String displayName, String locale, String token, Instant expiresAt) implements IntegrationEvent {
}
