package com.qh.notification.analysis;

import com.qh.analysis.api.AnalysisProgressed;
import com.qh.notification.inbox.LiveUpdates;
import com.qh.platform.messaging.IntegrationEventHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Pushes a running job's progress to the user's open tabs as
 * {@code {"type": "analysis.progress", jobId, jobType, status, progress, step}}. Nothing is kept: the job itself
 * (GET /api/v1/analysis/jobs/{id}) is the record, and a tab opened later reads it there.
 */
@Component
class AnalysisProgress implements IntegrationEventHandler<AnalysisProgressed> {

    static final String FRAME = "analysis.progress";

    private final LiveUpdates live;

    AnalysisProgress(LiveUpdates live) {
        this.live = live;
    }

    @Override
    public Class<AnalysisProgressed> eventClass() {
        return AnalysisProgressed.class;
    }

    @Override
    public void handle(AnalysisProgressed event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("jobId", event.jobId());
        fields.put("jobType", event.type());
        fields.put("status", event.status());
        fields.put("progress", event.progress());
        if (event.step() != null) {
            fields.put("step", event.step());
        }
        live.push(event.userId(), FRAME, fields);
    }
}
