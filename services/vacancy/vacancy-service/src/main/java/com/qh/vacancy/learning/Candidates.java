package com.qh.vacancy.learning;

import com.qh.skills.mining.SkillCandidate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The review queue's table, {@code skill_candidate}. */
@Repository
class Candidates {

    private static final String COLUMNS = "id, candidate_key, name, kind, existing_skill, vacancies, "
            + "named_in_descriptions, evidence, status, first_seen_at, mined_at, decided_at, decided_by, decision, "
            + "release_version";

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final RowMapper<Candidate> rows;

    Candidates(JdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.rows = this::candidate;
    }

    /**
     * Keeps what one mining run proposed: a candidate new to the queue goes in as pending, a pending one gets the
     * run's evidence, a decided one stays as it was decided.
     */
    void put(SkillCandidate found, Candidate.Evidence evidence, Instant minedAt) {
        jdbc.update("""
                insert into skill_candidate (id, candidate_key, name, kind, existing_skill, vacancies,
                    named_in_descriptions, evidence, status, first_seen_at, mined_at)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), 'PENDING', ?, ?)
                on conflict (candidate_key) do update set name = excluded.name, kind = excluded.kind,
                    existing_skill = excluded.existing_skill, vacancies = excluded.vacancies,
                    named_in_descriptions = excluded.named_in_descriptions, evidence = excluded.evidence,
                    mined_at = excluded.mined_at
                where skill_candidate.status = 'PENDING'""",
                UUID.randomUUID(), found.key(), clip(found.name(), 300), found.kind().name(),
                clip(found.existingSkill(), 300), found.vacancies(), found.namedInDescriptions(),
                json.writeValueAsString(evidence), Timestamp.from(minedAt), Timestamp.from(minedAt));
    }

    /** Drops pending candidates a mining run no longer proposed (the taxonomy resolves them now); answers how many. */
    int dropPendingMinedBefore(Instant run) {
        return jdbc.update("delete from skill_candidate where status = 'PENDING' and mined_at < ?",
                Timestamp.from(run));
    }

    Optional<Candidate> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from skill_candidate where id = ?", rows, id).stream().findFirst();
    }

    /** The candidate, its row locked until the transaction ends: one decision at a time. */
    Optional<Candidate> lock(UUID id) {
        return jdbc.query("select " + COLUMNS + " from skill_candidate where id = ? for update", rows, id).stream()
                .findFirst();
    }

    /** One page of a status: the best supported first while pending, the latest decided first after. */
    List<Candidate> page(CandidateStatus status, int page, int size) {
        return jdbc.query("select " + COLUMNS + " from skill_candidate where status = ? order by decided_at desc "
                + "nulls last, vacancies desc, named_in_descriptions desc, name, id limit ? offset ?", rows,
                status.name(), size, (long) page * size);
    }

    long count(CandidateStatus status) {
        Long count = jdbc.queryForObject("select count(*) from skill_candidate where status = ?", Long.class,
                status.name());
        return count == null ? 0 : count;
    }

    void decide(UUID id, CandidateStatus status, Candidate.Decision decision, UUID by, Instant at,
            String releaseVersion) {
        jdbc.update("""
                update skill_candidate set status = ?, decision = cast(? as jsonb), decided_by = ?, decided_at = ?,
                    release_version = ?
                where id = ?""", status.name(), json.writeValueAsString(decision), by, Timestamp.from(at),
                releaseVersion, id);
    }

    private Candidate candidate(ResultSet rs, int row) throws SQLException {
        String decision = rs.getString("decision");
        return new Candidate(rs.getObject("id", UUID.class), rs.getString("candidate_key"), rs.getString("name"),
                SkillCandidate.Kind.valueOf(rs.getString("kind")), rs.getString("existing_skill"),
                rs.getInt("vacancies"), rs.getInt("named_in_descriptions"),
                json.readValue(rs.getString("evidence"), Candidate.Evidence.class),
                CandidateStatus.valueOf(rs.getString("status")), instant(rs, "first_seen_at"),
                instant(rs, "mined_at"), instant(rs, "decided_at"), rs.getObject("decided_by", UUID.class),
                decision == null ? null : json.readValue(decision, Candidate.Decision.class),
                rs.getString("release_version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp time = rs.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
