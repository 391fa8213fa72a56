package com.qh.analysis.resume;

import com.qh.analysis.job.Job;
import com.qh.analysis.job.ReviewStep;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The {@code parse} step of a resume review: the uploaded resume read into fields. Checked while the user's request
 * is served, so a document that is not theirs (404) or not a resume (422/415) is refused before it is queued; run
 * by a worker, the file is read with the service token when no user token is at hand (a review an upload started).
 * Its section is the {@link ParsedResume}, which the later steps read.
 */
@Component("reviewParseStep")
class ParseStep implements ReviewStep {

    private final UploadedResumes resumes;

    ParseStep(UploadedResumes resumes) {
        this.resumes = resumes;
    }

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public void check(Job job) {
        resumes.parsed(job.userId(), job.documentId());
    }

    @Override
    public Object run(Job job, Map<String, Object> earlier) {
        return resumes.parsed(job.userId(), job.documentId());
    }
}
