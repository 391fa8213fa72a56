package com.qh.web.resume;

import com.qh.web.api.ApiResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The resumes the builder read last, by person, resume and version ({@code ETag}), so that a preview, which merges
 * the form into the stored design, need not read the resume again on every change: the form carries the version it
 * was made from, and a version is never changed, only followed by another. Bounded (the oldest goes first); a miss
 * is only a read more.
 */
@Component
class StoredResumes {

    static final int MAX = 1_000;

    private final Map<String, ApiResponse> byVersion = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ApiResponse> eldest) {
            return size() > MAX;
        }
    };

    /** The resume {@code id} of {@code person} as it was at {@code etag}, if read lately. */
    synchronized Optional<ApiResponse> at(String person, UUID id, String etag) {
        return etag == null || etag.isBlank() ? Optional.empty() : Optional.ofNullable(byVersion.get(key(person, id,
                etag)));
    }

    /** Keeps a resume just read, under the version it answered with. */
    synchronized void keep(String person, UUID id, ApiResponse resume) {
        if (resume.etag() != null) {
            byVersion.put(key(person, id, resume.etag()), resume);
        }
    }

    private static String key(String person, UUID id, String etag) {
        return person + '\n' + id + '\n' + etag;
    }
}
