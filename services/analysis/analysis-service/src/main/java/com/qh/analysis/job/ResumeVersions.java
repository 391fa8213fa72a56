package com.qh.analysis.job;

import com.qh.document.api.DocumentKind;
import com.qh.document.api.DocumentVersionAdded;
import com.qh.platform.messaging.IntegrationEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Starts a resume review when a user uploads a new version of a resume ({@code document.version-added.v1} of a
 * {@code RESUME_UPLOAD}): the review follows the file the user now has. An older version restored is not a new
 * file and starts nothing. Once per event, like {@link ResumeUploads}.
 */
@Component
class ResumeVersions implements IntegrationEventHandler<DocumentVersionAdded> {

    private static final Logger log = LoggerFactory.getLogger(ResumeVersions.class);

    private final Jobs jobs;

    ResumeVersions(Jobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Class<DocumentVersionAdded> eventClass() {
        return DocumentVersionAdded.class;
    }

    @Override
    public void handle(DocumentVersionAdded event) {
        if (event.kind() != DocumentKind.RESUME_UPLOAD || event.restoredFrom() != null) {
            return;
        }
        if (jobs.reviewUpload(event.userId(), event.documentId(), event.eventId())) {
            log.info("Review of version {} of resume {} queued for user {}", event.version(), event.documentId(),
                    event.userId());
        }
    }
}
