package com.qh.notification.analysis;

import com.qh.analysis.api.AnalysisCompleted;
import com.qh.analysis.api.AnalysisJobStatus;
import com.qh.analysis.api.AnalysisJobType;
import com.qh.notification.dispatch.Notifier;
import com.qh.notification.template.NotificationProperties;
import com.qh.platform.messaging.IntegrationEventHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Tells a user their analysis is done: a mail (category {@code analysis-results}, which the user can turn off) and
 * an inbox message, both leading to the result in the web app. Only the headline figure travels in the mail; the
 * analysis itself stays behind the user's sign-in. A failed job notifies no one: its user sees it failed where
 * they asked for it, and a mail saying "it did not work" helps nobody.
 */
@Component
class AnalysisResults implements IntegrationEventHandler<AnalysisCompleted> {

    private static final Logger log = LoggerFactory.getLogger(AnalysisResults.class);

    private final Notifier notifier;
    private final NotificationProperties properties;

    AnalysisResults(Notifier notifier, NotificationProperties properties) {
        this.notifier = notifier;
        this.properties = properties;
    }

    @Override
    public Class<AnalysisCompleted> eventClass() {
        return AnalysisCompleted.class;
    }

    @Override
    public void handle(AnalysisCompleted event) {
        if (event.status() != AnalysisJobStatus.DONE) {
            log.debug("Analysis job {} ended {}; nobody is told by mail", event.jobId(), event.status());
            return;
        }
        String page = event.resultPath() != null ? event.resultPath() : "/analysis/jobs/" + event.jobId();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("jobId", event.jobId().toString());
        values.put("link", UriComponentsBuilder.fromUri(properties.publicBaseUrl()).path(page).build().toUriString());
        values.put("kindEn", kindEn(event.type()));
        values.put("kindRu", kindRu(event.type()));
        values.put("scoreEn", event.score() == null ? "" : "Score: " + event.score() + " of 100.");
        values.put("scoreRu", event.score() == null ? "" : "Оценка: " + event.score() + " из 100.");
        notifier.notify(new Notifier.Notice(event.eventId(), eventType(), event.userId(), null, null, values, page));
    }

    static String kindEn(AnalysisJobType type) {
        return switch (type) {
            case RESUME_REVIEW -> "resume review";
            case MATCH -> "match against the vacancy";
            case SALARY -> "salary estimate";
        };
    }

    static String kindRu(AnalysisJobType type) {
        return switch (type) {
            case RESUME_REVIEW -> "разбор резюме";
            case MATCH -> "сравнение с вакансией";
            case SALARY -> "оценка зарплаты";
        };
    }
}
