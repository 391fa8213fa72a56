package com.qh.analysis.resume;

import com.qh.auth.api.UserDeleted;
import com.qh.platform.messaging.IntegrationEventHandler;
import org.springframework.stereotype.Component;

/** Removes the kept parses of a deleted account. */
@Component
class ParsedResumeErasure implements IntegrationEventHandler<UserDeleted> {

    private final ParsedResumeCache cache;

    ParsedResumeErasure(ParsedResumeCache cache) {
        this.cache = cache;
    }

    @Override
    public Class<UserDeleted> eventClass() {
        return UserDeleted.class;
    }

    /** Other features of this service erase their own data on the same event, each with its own queue. */
    @Override
    public String consumerName() {
        return eventType() + ".parsed-resumes";
    }

    @Override
    public void handle(UserDeleted event) {
        cache.erase(event.userId());
    }
}
