package com.qh.notification.inbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A message in a user's inbox.
 *
 * @param link where the message points, if anywhere
 * @param readAt when the user marked it read; {@code null} while unread
 */
public record InboxMessage(UUID id, UUID userId, String eventType, String title, String body, String link,
        Instant createdAt, Instant readAt) {
}
