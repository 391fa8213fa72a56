package com.qh.analysis.job;

/**
 * What a finished job answers.
 *
 * @param result the result document (serialised to JSON as it is): what {@code GET /api/v1/analysis/jobs/{id}}
 *        shows under {@code result}
 * @param score the headline figure 0-100 the completion event and the mail carry, or null when the job has none
 */
public record JobOutcome(Object result, Integer score) {
}
