package com.qh.platform.messaging;

import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Changes state and publishes the event in one transaction, as every service does. */
class NoteService {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    NoteService(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional
    UUID create(String title) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into note (id, title) values (?, ?)", id, title);
        events.publishEvent(new NoteCreated(UUID.randomUUID(), Instant.now(), id, title));
        return id;
    }

}
