package com.qh.notification.delivery;

import com.qh.notification.template.Channel;
import com.qh.notification.template.Template;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Puts messages on the delivery queue; the worker sends them. */
@Service
public class Deliveries {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Deliveries(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Queues one message of a category, with extra headers for an e-mail (List-Unsubscribe). The same event, channel
     * and recipient a second time is ignored: a redelivered event never notifies twice.
     *
     * @return whether it was queued (false: already there)
     */
    public boolean enqueue(UUID eventId, String eventType, String category, Channel channel, String recipient,
            UUID userId, String language, Template.Message message, Map<String, String> headers) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.update("insert into delivery (id, event_id, event_type, category, channel, recipient, user_id, "
                + "language, subject, text_body, html_body, headers, status, next_attempt_at, created_at) values (?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) on conflict (event_id, channel, recipient) do nothing",
                UUID.randomUUID(), eventId, eventType, category, channel.name(), recipient, userId, language,
                message.subject(), message.text(), message.html(), Headers.write(headers), now, now) == 1;
    }

    /** Removes everything queued or logged for a user. */
    public int erase(UUID userId) {
        return jdbc.update("delete from delivery where user_id = ?", userId);
    }
}
