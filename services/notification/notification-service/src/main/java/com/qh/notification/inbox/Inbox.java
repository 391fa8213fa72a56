package com.qh.notification.inbox;

import com.qh.notification.template.Channel;
import com.qh.notification.template.Templates;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The inbox: adds messages from templates, lists them, marks them read; new ones go live after commit. */
@Service
public class Inbox {

    private final JdbcTemplate jdbc;
    private final Templates templates;
    private final LiveFanout live;

    Inbox(JdbcTemplate jdbc, Templates templates, LiveFanout live) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.live = live;
    }

    /**
     * Adds the event's in-app message for a user, if the event type has an in-app template; the same event twice
     * adds one message. Once the transaction commits, the message is pushed to the user's open sockets.
     */
    public void add(UUID eventId, String eventType, UUID userId, String locale, Map<String, String> values,
            String link) {
        templates.find(eventType, Channel.IN_APP, Templates.language(locale)).ifPresent(template -> {
            var rendered = template.render(values);
            InboxMessage message = new InboxMessage(UUID.randomUUID(), userId, eventType, rendered.subject(),
                    rendered.text().strip(), link, Instant.now(), null);
            int added = jdbc.update("insert into inbox_message (id, user_id, event_id, event_type, title, body, link, "
                    + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (event_id, user_id) do nothing",
                    message.id(), userId, eventId, eventType, message.title(), message.body(), link,
                    Timestamp.from(message.createdAt()));
            if (added == 1) {
                afterCommit(() -> live.publish(message));
            }
        });
    }

    List<InboxMessage> list(UUID userId, boolean unreadOnly, int limit) {
        return jdbc.query("select id, user_id, event_type, title, body, link, created_at, read_at from inbox_message "
                + "where user_id = ?" + (unreadOnly ? " and read_at is null" : "") + " order by created_at desc "
                + "limit ?", Inbox::row, userId, limit);
    }

    int unread(UUID userId) {
        return jdbc.queryForObject("select count(*) from inbox_message where user_id = ? and read_at is null",
                Integer.class, userId);
    }

    /** Marks one message read; false when the user has no such message. */
    boolean markRead(UUID userId, UUID id) {
        return jdbc.update("update inbox_message set read_at = coalesce(read_at, ?) where id = ? and user_id = ?",
                Timestamp.from(Instant.now()), id, userId) == 1;
    }

    int markAllRead(UUID userId) {
        return jdbc.update("update inbox_message set read_at = ? where user_id = ? and read_at is null",
                Timestamp.from(Instant.now()), userId);
    }

    /** Removes a user's inbox. */
    public int erase(UUID userId) {
        return jdbc.update("delete from inbox_message where user_id = ?", userId);
    }

    private static InboxMessage row(ResultSet rs, int i) throws SQLException {
        Timestamp read = rs.getTimestamp(8);
        return new InboxMessage(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                read == null ? null : read.toInstant());
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        }
        else {
            action.run();
        }
    }
}
