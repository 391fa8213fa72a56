package com.qh.platform.messaging;

import org.springframework.jdbc.core.JdbcTemplate;

/** Records what it receives; a title starting with "poison" always fails, to exercise retries and parking. */
class NoteCreatedHandler implements IntegrationEventHandler<NoteCreated> {

    private final JdbcTemplate jdbc;

    NoteCreatedHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Class<NoteCreated> eventClass() {
        return NoteCreated.class;
    }

    @Override
    public void handle(NoteCreated event) {
        jdbc.update("insert into received_note (event_id, title) values (?, ?)", event.eventId(), event.title());
        if (event.title().startsWith("poison")) {
            throw new IllegalStateException("cannot digest " + event.title());
        }
    }
}
