package com.qh.notification.delivery;

import com.qh.notification.template.Channel;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what is due, one message per transaction: it locks the next due message ({@code for update skip locked},
 * so several instances share the work without sending anything twice), sends it, and records the attempt before it
 * commits: SENT, or a failure retried after a growing wait, or DEAD after the last attempt (parked for an operator,
 * never dropped). The queue is a table, so a restart loses nothing. A crash between a provider accepting a message
 * and the commit rolls back that one mark, so that one message (and only it) may go out once more; a batch per
 * transaction would repeat the whole batch. On shutdown the worker stops after the message in hand. When nothing
 * more is due, the e-mail sender lets go of its connection ({@link EmailSender#release()}).
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final EmailSender email;
    private final SmsSender sms;
    private final PushSender push;
    private final DeliveryProperties properties;
    private final Clock clock;
    private volatile boolean stopping;

    DeliveryWorker(JdbcTemplate jdbc, TransactionTemplate transactions, EmailSender email, SmsSender sms,
            PushSender push, DeliveryProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.email = email;
        this.sms = sms;
        this.push = push;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${qh.notification.delivery.poll-interval:PT1S}")
    void sendDue() {
        try {
            while (!stopping && Boolean.TRUE.equals(transactions.execute(status -> sendNext()))) {
                // until nothing is due
            }
        }
        finally {
            email.release();
        }
    }

    /** A graceful stop finishes the message in hand and leaves the rest for the next instance to start. */
    @EventListener(ContextClosedEvent.class)
    void stop() {
        stopping = true;
    }

    /** Sends the next due message, if any; answers whether there was one. */
    boolean sendNext() {
        List<Due> due = jdbc.query("select id, channel, recipient, subject, text_body, html_body, attempts, headers "
                + "from delivery where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at "
                + "limit 1 for update skip locked", (rs, i) -> new Due(rs.getObject(1, UUID.class),
                Channel.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), rs.getString(8)), Timestamp.from(clock.instant()));
        if (due.isEmpty()) {
            return false;
        }
        attempt(due.getFirst());
        return true;
    }

    private void attempt(Due message) {
        int attempt = message.attempts() + 1;
        Instant now = clock.instant();
        try {
            deliver(message);
            jdbc.update("update delivery set status = 'SENT', attempts = ?, sent_at = ?, last_error = null "
                    + "where id = ?", attempt, Timestamp.from(now), message.id());
            log(message.id(), attempt, now, "SENT", null);
        }
        catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            boolean dead = attempt >= properties.maxAttempts();
            jdbc.update("update delivery set status = ?, attempts = ?, next_attempt_at = ?, last_error = ? "
                    + "where id = ?", dead ? "DEAD" : "PENDING", attempt,
                    Timestamp.from(now.plus(properties.backoff(attempt))), error, message.id());
            log(message.id(), attempt, now, dead ? "DEAD" : "FAILED", error);
            if (dead) {
                log.error("Gave up on delivery {} to {} after {} attempts: {}", message.id(), message.channel(),
                        attempt, error);
            }
            else {
                log.warn("Delivery {} failed (attempt {}), retrying: {}", message.id(), attempt, error);
            }
        }
    }

    private void deliver(Due message) throws Exception {
        switch (message.channel()) {
            case EMAIL -> email.send(new OutgoingEmail(message.recipient(), message.subject(), message.text(),
                    message.html(), Headers.read(message.headers())));
            case SMS -> sms.send(message.recipient(), message.text());
            case PUSH -> {
                if (!push.send(message.recipient(), message.text())) {
                    log.info("Push subscription {} is gone; removed it", message.recipient());
                }
            }
            default -> throw new UnsupportedOperationException("No sender for channel " + message.channel());
        }
    }

    private void log(UUID delivery, int attempt, Instant at, String outcome, String error) {
        jdbc.update("insert into delivery_attempt (delivery_id, attempt, at, outcome, error) values (?, ?, ?, ?, ?)",
                delivery, attempt, Timestamp.from(at), outcome, error);
    }

    record Due(UUID id, Channel channel, String recipient, String subject, String text, String html,
            int attempts, String headers) {
    }
}
