package com.qh.auth.ai;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets usage ids a week after their report was counted: long past any resend (a service resends only from memory
 * while it runs), so the table stays small.
 */
@Component
class AiHousekeeping {

    /** How long a counted report's id is remembered. */
    static final Duration USAGE_ID_KEPT = Duration.ofDays(7);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AiHousekeeping(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldUsageIds() {
        jdbc.update("delete from ai_usage_report where recorded_at < ?",
                Timestamp.from(clock.instant().minus(USAGE_ID_KEPT)));
    }
}
