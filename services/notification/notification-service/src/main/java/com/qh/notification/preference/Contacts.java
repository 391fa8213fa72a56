package com.qh.notification.preference;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Where each user is reached: the e-mail address and language auth's events told us, and the phone number the
 * user gave for text messages, which gets texts only once verified ({@link PhoneVerifications}).
 */
@Service
public class Contacts {

    /**
     * A user's contact details; any may be missing.
     *
     * @param phoneVerified whether the user confirmed {@code phone} with a texted code; texts go only to a
     *        verified phone
     */
    public record Contact(UUID userId, String email, String language, String phone, boolean phoneVerified) {
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

    /** Sets (or with {@code null} forgets) the user's phone, unverified. */
    void phone(UUID userId, String phone, String language) {
        jdbc.update("insert into contact (user_id, language, phone, updated_at) values (?, ?, ?, ?) "
                + "on conflict (user_id) do update set phone = excluded.phone, phone_verified_at = null, "
                + "updated_at = excluded.updated_at", userId, language, phone, Timestamp.from(Instant.now()));
    }

    /** Marks the user's phone verified, if it is still {@code phone}. */
    void markPhoneVerified(UUID userId, String phone) {
        jdbc.update("update contact set phone_verified_at = ?, updated_at = ? where user_id = ? and phone = ?",
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()), userId, phone);
    }

    public Optional<Contact> find(UUID userId) {
        return jdbc.query("select user_id, email, language, phone, phone_verified_at is not null from contact "
                + "where user_id = ?", (rs, n) -> new Contact(rs.getObject(1, UUID.class), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getBoolean(5)), userId).stream().findFirst();
    }

    /** Forgets a deleted user, with their choices and unsubscribe links. */
    public void erase(UUID userId) {
        jdbc.update("delete from contact where user_id = ?", userId);
        jdbc.update("delete from preference where user_id = ?", userId);
        jdbc.update("delete from unsubscribe_link where user_id = ?", userId);
        jdbc.update("delete from phone_verification where user_id = ?", userId);
        jdbc.update("delete from phone_code_sent where user_id = ?", userId);
    }
}
