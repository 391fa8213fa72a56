package com.qh.analysis.ats;

import com.qh.analysis.job.Job;
import com.qh.analysis.job.ReviewStep;
import com.qh.analysis.resume.ParsedResume;
import com.qh.analysis.resume.UploadedResumes;
import com.qh.analysis.resume.UploadedResumes.StoredFile;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The {@code ats} step of a resume review: the ATS check of the file itself (layout, contacts, sections), whose
 * score is the review's headline figure. It stands on a parsed resume: when the parse step gave none, it says so
 * instead of guessing.
 */
@Component("reviewAtsStep")
class AtsStep implements ReviewStep {

    private final UploadedResumes resumes;
    private final AtsChecker checker;

    AtsStep(UploadedResumes resumes, AtsChecker checker) {
        this.resumes = resumes;
        this.checker = checker;
    }

    @Override
    public String name() {
        return "ats";
    }

    @Override
    public Object run(Job job, Map<String, Object> earlier) {
        if (!(earlier.get("parse") instanceof ParsedResume)) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("available", false);
            section.put("reason", "The ATS check needs the parsed resume, and the resume was not parsed.");
            return section;
        }
        StoredFile file = resumes.file(job.userId(), job.documentId());
        return checker.check(file.content(), file.fileName());
    }
}
