package com.qh.resume.api;

import com.qh.platform.events.EventType;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A resume was rendered and stored as a new version of its {@code GENERATED_RESUME} document (seed 002: the
 * notification service tells the user it is ready).
 *
 * @param resumeId the resume (the saved design)
 * @param userId its owner
 * @param title the resume's title, for the message
 * @param format {@code pdf}, {@code docx}, {@code md} or {@code html}
 * @param documentId the document in the document service
 * @param documentVersion the version just stored
 * @param vacancyId the vacancy it was tailored to, or null
 */
@EventType("resume.generated.v1")
public record ResumeGenerated(UUID eventId, Instant occurredAt, UUID resumeId, UUID userId, String title,
        String format, UUID documentId, int documentVersion, UUID vacancyId) implements IntegrationEvent {
}
