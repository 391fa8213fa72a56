package com.qh.analysis.api;

/** Where an analysis job is; {@code DONE} and {@code FAILED} are final. */
public enum AnalysisJobStatus {
    QUEUED, RUNNING, DONE, FAILED
}
