package com.qh.auth.account;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives accounts created before V7 their e-mail skeleton. SQL cannot compute a UTS #39 skeleton, so the service
 * does it at start, in batches, before it reports ready. Idempotent: replicas starting together write the same
 * values, and a row written meanwhile by sign-up already has its skeleton.
 */
@Component
class EmailSkeletonBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EmailSkeletonBackfill.class);
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;

    EmailSkeletonBackfill(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        int filled = 0;
        List<Row> rows;
        do {
            rows = jdbc.query("select id, email from user_account where email_skeleton is null limit " + BATCH,
                    (rs, n) -> new Row(rs.getObject("id"), rs.getString("email")));
            for (Row row : rows) {
                jdbc.update("update user_account set email_skeleton = ? where id = ? and email_skeleton is null",
                        EmailAddresses.skeleton(row.email()), row.id());
            }
            filled += rows.size();
        }
        while (rows.size() == BATCH);
        if (filled > 0) {
            log.info("Computed the e-mail skeleton of {} existing accounts", filled);
        }
    }

    private record Row(Object id, String email) {
    }
}
