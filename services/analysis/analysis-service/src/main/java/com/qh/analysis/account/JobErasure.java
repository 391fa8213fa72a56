package com.qh.analysis.account;

import com.qh.analysis.job.Jobs;
import com.qh.auth.api.UserDeleted;
import com.qh.platform.messaging.IntegrationEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Erases a deleted account's analysis jobs and their results (parsed resumes, ATS findings, tone, matches). A job
 * running at that moment loses its row: its worker finds its claim gone and drops what it found.
 */
@Component
class JobErasure implements IntegrationEventHandler<UserDeleted> {

    private static final Logger log = LoggerFactory.getLogger(JobErasure.class);

    private final Jobs jobs;

    JobErasure(Jobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Class<UserDeleted> eventClass() {
        return UserDeleted.class;
    }

    /** Other features of this service erase their own data on the same event, each with its own queue. */
    @Override
    public String consumerName() {
        return eventType() + ".jobs";
    }

    @Override
    public void handle(UserDeleted event) {
        int erased = jobs.erase(event.userId());
        if (erased > 0) {
            log.info("Erased {} analysis jobs of deleted user {}", erased, event.userId());
        }
    }
}
