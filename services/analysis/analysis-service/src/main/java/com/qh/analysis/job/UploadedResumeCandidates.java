package com.qh.analysis.job;

import com.qh.analysis.match.Candidate;
import java.util.UUID;

/**
 * An uploaded resume read as the matcher's {@link Candidate}, for a {@code MATCH} job with a {@code documentId}.
 * Provided by the resume-parsing feature; while no bean does, such a job is refused with a 422.
 */
public interface UploadedResumeCandidates {

    /**
     * @throws com.qh.platform.web.NotFoundException when the user has no such document
     * @throws com.qh.platform.web.UnprocessableException when it cannot be read as a resume
     */
    Candidate candidateOf(UUID userId, UUID documentId);
}
