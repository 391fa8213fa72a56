package com.qh.analysis.matching;

import com.qh.analysis.match.MatchResult;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The matches answered, per user and vacancy, newest first; the 50 newest per user and vacancy are kept. */
@Repository
class MatchHistory {

    static final int KEPT = 50;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    MatchHistory(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional
    void add(MatchView.Stored match) {
        jdbc.sql("""
                insert into match_result (id, user_id, vacancy_id, document_id, vacancy_title, score, result, created_at)
                values (:id, :user, :vacancy, :document, :title, :score, cast(:result as jsonb), :at)""")
                .param("id", match.id()).param("user", match.userId()).param("vacancy", match.vacancyId())
                .param("document", match.documentId()).param("title", match.vacancyTitle())
                .param("score", match.result().score()).param("result", json.writeValueAsString(match.result()))
                .param("at", Timestamp.from(match.createdAt()))
                .update();
        jdbc.sql("""
                delete from match_result where id in (
                  select id from match_result where user_id = :user and vacancy_id = :vacancy
                  order by created_at desc, id offset :kept)""")
                .param("user", match.userId()).param("vacancy", match.vacancyId()).param("kept", KEPT)
                .update();
    }

    /** The user's matches, for one vacancy or all, newest first. */
    List<MatchSummary> list(UUID userId, UUID vacancyId, int limit) {
        return jdbc.sql("""
                select id, vacancy_id, document_id, vacancy_title, created_at, result from match_result
                where user_id = :user and (cast(:vacancy as uuid) is null or vacancy_id = :vacancy)
                order by created_at desc, id limit :limit""")
                .param("user", userId).param("vacancy", vacancyId).param("limit", limit)
                .query((rs, n) -> {
                    MatchResult result = result(rs);
                    return new MatchSummary(rs.getObject("id", UUID.class), rs.getObject("vacancy_id", UUID.class),
                            rs.getObject("document_id", UUID.class), rs.getString("vacancy_title"),
                            rs.getTimestamp("created_at").toInstant(), result.score(), result.parts(),
                            result.missingSkills());
                })
                .list();
    }

    /** One of the user's matches; empty when it does not exist or is someone else's. */
    Optional<MatchView.Stored> find(UUID userId, UUID id) {
        return jdbc.sql("""
                select id, user_id, vacancy_id, document_id, vacancy_title, created_at, result from match_result
                where user_id = :user and id = :id""")
                .param("user", userId).param("id", id)
                .query((rs, n) -> new MatchView.Stored(rs.getObject("id", UUID.class),
                        rs.getObject("user_id", UUID.class), rs.getObject("vacancy_id", UUID.class),
                        rs.getObject("document_id", UUID.class), rs.getString("vacancy_title"),
                        rs.getTimestamp("created_at").toInstant(), result(rs)))
                .optional();
    }

    /** Removes every match of a user; how many there were. */
    @Transactional
    int erase(UUID userId) {
        return jdbc.sql("delete from match_result where user_id = :user").param("user", userId).update();
    }

    private MatchResult result(ResultSet rs) throws SQLException {
        return json.readValue(rs.getString("result"), MatchResult.class);
    }
}
