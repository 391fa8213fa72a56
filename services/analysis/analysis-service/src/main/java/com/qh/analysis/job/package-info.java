/**
 * Asynchronous analysis jobs: {@code POST /api/v1/analysis/jobs} queues a resume review or a match, workers run it
 * step by step through a {@link com.qh.analysis.job.JobHandler} per job type, and the user polls
 * {@code GET /api/v1/analysis/jobs/{id}} (or watches the progress pushed to their open tabs by the notification
 * service) until it is done; {@code analysis.completed.v1} then lets the notification service mail the result.
 * Uploading a resume ({@code document.uploaded.v1} of a {@code RESUME_UPLOAD}) starts a review by itself.
 *
 * <p>The queue is the {@code analysis_job} table: claimed with {@code FOR UPDATE SKIP LOCKED}, held under a lease
 * its worker renews, reclaimed when the lease runs out. See the module README's "Jobs" for why a table and not the
 * broker.
 */
package com.qh.analysis.job;
