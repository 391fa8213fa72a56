package com.qh.platform.messaging;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Sends again what the broker did not confirm (it was down, or restarted mid-send). Only publications older than
 * one interval are taken, so a send still waiting for its confirm is not doubled; a duplicate that slips through
 * anyway is harmless because consumers are idempotent.
 */
class OutboxResubmitter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmitter.class);

    private final IncompleteEventPublications incomplete;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    OutboxResubmitter(IncompleteEventPublications incomplete, Duration interval) {
        this.incomplete = incomplete;
        this.interval = interval;
    }

    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(interval);
        }
        catch (RuntimeException stillFailing) {
            log.warn("Outbox resubmission failed, will try again in {}: {}", interval, stillFailing.getMessage());
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("qh-outbox").factory());
        scheduler.scheduleWithFixedDelay(this::resubmit, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
