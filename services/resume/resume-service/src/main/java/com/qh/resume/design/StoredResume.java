package com.qh.resume.design;

import com.qh.resume.content.Design;
import java.time.Instant;
import java.util.UUID;

/**
 * A resume as stored.
 *
 * @param version 1 when created, one more on every change
 * @param documentId the GENERATED_RESUME document its renders are stored in, or null before the first render
 */
record StoredResume(UUID id, UUID userId, int version, Design design, UUID documentId, Instant createdAt,
        Instant updatedAt) {
}
