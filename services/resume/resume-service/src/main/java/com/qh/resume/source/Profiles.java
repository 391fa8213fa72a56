package com.qh.resume.source;

import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** A user's career profile as the profile service answers it. */
public interface Profiles {

    /**
     * The profile as the body of the profile service's {@code GET /api/v1/profile} (bilingual texts are
     * {@code {"ru": ..., "en": ...}}).
     *
     * @return empty while the user has not saved a profile
     * @throws SourceUnavailableException when the profile service does not answer
     */
    Optional<JsonNode> profileOf(UUID userId);
}
