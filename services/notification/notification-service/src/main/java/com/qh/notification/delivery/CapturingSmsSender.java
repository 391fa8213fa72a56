package com.qh.notification.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** Keeps text messages with the captured mail ({@code /api/v1/dev/mail}, subject "SMS"), for the default run. */
final class CapturingSmsSender implements SmsSender {

    private final JdbcTemplate jdbc;

    CapturingSmsSender(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void send(String to, String text) {
        jdbc.update("insert into captured_mail (id, recipient, subject, text_body, html_body, headers, captured_at) "
                + "values (?, ?, 'SMS', ?, null, '', ?)", UUID.randomUUID(), to, text, Timestamp.from(Instant.now()));
    }
}
