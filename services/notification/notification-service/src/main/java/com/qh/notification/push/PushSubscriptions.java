package com.qh.notification.push;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The browsers users registered for Web Push; one row per push endpoint. */
@Service
public class PushSubscriptions {

    /** A registered browser. */
    public record Subscription(UUID id, UUID userId, String endpoint, String p256dh, String auth, Instant createdAt) {
    }

    private final JdbcTemplate jdbc;

    PushSubscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Registers a browser; the same endpoint again (a renewed subscription) replaces its keys and owner. */
    Subscription register(UUID userId, String endpoint, String p256dh, String auth) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        UUID stored = jdbc.queryForObject("insert into push_subscription (id, user_id, endpoint, p256dh, auth, "
                + "created_at) values (?, ?, ?, ?, ?, ?) on conflict (endpoint) do update set user_id = excluded.user_id, "
                + "p256dh = excluded.p256dh, auth = excluded.auth returning id", UUID.class, id, userId, endpoint, p256dh,
                auth, Timestamp.from(now));
        return find(stored).orElseThrow();
    }

    public List<Subscription> of(UUID userId) {
        return jdbc.query("select id, user_id, endpoint, p256dh, auth, created_at from push_subscription "
                + "where user_id = ? order by created_at", (rs, n) -> row(rs), userId);
    }

    Optional<Subscription> find(UUID id) {
        return jdbc.query("select id, user_id, endpoint, p256dh, auth, created_at from push_subscription where id = ?",
                (rs, n) -> row(rs), id).stream().findFirst();
    }

    boolean remove(UUID userId, UUID id) {
        return jdbc.update("delete from push_subscription where id = ? and user_id = ?", id, userId) > 0;
    }

    void remove(UUID id) {
        jdbc.update("delete from push_subscription where id = ?", id);
    }

    public int erase(UUID userId) {
        return jdbc.update("delete from push_subscription where user_id = ?", userId);
    }

    private static Subscription row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Subscription(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant());
    }
}
