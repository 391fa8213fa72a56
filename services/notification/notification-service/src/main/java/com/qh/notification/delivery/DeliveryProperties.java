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
 * @param from the sender of every e-mail
 * @param emailProvider {@code smtp} (Spring Mail's {@code spring.mail.*}), {@code sendgrid} (SendGrid's HTTP API)
 *        or {@code capture} (kept in the database and shown at {@code /api/v1/dev/mail}: the default run's choice)
 * @param smtp the SMTP provider's settings beyond Spring Mail's {@code spring.mail.*}
 * @param sendgrid SendGrid's settings, used with {@code email-provider=sendgrid}
 * @param smsProvider {@code none} (no SMS channel), {@code twilio} (Twilio's REST API) or {@code capture} (kept and
 *        shown at {@code /api/v1/dev/mail} like captured mail: the default run's choice)
 * @param twilio Twilio's settings, used with {@code sms-provider=twilio}
 */
@ConfigurationProperties("qh.notification.delivery")
public record DeliveryProperties(
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("30s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("QH <no-reply@qh.local>") String from,
        @DefaultValue("smtp") String emailProvider,
        @DefaultValue Smtp smtp,
        @DefaultValue SendGrid sendgrid,
        @DefaultValue("none") String smsProvider,
        @DefaultValue Twilio twilio) {

    /**
     * Twilio's Programmable Messaging API.
     *
     * @param accountSid the account ({@code AC...})
     * @param authToken its token (a secret: {@code QH_NOTIFICATION_DELIVERY_TWILIO_AUTH_TOKEN})
     * @param from the sending number in E.164, or empty when {@code messagingServiceSid} is set
     * @param messagingServiceSid a messaging service ({@code MG...}) to send from instead of one number
     * @param baseUrl the API's address; tests point it at WireMock
     */
    public record Twilio(String accountSid, String authToken, String from, String messagingServiceSid,
            @DefaultValue("https://api.twilio.com") java.net.URI baseUrl) {
    }

    /**
     * Sending over SMTP.
     *
     * @param maxMessagesPerConnection how many messages one connection carries before it is closed and a new one
     *        opened (servers limit this; 100 is within what common relays allow)
     */
    public record Smtp(@DefaultValue("100") int maxMessagesPerConnection) {
    }

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
