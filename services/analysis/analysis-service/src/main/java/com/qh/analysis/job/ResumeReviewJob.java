package com.qh.analysis.job;

import com.qh.analysis.api.AnalysisJobType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code RESUME_REVIEW}: the uploaded resume parsed, then its ATS check, then the tone of its summary and bullets,
 * then a salary estimate for its title, each a {@link ReviewStep} of the feature that does it. The result has one
 * section per step; a step no feature provides yet is
 * {@code {"available": false, "reason": "..."}}, never a made-up figure. A step that finds the document is not a
 * readable resume (a 4xx problem) fails the job with that problem.
 */
@Component
class ResumeReviewJob implements JobHandler {

    /** The steps in order, with the share of the job each one ends at. */
    static final List<String> STEPS = List.of("parse", "ats", "tone", "salary");
    private static final Map<String, Integer> STARTS_AT = Map.of("parse", 5, "ats", 40, "tone", 60, "salary", 85);
    private static final Map<String, String> NOT_YET = Map.of(
            "parse", "Resume parsing is not available yet.",
            "ats", "The ATS check is not available yet.",
            "tone", "The tone and wording check is not available yet.",
            "salary", "Salary estimates are not available yet.");

    private final Map<String, ReviewStep> steps;
    private final JsonMapper json;

    /**
     * @param steps in bean order ({@code @Order}); of two steps with one name the first is used, so a step ordered
     *        before a feature's own stands in for it (the job tests' stand-ins do)
     */
    ResumeReviewJob(List<ReviewStep> steps, JsonMapper json) {
        this.steps = steps.stream().collect(Collectors.toMap(ReviewStep::name, Function.identity(),
                (first, later) -> first));
        this.json = json;
        for (String name : this.steps.keySet()) {
            if (!STEPS.contains(name)) {
                throw new IllegalStateException("Unknown resume review step " + name + "; known: " + STEPS);
            }
        }
    }

    @Override
    public AnalysisJobType type() {
        return AnalysisJobType.RESUME_REVIEW;
    }

    /** The steps' own checks, in order (the parse step's: the document is the user's, and a resume). */
    @Override
    public void check(Job job) {
        for (String name : STEPS) {
            ReviewStep step = steps.get(name);
            if (step != null) {
                step.check(job);
            }
        }
    }

    @Override
    public JobOutcome run(Job job, JobProgress progress) {
        Map<String, Object> earlier = new LinkedHashMap<>();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("documentId", job.documentId());
        for (String name : STEPS) {
            progress.step(name, STARTS_AT.get(name));
            ReviewStep step = steps.get(name);
            if (step == null) {
                result.put(name, notAvailable(NOT_YET.get(name)));
            } else if (!"parse".equals(name) && !earlier.containsKey("parse")) {
                result.put(name, notAvailable(NOT_YET.get(name) + " It needs the parsed resume, and "
                        + NOT_YET.get("parse").toLowerCase(java.util.Locale.ROOT)));
            } else {
                Object section = step.run(job, earlier);
                earlier.put(name, section);
                result.put(name, section);
            }
        }
        return new JobOutcome(result, score(result.get("ats")));
    }

    /** The ATS score is the review's headline figure, when the check ran. */
    private Integer score(Object ats) {
        if (ats == null) {
            return null;
        }
        JsonNode node = json.valueToTree(ats);
        JsonNode score = node.path("score");
        return score.isNumber() ? Math.clamp(score.asInt(), 0, 100) : null;
    }

    private static Map<String, Object> notAvailable(String reason) {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("available", false);
        section.put("reason", reason);
        return section;
    }
}
