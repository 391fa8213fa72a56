package com.qh.analysis.api;

/** What an analysis job does; carried in every event about a job, so consumers can word their message. */
public enum AnalysisJobType {

    /** An uploaded resume parsed, checked for ATS readability and for tone, with a salary estimate. */
    RESUME_REVIEW,

    /** The profile or an uploaded resume matched against one of the user's vacancies. */
    MATCH,

    /** A salary estimate (issue 15; not available yet). */
    SALARY
}
