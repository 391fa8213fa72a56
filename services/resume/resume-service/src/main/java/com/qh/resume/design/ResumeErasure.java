package com.qh.resume.design;

import com.qh.auth.api.UserDeleted;
import com.qh.platform.messaging.IntegrationEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Erases a deleted account's resumes and their versions. The rendered files are the document service's, which
 * erases them on the same event.
 */
@Component
class ResumeErasure implements IntegrationEventHandler<UserDeleted> {

    private static final Logger log = LoggerFactory.getLogger(ResumeErasure.class);

    private final ResumeRows rows;

    ResumeErasure(ResumeRows rows) {
        this.rows = rows;
    }

    @Override
    public Class<UserDeleted> eventClass() {
        return UserDeleted.class;
    }

    @Override
    public void handle(UserDeleted event) {
        int erased = rows.erase(event.userId());
        if (erased > 0) {
            log.info("Erased {} resumes of deleted user {}", erased, event.userId());
        }
    }
}
