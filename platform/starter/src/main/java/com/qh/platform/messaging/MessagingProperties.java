package com.qh.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event transport settings.
 *
 * @param exchange the topic exchange every integration event goes to
 * @param resubmitInterval how often incomplete outbox entries older than this are sent again
 * @param confirmTimeout how long a publish may wait for the broker's confirm before it counts as failed
 * @param retry how a failing consumer is retried before its message is parked in the dead-letter queue
 * @param processedRetention how long a consumer remembers the ids of events it handled, to skip redeliveries
 */
@ConfigurationProperties("qh.messaging")
public record MessagingProperties(
        @DefaultValue("qh.events") String exchange,
        @DefaultValue("30s") Duration resubmitInterval,
        @DefaultValue("10s") Duration confirmTimeout,
        @DefaultValue Retry retry,
        @DefaultValue("30d") Duration processedRetention) {

    /**
     * @param maxAttempts attempts in all, the first included
     * @param initialInterval wait before the second attempt
     * @param multiplier growth of the wait per attempt
     * @param maxInterval longest wait between attempts
     */
    public record Retry(
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("1s") Duration initialInterval,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("30s") Duration maxInterval) {
    }

}
