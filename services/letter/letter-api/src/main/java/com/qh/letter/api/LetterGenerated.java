package com.qh.letter.api;

import com.qh.platform.events.EventType;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A cover letter was rendered and stored as a new version of its {@code GENERATED_LETTER} document (the
 * notification service tells the user it is ready).
 *
 * @param letterId the letter
 * @param userId its owner
 * @param company the company it is addressed to, for the message
 * @param role the role applied for, for the message
 * @param format {@code pdf}, {@code docx} or {@code txt}
 * @param documentId the document in the document service
 * @param documentVersion the version just stored
 * @param vacancyId the vacancy it answers
 */
@EventType("letter.generated.v1")
public record LetterGenerated(UUID eventId, Instant occurredAt, UUID letterId, UUID userId, String company,
        String role, String format, UUID documentId, int documentVersion, UUID vacancyId)
        implements IntegrationEvent {
}
