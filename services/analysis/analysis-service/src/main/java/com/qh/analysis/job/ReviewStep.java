package com.qh.analysis.job;

import java.util.Map;

/**
 * One step of a resume review, plugged in by the feature that does it: {@code parse} (the uploaded resume read
 * into fields), {@code ats} (the ATS check of the file), {@code tone} (tone and wording of the summary and
 * bullets), {@code salary} (an estimate for the parsed title). A review runs the steps in that order; a step no
 * bean provides yet is shown in the result as not available, never made up.
 */
public interface ReviewStep {

    /** {@code parse}, {@code ats}, {@code tone} or {@code salary}: its section of the result. */
    String name();

    /**
     * Checks a review before it is queued, while the user's request is being served (their token is at hand): the
     * {@code parse} step answers 404 for a document that is not the user's, or 422 for one that is not a resume,
     * so that such a request is refused at once rather than queued to fail. Nothing by default.
     */
    default void check(Job job) {
    }

    /**
     * Runs the step.
     *
     * @param job the review (user and document)
     * @param earlier what the steps before returned, by name ({@code parse} first): later steps read the parsed
     *        resume from it
     * @return the step's section of the result, serialised to JSON as it is
     */
    Object run(Job job, Map<String, Object> earlier);
}
