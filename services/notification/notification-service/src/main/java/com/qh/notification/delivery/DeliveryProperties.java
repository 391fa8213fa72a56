package com.qh.notification.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery settings ({@code qh.notification.delivery.*}).
 *
 * @param maxAttempts attempts before a message is parked as DEAD
 * @param initialBackoff wait after the first failure; doubles with each further one
 * @param maxBackoff the longest wait between attempts
 * @param batchSize messages taken per round
 * @param from the sender of every e-mail
 * @param emailProvider {@code smtp} (Spring Mail's {@code spring.mail.*}), {@code sendgrid} (SendGrid's HTTP API)
 *        or {@code capture} (kept in the database and shown at {@code /api/v1/dev/mail}: the default run's choice)
 * @param sendgrid SendGrid's settings, used with {@code email-provider=sendgrid}
 */
@ConfigurationProperties("qh.notification.delivery")
public record DeliveryProperties(
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("50") int batchSize,
        @DefaultValue("QH <no-reply@qh.local>") String from,
        @DefaultValue("smtp") String emailProvider,
        @DefaultValue SendGrid sendgrid) {

    /**
     * SendGrid's v3 API.
     *
     * @param apiKey the API key (a secret: {@code QH_NOTIFICATION_DELIVERY_SENDGRID_API_KEY})
     * @param baseUrl the API's address; tests point it at WireMock
     */
    public record SendGrid(String apiKey, @DefaultValue("https://api.sendgrid.com") java.net.URI baseUrl) {
    }

    /** The wait after {@code failures} failed attempts. */
    Duration backoff(int failures) {
        Duration wait = initialBackoff.multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
