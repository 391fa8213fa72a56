package com.qh.platform.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What makes consumers idempotent: a row per (consumer, event id), written in the same transaction as the
 * consumer's own changes. A second delivery finds the row and is skipped; a failed attempt rolls the row back.
 */
class ProcessedEvents {

    private final JdbcTemplate jdbc;

    ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Forgets events handled before {@code cutoff}. A redelivery comes within minutes and an outbox resubmission
     * within the broker's outage, so a retention of weeks keeps every id that can still come back.
     */
    int forgetHandledBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM qh_processed_event WHERE processed_at < ?",
                Timestamp.from(cutoff));
    }

    /** Records the event as handled by the consumer; false when it already was. */
    boolean markProcessed(String consumer, UUID eventId) {
        return jdbc.update("""
                INSERT INTO qh_processed_event (consumer, event_id, processed_at) VALUES (?, ?, now())
                ON CONFLICT (consumer, event_id) DO NOTHING
                """, consumer, eventId) == 1;
    }
}
