package com.qh.letter.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code letter} and {@code letter_version} tables. Every read is by owner: another user's letter is absent. */
@Repository
class LetterRows {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    LetterRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A letter's row. */
    record Letter(UUID id, UUID userId, UUID vacancyId, String language, String tone, String length, String company,
            String role, String recipientPerson, Sender sender, int currentVersion, UUID documentId,
            Instant createdAt, Instant updatedAt) {
    }

    /** Who writes, as printed in the letterhead. */
    record Sender(String name, String headline, String email, String phone, String city) {
    }

    /** One version of a letter's text. */
    record Version(int version, String subject, String greeting, List<String> paragraphs, String closing,
            String signature, String origin, Integer restoredFrom, Instant createdAt) {

        Version {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    void insert(Letter letter) {
        jdbc.sql("""
                insert into letter (id, user_id, vacancy_id, language, tone, length, company, role, recipient_person,
                  sender, current_version, document_id, created_at, updated_at)
                values (:id, :user, :vacancy, :language, :tone, :length, :company, :role, :person,
                  cast(:sender as jsonb), :version, null, :at, :at)""")
                .param("id", letter.id()).param("user", letter.userId()).param("vacancy", letter.vacancyId())
                .param("language", letter.language()).param("tone", letter.tone()).param("length", letter.length())
                .param("company", letter.company()).param("role", letter.role())
                .param("person", letter.recipientPerson()).param("sender", json.writeValueAsString(letter.sender()))
                .param("version", letter.currentVersion()).param("at", Timestamp.from(letter.createdAt()))
                .update();
    }

    void insertVersion(UUID letterId, Version version) {
        jdbc.sql("""
                insert into letter_version (letter_id, version, subject, greeting, paragraphs, closing, signature,
                  origin, restored_from, created_at)
                values (:letter, :version, :subject, :greeting, cast(:paragraphs as jsonb), :closing, :signature,
                  :origin, :restored, :at)""")
                .param("letter", letterId).param("version", version.version()).param("subject", version.subject())
                .param("greeting", version.greeting())
                .param("paragraphs", json.writeValueAsString(version.paragraphs()))
                .param("closing", version.closing()).param("signature", version.signature())
                .param("origin", version.origin()).param("restored", version.restoredFrom())
                .param("at", Timestamp.from(version.createdAt()))
                .update();
    }

    /** Moves the letter to a new current version if it is still at {@code expected}; whether it was. */
    boolean advance(UUID userId, UUID id, int expected, Instant at) {
        return jdbc.sql("""
                update letter set current_version = :expected + 1, updated_at = :at
                where id = :id and user_id = :user and current_version = :expected""")
                .param("expected", expected).param("at", Timestamp.from(at)).param("id", id).param("user", userId)
                .update() == 1;
    }

    void documentStored(UUID id, UUID documentId, Instant at) {
        jdbc.sql("update letter set document_id = :document, updated_at = :at where id = :id")
                .param("document", documentId).param("at", Timestamp.from(at)).param("id", id).update();
    }

    Optional<Letter> find(UUID userId, UUID id) {
        return jdbc.sql("select * from letter where id = :id and user_id = :user")
                .param("id", id).param("user", userId).query(this::letter).optional();
    }

    List<Letter> list(UUID userId) {
        return jdbc.sql("select * from letter where user_id = :user order by updated_at desc, id")
                .param("user", userId).query(this::letter).list();
    }

    Optional<Version> version(UUID letterId, int version) {
        return jdbc.sql("select * from letter_version where letter_id = :letter and version = :version")
                .param("letter", letterId).param("version", version).query(this::version).optional();
    }

    List<Version> versions(UUID letterId) {
        return jdbc.sql("select * from letter_version where letter_id = :letter order by version desc")
                .param("letter", letterId).query(this::version).list();
    }

    boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from letter where id = :id and user_id = :user")
                .param("id", id).param("user", userId).update() == 1;
    }

    int erase(UUID userId) {
        return jdbc.sql("delete from letter where user_id = :user").param("user", userId).update();
    }

    private Letter letter(ResultSet rs, int row) throws SQLException {
        return new Letter(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getObject("vacancy_id", UUID.class), rs.getString("language"), rs.getString("tone"),
                rs.getString("length"), rs.getString("company"), rs.getString("role"),
                rs.getString("recipient_person"), json.readValue(rs.getString("sender"), Sender.class),
                rs.getInt("current_version"), rs.getObject("document_id", UUID.class),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private Version version(ResultSet rs, int row) throws SQLException {
        int restored = rs.getInt("restored_from");
        return new Version(rs.getInt("version"), rs.getString("subject"), rs.getString("greeting"),
                json.readValue(rs.getString("paragraphs"), STRINGS), rs.getString("closing"),
                rs.getString("signature"), rs.getString("origin"), rs.wasNull() ? null : restored,
                rs.getTimestamp("created_at").toInstant());
    }
}
