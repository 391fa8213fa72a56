package com.qh.notification.preference;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Where each user is reached: the e-mail address and language auth's events told us, and the phone number the
 * user gave for text messages.
 */
@Service
public class Contacts {

    /** A user's contact details; any may be missing. */
    public record Contact(UUID userId, String email, String language, String phone) {
    }

    private final JdbcTemplate jdbc;

    Contacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the address and language from an account event. */
    public void remember(UUID userId, String email, String language) {
        jdbc.update("insert into contact (user_id, email, language, updated_at) values (?, ?, ?, ?) "
                + "on conflict (user_id) do update set email = excluded.email, language = excluded.language, "
                + "updated_at = excluded.updated_at", userId, email, language, Timestamp.from(Instant.now()));
    }

    void phone(UUID userId, String phone, String language) {
        jdbc.update("insert into contact (user_id, language, phone, updated_at) values (?, ?, ?, ?) "
                + "on conflict (user_id) do update set phone = excluded.phone, updated_at = excluded.updated_at",
                userId, language, phone, Timestamp.from(Instant.now()));
    }

    public Optional<Contact> find(UUID userId) {
        return jdbc.query("select user_id, email, language, phone from contact where user_id = ?",
                (rs, n) -> new Contact(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4)), userId).stream().findFirst();
    }

    /** Forgets a deleted user, with their choices and unsubscribe links. */
    public void erase(UUID userId) {
        jdbc.update("delete from contact where user_id = ?", userId);
        jdbc.update("delete from preference where user_id = ?", userId);
        jdbc.update("delete from unsubscribe_link where user_id = ?", userId);
    }
}
