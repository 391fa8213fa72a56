package com.qh.profile.erasure;

import com.qh.platform.crypto.FieldEncryptor;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a key rotation (a new {@code qh.crypto.active-key}), rewrites every profile's personal data with the new
 * key, a batch at a time, so that the old key can be retired. Runs shortly after start and then every hour; a
 * profile changed meanwhile is simply written with the new key by that change.
 */
@Component
public class Reencryption {

    private static final Logger log = LoggerFactory.getLogger(Reencryption.class);
    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final FieldEncryptor encryptor;

    Reencryption(JdbcTemplate jdbc, FieldEncryptor encryptor) {
        this.jdbc = jdbc;
        this.encryptor = encryptor;
    }

    @Scheduled(initialDelayString = "${qh.profile.reencryption.initial-delay:PT1M}",
            fixedDelayString = "${qh.profile.reencryption.interval:PT1H}")
    void onSchedule() {
        int rewritten = reencryptAll();
        if (rewritten > 0) {
            log.info("Re-encrypted the personal data of {} profiles with the active key", rewritten);
        }
    }

    /** Rewrites every value not encrypted with the active key; returns how many there were. */
    public int reencryptAll() {
        int total = 0;
        UUID after = new UUID(0, 0);
        while (true) {
            List<Row> rows = jdbc.query("select user_id, personal from profile where user_id > ? order by user_id "
                    + "limit ?", (rs, i) -> new Row(rs.getObject(1, UUID.class), rs.getString(2)), after, BATCH);
            if (rows.isEmpty()) {
                return total;
            }
            for (Row row : rows) {
                if (encryptor.needsReencryption(row.personal()) && rewrite(row)) {
                    total++;
                }
            }
            after = rows.getLast().userId();
        }
    }

    // Only if the value is still the one read: a profile saved meanwhile is already under the active key.
    @Transactional
    boolean rewrite(Row row) {
        return jdbc.update("update profile set personal = ? where user_id = ? and personal = ?",
                encryptor.reencrypt(row.personal()), row.userId(), row.personal()) == 1;
    }

    record Row(UUID userId, String personal) {
    }
}
