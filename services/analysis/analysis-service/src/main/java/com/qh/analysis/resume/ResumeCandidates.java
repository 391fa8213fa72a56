package com.qh.analysis.resume;

import com.qh.analysis.job.UploadedResumeCandidates;
import com.qh.analysis.match.Candidate;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A user's uploaded resume as the matcher's {@link Candidate}, for {@code POST /match} and {@code MATCH} jobs with a
 * {@code documentId}: the same parse, kept per content, that the review's {@code parse} step and
 * {@code /resumes/parse} answer, read by {@link ParsedResume#toCandidate()}. Someone else's document is a 404, a
 * file that is not a readable resume the parser's 422 (or 415).
 */
@Component
class ResumeCandidates implements UploadedResumeCandidates {

    private final UploadedResumes resumes;

    ResumeCandidates(UploadedResumes resumes) {
        this.resumes = resumes;
    }

    @Override
    public Candidate candidateOf(UUID userId, UUID documentId) {
        return resumes.parsed(userId, documentId).toCandidate();
    }
}
