package com.qh.analysis.matching;

import com.qh.auth.api.UserDeleted;
import com.qh.platform.messaging.IntegrationEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Removes every kept match of a deleted account. */
@Component
class MatchHistoryErasure implements IntegrationEventHandler<UserDeleted> {

    private static final Logger log = LoggerFactory.getLogger(MatchHistoryErasure.class);

    private final MatchHistory history;

    MatchHistoryErasure(MatchHistory history) {
        this.history = history;
    }

    @Override
    public Class<UserDeleted> eventClass() {
        return UserDeleted.class;
    }

    /** Other features of this service erase their own data on the same event, each with its own queue. */
    @Override
    public String consumerName() {
        return eventType() + ".match-history";
    }

    @Override
    public void handle(UserDeleted event) {
        int erased = history.erase(event.userId());
        if (erased > 0) {
            log.info("Erased {} matches of deleted user {}", erased, event.userId());
        }
    }
}
