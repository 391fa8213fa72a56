package com.qh.analysis.job;

import com.qh.document.api.DocumentKind;
import com.qh.document.api.DocumentUploaded;
import com.qh.platform.messaging.IntegrationEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts a resume review when a user uploads a resume ({@code document.uploaded.v1} of a {@code RESUME_UPLOAD}).
 * Idempotent twice over: the starter skips an event id it has handled, and the job remembers the event that
 * started it, so even a replay past the starter's retention makes no second job.
 */
@Component
class ResumeUploads implements IntegrationEventHandler<DocumentUploaded> {

    private static final Logger log = LoggerFactory.getLogger(ResumeUploads.class);

    private final Jobs jobs;

    ResumeUploads(Jobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Class<DocumentUploaded> eventClass() {
        return DocumentUploaded.class;
    }

    @Override
    public void handle(DocumentUploaded event) {
        if (event.kind() != DocumentKind.RESUME_UPLOAD) {
            return;
        }
        if (jobs.reviewUpload(event.userId(), event.documentId(), event.eventId())) {
            log.info("Review of uploaded resume {} queued for user {}", event.documentId(), event.userId());
        }
    }
}
