package com.qh.ai.internal;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Records usage at auth, and keeps what auth did not take. A record that cannot be sent waits in an in-memory queue
 * and is sent again every {@code qh.ai.budget.usage-retry}; the queue is bounded, and a record that does not fit is
 * written to the log at ERROR with all its fields, so it can be replayed by hand and is never lost silently. The
 * queue does not survive a restart: records still in it then are logged at shutdown the same way. Each record carries
 * a {@code usageId}, so a record sent again after auth took it but the answer was lost is counted once. A 404 from
 * auth means the user was deleted meanwhile: the record is dropped, not retried.
 */
class UsageLedger implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UsageLedger.class);

    private final AuthBudget auth;
    private final BlockingQueue<AuthBudget.Usage> pending;
    private final ScheduledExecutorService retries;

    UsageLedger(AuthBudget auth, int capacity, Duration retryEvery) {
        this.auth = auth;
        this.pending = new LinkedBlockingQueue<>(capacity);
        this.retries = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("qh-ai-usage-retry").factory());
        long millis = Math.max(1, retryEvery.toMillis());
        retries.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Sends the record now; if auth cannot take it, keeps it for the next retry. */
    void record(AuthBudget.Usage usage) {
        try {
            auth.record(usage);
        }
        catch (HttpClientErrorException.NotFound userGone) {
            dropForDeletedUser(usage);
        }
        catch (RuntimeException e) {
            log.warn("AI usage not recorded at auth ({}); kept to send again: {}", e.getMessage(), usage);
            keep(usage);
        }
    }

    /**
     * Sends what is waiting, oldest first, until auth refuses again. Returns how many left the queue (sent, or
     * dropped since their user was deleted).
     */
    int flush() {
        int sent = 0;
        AuthBudget.Usage next;
        while ((next = pending.peek()) != null) {
            try {
                auth.record(next);
            }
            catch (HttpClientErrorException.NotFound userGone) {
                dropForDeletedUser(next);
            }
            catch (RuntimeException e) {
                log.debug("AI usage still not recorded at auth: {}", e.getMessage());
                return sent;
            }
            pending.remove(next);
            sent++;
        }
        return sent;
    }

    /** How many records wait to be sent. */
    int pending() {
        return pending.size();
    }

    private static void dropForDeletedUser(AuthBudget.Usage usage) {
        log.info("AI usage dropped: auth has no user {} any more (deleted); usage {}", usage.userId(),
                usage.usageId());
    }

    private void keep(AuthBudget.Usage usage) {
        if (!pending.offer(usage)) {
            log.error("AI usage queue is full; usage parked in this log line only: {}", usage);
        }
    }

    private void flushQuietly() {
        try {
            flush();
        }
        catch (RuntimeException e) {
            log.warn("Retrying AI usage records failed", e);
        }
    }

    @Override
    public void close() {
        retries.shutdownNow();
        flush();
        pending.forEach(usage -> log.error("AI usage not recorded at shutdown, parked in this log line: {}", usage));
    }
}
