package com.qh.document.api;

import com.qh.platform.events.EventType;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A new document was stored, with its first version. Consumers that want the bytes read them through the document
 * service's API ({@code GET /api/v1/documents/{documentId}/versions/1/content}) with the user's token.
 *
 * @param documentId the new document
 * @param userId its owner
 * @param kind what it is for
 * @param version always 1
 * @param mediaType the type found in its content, such as {@code application/pdf}
 * @param size its length in bytes
 * @param sha256 the SHA-256 of its bytes, lower-case hex
 */
@EventType("document.uploaded.v1")
public record DocumentUploaded(UUID eventId, Instant occurredAt, UUID documentId, UUID userId, DocumentKind kind,
        int version, String mediaType, long size, String sha256) implements IntegrationEvent {
}
