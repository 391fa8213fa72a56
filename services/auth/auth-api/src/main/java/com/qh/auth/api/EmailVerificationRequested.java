package com.qh.auth.api;

import com.qh.platform.events.EventType;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An address must be confirmed. Carries the single-use token in clear because the notification service has to
 * put it into the link it mails; auth itself keeps only its hash.
 */
@EventType("user.email-verification-requested.v1")
public record EmailVerificationRequested(UUID eventId, Instant occurredAt, UUID userId, String email,
        String displayName, String locale, String token, Instant expiresAt) implements IntegrationEvent {
}
