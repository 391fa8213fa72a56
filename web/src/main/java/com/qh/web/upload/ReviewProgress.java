package com.qh.web.upload;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * How far the review of an uploaded resume is, as the upload page shows it.
 *
 * @param documentId the uploaded document
 * @param jobId the review job, or null while the upload's review has not been queued yet
 * @param status {@code QUEUED}, {@code RUNNING}, {@code DONE} or {@code FAILED}; {@code STARTING} without a job
 * @param progress 0-100
 * @param steps the review's steps with how far each is ({@code done}, {@code current}, {@code waiting})
 */
public record ReviewProgress(String documentId, String jobId, String status, int progress, List<Step> steps) {

    /** The steps of a resume review, in order ({@code ResumeReviewJob.STEPS} of the analysis service). */
    public static final List<String> STEPS = List.of("parse", "ats", "tone", "salary");

    /**
     * One step.
     *
     * @param name {@code parse}, {@code ats}, {@code tone} or {@code salary}
     * @param state {@code done}, {@code current} or {@code waiting}
     */
    public record Step(String name, String state) {
    }

    /** Whether there is nothing more to wait for. */
    public boolean finished() {
        return "DONE".equals(status) || "FAILED".equals(status);
    }

    /** The review of {@code document} among one's jobs (newest first), or the state before it is queued. */
    static ReviewProgress of(UUID document, JsonNode jobs) {
        for (JsonNode job : jobs) {
            if ("RESUME_REVIEW".equals(job.path("type").asString(""))
                    && document.toString().equals(job.path("documentId").asString(""))) {
                String status = job.path("status").asString("QUEUED");
                return new ReviewProgress(document.toString(), job.path("id").asString(), status,
                        Math.max(0, Math.min(100, job.path("progress").asInt(0))),
                        steps(status, job.path("step").asString("")));
            }
        }
        return new ReviewProgress(document.toString(), null, "STARTING", 0, steps("QUEUED", ""));
    }

    static List<Step> steps(String status, String current) {
        int at = STEPS.indexOf(current);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < STEPS.size(); i++) {
            String state;
            if ("DONE".equals(status) || i < at) {
                state = "done";
            }
            else if ("RUNNING".equals(status) && (i == at || (at < 0 && i == 0))) {
                state = "current";
            }
            else {
                state = "waiting";
            }
            steps.add(new Step(STEPS.get(i), state));
        }
        return steps;
    }
}
