package com.qh.notification.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/** Keeps e-mails in the database instead of sending them, for {@code /api/v1/dev/mail} (the default run). */
final class CapturingEmailSender implements EmailSender {

    private final JdbcTemplate jdbc;

    CapturingEmailSender(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void send(OutgoingEmail email) {
        String headers = email.headers().entrySet().stream().map(h -> h.getKey() + ": " + h.getValue())
                .collect(Collectors.joining("\n"));
        jdbc.update("insert into captured_mail (id, recipient, subject, text_body, html_body, headers, captured_at) "
                + "values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), email.to(), email.subject(), email.text(),
                email.html(), headers, Timestamp.from(Instant.now()));
    }
}
