package com.qh.vacancy.api;

import com.qh.platform.events.EventType;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user saved a vacancy: created it, imported it, or imported the same source again, which updates it. Matching
 * and tailoring read it again through the vacancy service's API; the skills are here so a consumer can decide
 * cheaply whether it must.
 *
 * @param vacancyId the vacancy
 * @param userId whose vacancy it is
 * @param source where it came from: {@code manual}, {@code text}, {@code hh}, {@code json-ld} or {@code html}
 * @param title the job title
 * @param skills the canonical names of the skills its requirements name
 * @param created whether the vacancy is new, or an existing one changed
 */
@EventType("vacancy.saved.v1")
public record VacancySaved(UUID eventId, Instant occurredAt, UUID vacancyId, UUID userId, String source,
        String title, List<String> skills, boolean created) implements IntegrationEvent {
}
