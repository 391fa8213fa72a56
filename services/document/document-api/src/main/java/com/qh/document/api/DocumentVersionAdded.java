package com.qh.document.api;

import com.qh.platform.events.EventType;
import com.qh.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A document got a new current version: a new upload, a regenerated file, or an older version restored.
 *
 * @param documentId the document
 * @param userId its owner
 * @param kind what it is for
 * @param version the new version's number (2 and up)
 * @param mediaType the type found in the version's content
 * @param size its length in bytes
 * @param sha256 the SHA-256 of its bytes, lower-case hex
 * @param restoredFrom the version whose content was restored, or {@code null} for a new upload
 */
@EventType("document.version-added.v1")
public record DocumentVersionAdded(UUID eventId, Instant occurredAt, UUID documentId, UUID userId, DocumentKind kind,
        int version, String mediaType, long size, String sha256, Integer restoredFrom) implements IntegrationEvent {
}
