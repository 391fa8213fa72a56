package com.qh.profile.api;

import com.qh.platform.events.EventType;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user's career profile changed. Consumers that keep something derived from it (match scores, tailored resumes)
 * read the profile again through the profile service's API with the user's or their own service token.
 *
 * @param userId whose profile
 * @param version the profile's version after the change (its ETag is {@code "v<version>"})
 * @param sections what changed: {@code personal}, {@code summary} or a list section such as {@code experience}
 */
@EventType("profile.updated.v1")
public record ProfileUpdated(UUID eventId, Instant occurredAt, UUID userId, long version, List<String> sections)
        implements IntegrationEvent {
}
