package com.qh.document.erasure;

import com.qh.auth.api.UserDeleted;
import com.qh.document.library.Documents;
import com.qh.platform.messaging.IntegrationEventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Erases every document, version, share link and blob of a deleted account ({@code user.deleted.v1}). */
@Component
class DocumentErasure implements IntegrationEventHandler<UserDeleted> {

    private static final Logger log = LoggerFactory.getLogger(DocumentErasure.class);

    private final Documents documents;

    DocumentErasure(Documents documents) {
        this.documents = documents;
    }

    @Override
    public Class<UserDeleted> eventClass() {
        return UserDeleted.class;
    }

    @Override
    public void handle(UserDeleted event) {
        int removed = documents.erase(event.userId());
        log.info("Erased {} documents of deleted user {}", removed, event.userId());
    }
}
