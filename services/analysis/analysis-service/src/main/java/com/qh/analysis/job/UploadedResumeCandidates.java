package com.qh.analysis.job;

import com.qh.analysis.match.Candidate;
import java.util.UUID;

/**
 * An uploaded resume read as the matcher's {@link Candidate}, for a match or a {@code MATCH} job with a
 * {@code documentId}. The resume-parsing feature provides it ({@code resume.ResumeCandidates}); an interface here so
 * that the jobs and the match need not depend on parsing.
 */
public interface UploadedResumeCandidates {

    /**
     * @throws com.qh.platform.web.NotFoundException when the user has no such document
     * @throws com.qh.platform.web.QhException a 422 (or 415) problem when it cannot be read as a resume
     */
    Candidate candidateOf(UUID userId, UUID documentId);
}
