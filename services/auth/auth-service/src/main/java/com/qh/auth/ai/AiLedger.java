package com.qh.auth.ai;

import com.qh.auth.ai.AiViews.Allowance;
import com.qh.auth.ai.AiViews.Totals;
import com.qh.auth.ai.AiViews.UsageReport;
import com.qh.auth.ai.AiViews.UsageRow;
import com.qh.auth.ai.AiViews.UsageSummary;
import com.qh.auth.account.UserAccount;
import com.qh.auth.account.UserAccountRepository;
import com.qh.auth.audit.AuditEventType;
import com.qh.auth.audit.AuditLog;
import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budgets and the usage ledger. Usage is one row per user, UTC day, service and feature, and a report adds to it
 * in one statement ({@code insert ... on conflict do update}), so simultaneous reports of one user lose nothing.
 */
@Service
class AiLedger {

    /** The longest range the admin report covers at once. */
    static final int MAX_REPORT_DAYS = 366;

    private final JdbcTemplate jdbc;
    private final UserAccountRepository users;
    private final AuditLog audit;
    private final AiProperties properties;
    private final Clock clock;

    AiLedger(JdbcTemplate jdbc, UserAccountRepository users, AuditLog audit, AiProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Today's (UTC) allowance of the user: their budget, what they used, what is left (never below zero). */
    @Transactional(readOnly = true)
    Allowance allowance(UUID userId) {
        requireUser(userId);
        LocalDate today = today();
        Long own = jdbc.query("select daily_tokens from ai_budget where user_id = ?",
                rs -> rs.next() ? rs.getLong(1) : null, userId);
        Long used = jdbc.queryForObject("select coalesce(sum(prompt_tokens + completion_tokens), 0) from ai_usage "
                + "where user_id = ? and day = ?", Long.class, userId, Date.valueOf(today));
        return Allowance.of(userId, today, own == null ? properties.dailyTokenBudget() : own, used);
    }

    /**
     * Adds one model call to today's (UTC) row of the user, service and feature, unless its {@code usageId} was
     * counted already (a resend): then nothing changes.
     */
    @Transactional
    void record(UsageReport report) {
        requireUser(report.userId());
        try {
            if (report.usageId() != null && jdbc.update("""
                    insert into ai_usage_report (usage_id, user_id, recorded_at) values (?, ?, ?)
                    on conflict (usage_id) do nothing
                    """, report.usageId(), report.userId(), Timestamp.from(clock.instant())) == 0) {
                return;
            }
            jdbc.update("""
                    insert into ai_usage (user_id, day, service, feature, prompt_tokens, completion_tokens, calls)
                    values (?, ?, ?, ?, ?, ?, 1)
                    on conflict (user_id, day, service, feature) do update
                       set prompt_tokens = ai_usage.prompt_tokens + excluded.prompt_tokens,
                           completion_tokens = ai_usage.completion_tokens + excluded.completion_tokens,
                           calls = ai_usage.calls + 1
                    """, report.userId(), Date.valueOf(today()), report.service().strip(),
                    report.feature().strip(), report.promptTokens(), report.completionTokens());
        }
        catch (DataIntegrityViolationException deletedMeanwhile) {
            throw unknownUser(report.userId());
        }
    }

    /** Usage over {@code from}..{@code to} (UTC days, both included), of one user or everyone, most tokens first. */
    @Transactional(readOnly = true)
    UsageSummary summary(LocalDate from, LocalDate to, UUID userId) {
        LocalDate last = to == null ? today() : to;
        LocalDate first = from == null ? last.minusDays(29) : from;
        if (first.isAfter(last)) {
            throw badRange("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_REPORT_DAYS) {
            throw badRange("from", "must be at most " + MAX_REPORT_DAYS + " days before to");
        }
        String whose = userId == null ? "" : " and u.user_id = ?";
        Object[] arguments = userId == null ? new Object[] { Date.valueOf(first), Date.valueOf(last) }
                : new Object[] { Date.valueOf(first), Date.valueOf(last), userId };
        List<UsageRow> rows = jdbc.query("""
                select u.user_id, a.email, u.service, u.feature, sum(u.prompt_tokens) as prompt,
                       sum(u.completion_tokens) as completion, sum(u.calls) as calls
                  from ai_usage u join user_account a on a.id = u.user_id
                 where u.day between ? and ?""" + whose + """

                 group by u.user_id, a.email, u.service, u.feature
                 order by sum(u.prompt_tokens + u.completion_tokens) desc, sum(u.calls) desc, a.email, u.service,
                          u.feature
                """, (rs, i) -> new UsageRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)), arguments);
        Totals totals = new Totals(rows.stream().mapToLong(UsageRow::promptTokens).sum(),
                rows.stream().mapToLong(UsageRow::completionTokens).sum(),
                rows.stream().mapToLong(UsageRow::calls).sum());
        return new UsageSummary(first, last, totals, rows);
    }

    /** Sets the user's own daily budget, or with {@code null} returns them to the default; audited. */
    @Transactional
    Allowance setBudget(UUID adminId, UUID userId, Long dailyTokens) {
        UserAccount user = users.findById(userId).orElseThrow(() -> unknownUser(userId));
        if (dailyTokens == null) {
            jdbc.update("delete from ai_budget where user_id = ?", userId);
        }
        else {
            jdbc.update("""
                    insert into ai_budget (user_id, daily_tokens, updated_at) values (?, ?, ?)
                    on conflict (user_id) do update set daily_tokens = excluded.daily_tokens,
                                                        updated_at = excluded.updated_at
                    """, userId, dailyTokens, Timestamp.from(clock.instant()));
        }
        audit.recordBy(AuditEventType.AI_BUDGET_CHANGED, userId, adminId, user.email(),
                dailyTokens == null ? "daily AI tokens: the default" : "daily AI tokens: " + dailyTokens);
        return allowance(userId);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void requireUser(UUID userId) {
        if (!users.existsById(userId)) {
            throw unknownUser(userId);
        }
    }

    private static NotFoundException unknownUser(UUID userId) {
        return new NotFoundException("There is no user " + userId + ".");
    }

    private static QhException badRange(String field, String message) {
        return new QhException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "Field '" + field + "' " + message + ".").with("errors", List.of(new FieldViolation(field, message)));
    }
}
