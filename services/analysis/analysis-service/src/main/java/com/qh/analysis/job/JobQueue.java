package com.qh.analysis.job;

import com.qh.analysis.api.AnalysisJobStatus;
import com.qh.analysis.api.AnalysisJobType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code analysis_job} table as a queue. Every change of a running job names the worker's claim (owner and
 * attempt): a worker whose lease was taken from it (it stalled past the lease and the job was reclaimed) can no
 * longer touch the job, so a job never ends twice. Times come from the caller (the service's clock), not from the
 * database's {@code now()}, so the lease rules can be tested without waiting.
 */
@Repository
class JobQueue {

    private static final String COLUMNS = "id, user_id, type, status, progress, step, document_id, vacancy_id, "
            + "attempts, lease_owner, lease_until, result, problem, last_error, run_after, created_at, started_at, "
            + "finished_at";

    private final JdbcClient jdbc;

    JobQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a job; false when a job started by the same event exists already. */
    boolean enqueue(UUID id, UUID userId, AnalysisJobType type, UUID documentId, UUID vacancyId, UUID sourceEventId,
            Instant now) {
        return jdbc.sql("""
                insert into analysis_job (id, user_id, type, status, document_id, vacancy_id, source_event_id,
                                          run_after, created_at)
                values (:id, :user, :type, 'QUEUED', :document, :vacancy, :event, :now, :now)
                on conflict (source_event_id) do nothing""")
                .param("id", id).param("user", userId).param("type", type.name()).param("document", documentId)
                .param("vacancy", vacancyId).param("event", sourceEventId).param("now", Timestamp.from(now))
                .update() == 1;
    }

    /**
     * Takes the oldest due job for {@code owner}: RUNNING, one more attempt, leased until {@code now + lease}.
     * Instances and threads racing for jobs skip each other's locked rows instead of waiting on them.
     */
    Optional<StoredJob> claim(String owner, Instant now, Duration lease) {
        return jdbc.sql("""
                update analysis_job set status = 'RUNNING', attempts = attempts + 1, lease_owner = :owner,
                       lease_until = :until, started_at = coalesce(started_at, :now), step = null
                where id = (select id from analysis_job where status = 'QUEUED' and run_after <= :now
                            order by run_after, created_at limit 1 for update skip locked)
                returning\s""" + COLUMNS)
                .param("owner", owner).param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(lease)))
                .query(JobQueue::row).optional();
    }

    /** Renews the leases of the jobs {@code owner} still holds; how many it holds. */
    int heartbeat(String owner, Collection<UUID> ids, Instant until) {
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("""
                update analysis_job set lease_until = :until
                where id in (:ids) and status = 'RUNNING' and lease_owner = :owner""")
                .param("until", Timestamp.from(until)).param("ids", List.copyOf(ids)).param("owner", owner)
                .update();
    }

    /** Records progress under the claim and renews its lease; false when the claim is lost. */
    boolean progress(Job job, String owner, String step, int percent, Instant until) {
        return jdbc.sql("""
                update analysis_job set step = :step, progress = greatest(progress, :percent), lease_until = :until
                where id = :id and status = 'RUNNING' and lease_owner = :owner and attempts = :attempt""")
                .param("step", step).param("percent", percent).param("until", Timestamp.from(until))
                .param("id", job.id()).param("owner", owner).param("attempt", job.attempt())
                .update() == 1;
    }

    /** Ends the job under the claim: DONE with its result, or FAILED with its problem; false when the claim is lost. */
    boolean finish(Job job, String owner, AnalysisJobStatus status, String result, String problem, String error,
            Instant now) {
        return jdbc.sql("""
                update analysis_job set status = :status, progress = case when :status = 'DONE' then 100
                       else progress end, result = cast(:result as jsonb), problem = cast(:problem as jsonb),
                       last_error = :error, finished_at = :now, lease_owner = null, lease_until = null
                where id = :id and status = 'RUNNING' and lease_owner = :owner and attempts = :attempt""")
                .param("status", status.name()).param("result", result).param("problem", problem)
                .param("error", error).param("now", Timestamp.from(now)).param("id", job.id())
                .param("owner", owner).param("attempt", job.attempt())
                .update() == 1;
    }

    /** Puts a failed run back in the queue under the claim, to run again after {@code runAfter}. */
    boolean requeue(Job job, String owner, String error, Instant runAfter) {
        return jdbc.sql("""
                update analysis_job set status = 'QUEUED', run_after = :after, last_error = :error,
                       lease_owner = null, lease_until = null
                where id = :id and status = 'RUNNING' and lease_owner = :owner and attempts = :attempt""")
                .param("after", Timestamp.from(runAfter)).param("error", error).param("id", job.id())
                .param("owner", owner).param("attempt", job.attempt())
                .update() == 1;
    }

    /** Gives jobs back to the queue when their worker stops gracefully; the interrupted run does not count. */
    int release(String owner, Collection<UUID> ids) {
        return jdbc.sql("""
                update analysis_job set status = 'QUEUED', attempts = attempts - 1, lease_owner = null,
                       lease_until = null
                where id in (:ids) and status = 'RUNNING' and lease_owner = :owner""")
                .param("ids", List.copyOf(ids)).param("owner", owner).update();
    }

    /** Running jobs whose lease ran out before {@code now}, locked for the caller's transaction. */
    List<StoredJob> expired(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from analysis_job where status = 'RUNNING' and lease_until < :now
                order by lease_until limit :limit for update skip locked""")
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query(JobQueue::row).list();
    }

    /** A job whose worker was lost goes back to the queue. */
    void requeueLost(UUID id, String error, Instant runAfter) {
        jdbc.sql("""
                update analysis_job set status = 'QUEUED', run_after = :after, last_error = :error,
                       lease_owner = null, lease_until = null
                where id = :id and status = 'RUNNING'""")
                .param("after", Timestamp.from(runAfter)).param("error", error).param("id", id).update();
    }

    /** A job whose worker was lost too often fails with its problem. */
    void failLost(UUID id, String problem, String error, Instant now) {
        jdbc.sql("""
                update analysis_job set status = 'FAILED', problem = cast(:problem as jsonb), last_error = :error,
                       finished_at = :now, lease_owner = null, lease_until = null
                where id = :id and status = 'RUNNING'""")
                .param("problem", problem).param("error", error).param("now", Timestamp.from(now)).param("id", id)
                .update();
    }

    Optional<StoredJob> find(UUID userId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from analysis_job where id = :id and user_id = :user")
                .param("id", id).param("user", userId).query(JobQueue::row).optional();
    }

    /** Any user's job, for administrators. */
    Optional<StoredJob> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from analysis_job where id = :id").param("id", id)
                .query(JobQueue::row).optional();
    }

    List<StoredJob> recent(UUID userId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from analysis_job where user_id = :user "
                        + "order by created_at desc, id limit :limit")
                .param("user", userId).param("limit", limit).query(JobQueue::row).list();
    }

    /** Jobs of every user for administrators, newest first; {@code status} and {@code type} null for any. */
    List<StoredJob> page(AnalysisJobStatus status, AnalysisJobType type, int limit, long offset) {
        return jdbc.sql("select " + COLUMNS + """
                 from analysis_job
                where (cast(:status as varchar) is null or status = :status)
                  and (cast(:type as varchar) is null or type = :type)
                order by created_at desc, id limit :limit offset :offset""")
                .param("status", status == null ? null : status.name()).param("type", type == null ? null : type.name())
                .param("limit", limit).param("offset", offset).query(JobQueue::row).list();
    }

    /** How many jobs there are in each status (of one type, or of every type for null). */
    Map<AnalysisJobStatus, Long> counts(AnalysisJobType type) {
        Map<AnalysisJobStatus, Long> counts = new EnumMap<>(AnalysisJobStatus.class);
        for (AnalysisJobStatus status : AnalysisJobStatus.values()) {
            counts.put(status, 0L);
        }
        jdbc.sql("""
                select status, count(*) as jobs from analysis_job
                where cast(:type as varchar) is null or type = :type group by status""")
                .param("type", type == null ? null : type.name())
                .query(rs -> {
                    counts.put(AnalysisJobStatus.valueOf(rs.getString("status")), rs.getLong("jobs"));
                });
        return counts;
    }

    /** Queues a failed job again from its start, with its attempts counted afresh; false unless it had failed. */
    boolean retry(UUID id, Instant now) {
        return jdbc.sql("""
                update analysis_job set status = 'QUEUED', attempts = 0, progress = 0, step = null, run_after = :now,
                       problem = null, result = null, finished_at = null, lease_owner = null, lease_until = null
                where id = :id and status = 'FAILED'""")
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    /** Removes every job of a user, whatever its state; a worker running one then finds its claim lost. */
    int erase(UUID userId) {
        return jdbc.sql("delete from analysis_job where user_id = :user").param("user", userId).update();
    }

    private static StoredJob row(ResultSet rs, int n) throws SQLException {
        return new StoredJob(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                AnalysisJobType.valueOf(rs.getString("type")), AnalysisJobStatus.valueOf(rs.getString("status")),
                rs.getInt("progress"), rs.getString("step"), rs.getObject("document_id", UUID.class),
                rs.getObject("vacancy_id", UUID.class), rs.getInt("attempts"), rs.getString("lease_owner"),
                instant(rs, "lease_until"), rs.getString("result"), rs.getString("problem"),
                rs.getString("last_error"), instant(rs, "run_after"), instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
