package com.qh.analysis.job;

import com.qh.analysis.api.AnalysisJobStatus;
import java.util.List;
import java.util.Map;

/**
 * A page of jobs for administrators.
 *
 * @param counts how many jobs are in each status (of the type asked for), whatever the page shows
 */
record AdminJobPage(List<AdminJobView> items, int page, int size, Map<AnalysisJobStatus, Long> counts) {
}
