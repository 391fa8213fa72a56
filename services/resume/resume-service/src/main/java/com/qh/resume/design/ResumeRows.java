package com.qh.resume.design;

import com.qh.resume.content.Design;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The resume and resume_version tables. Every query names the owner, so another user's resume is never found. */
@Repository
class ResumeRows {

    private static final String COLUMNS = "id, user_id, version, design, document_id, created_at, updated_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ResumeRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(StoredResume resume) {
        jdbc.sql("""
                insert into resume (id, user_id, version, design, document_id, created_at, updated_at)
                values (:id, :user, :version, cast(:design as jsonb), :document, :created, :updated)""")
                .param("id", resume.id()).param("user", resume.userId()).param("version", resume.version())
                .param("design", json.writeValueAsString(resume.design())).param("document", resume.documentId())
                .param("created", Timestamp.from(resume.createdAt()))
                .param("updated", Timestamp.from(resume.updatedAt()))
                .update();
        keepVersion(resume);
    }

    /** Writes a new version if the stored one is still {@code expected}; false when it changed meanwhile. */
    boolean update(StoredResume resume, int expected) {
        int changed = jdbc.sql("""
                update resume set version = :version, design = cast(:design as jsonb), updated_at = :updated
                where id = :id and user_id = :user and version = :expected""")
                .param("id", resume.id()).param("user", resume.userId()).param("version", resume.version())
                .param("design", json.writeValueAsString(resume.design()))
                .param("updated", Timestamp.from(resume.updatedAt())).param("expected", expected)
                .update();
        if (changed == 1) {
            keepVersion(resume);
        }
        return changed == 1;
    }

    void rememberDocument(UUID userId, UUID id, UUID documentId) {
        jdbc.sql("update resume set document_id = :document where id = :id and user_id = :user")
                .param("document", documentId).param("id", id).param("user", userId).update();
    }

    private void keepVersion(StoredResume resume) {
        jdbc.sql("""
                insert into resume_version (resume_id, version, design, created_at)
                values (:id, :version, cast(:design as jsonb), :at)""")
                .param("id", resume.id()).param("version", resume.version())
                .param("design", json.writeValueAsString(resume.design()))
                .param("at", Timestamp.from(resume.updatedAt()))
                .update();
    }

    Optional<StoredResume> find(UUID userId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from resume where id = :id and user_id = :user")
                .param("id", id).param("user", userId).query((rs, n) -> resume(rs)).optional();
    }

    List<StoredResume> list(UUID userId) {
        return jdbc.sql("select " + COLUMNS + " from resume where user_id = :user order by updated_at desc, id")
                .param("user", userId).query((rs, n) -> resume(rs)).list();
    }

    boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from resume where id = :id and user_id = :user").param("id", id)
                .param("user", userId).update() == 1;
    }

    int erase(UUID userId) {
        return jdbc.sql("delete from resume where user_id = :user").param("user", userId).update();
    }

    /** A stored version of a design. */
    record Version(int version, Design design, Instant createdAt) {
    }

    List<Version> versions(UUID resumeId) {
        return jdbc.sql("select version, design, created_at from resume_version where resume_id = :id "
                + "order by version desc").param("id", resumeId).query((rs, n) -> version(rs)).list();
    }

    Optional<Version> version(UUID resumeId, int version) {
        return jdbc.sql("select version, design, created_at from resume_version where resume_id = :id "
                + "and version = :version").param("id", resumeId).param("version", version)
                .query((rs, n) -> version(rs)).optional();
    }

    private Version version(ResultSet rs) throws SQLException {
        return new Version(rs.getInt("version"), json.readValue(rs.getString("design"), Design.class),
                rs.getTimestamp("created_at").toInstant());
    }

    private StoredResume resume(ResultSet rs) throws SQLException {
        return new StoredResume(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getInt("version"), json.readValue(rs.getString("design"), Design.class),
                rs.getObject("document_id", UUID.class), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
