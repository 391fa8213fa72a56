package com.qh.auth.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * A security event as admins see it.
 *
 * @param userId the account concerned, if known
 * @param actorId who did it when that is someone else (an admin), else null
 * @param email the address involved, also for failed sign-ins to addresses that have no account
 */
public record AuditEventView(UUID id, Instant occurredAt, AuditEventType type, UUID userId, UUID actorId,
        String email, String ip, String detail) {
}
