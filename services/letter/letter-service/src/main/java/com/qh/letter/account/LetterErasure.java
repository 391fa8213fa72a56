package com.qh.letter.account;

import com.qh.auth.api.UserDeleted;
import com.qh.letter.letters.Letters;
import com.qh.platform.messaging.IntegrationEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Erases a deleted account's letters with their versions. Documents already rendered belong to the document
 * service, which erases them on the same event.
 */
@Component
class LetterErasure implements IntegrationEventHandler<UserDeleted> {

    private static final Logger log = LoggerFactory.getLogger(LetterErasure.class);

    private final Letters letters;

    LetterErasure(Letters letters) {
        this.letters = letters;
    }

    @Override
    public Class<UserDeleted> eventClass() {
        return UserDeleted.class;
    }

    @Override
    public void handle(UserDeleted event) {
        int erased = letters.erase(event.userId());
        if (erased > 0) {
            log.info("Erased {} letters of deleted user {}", erased, event.userId());
        }
    }
}
