package com.qh.notification.delivery;

import java.time.Clock;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.web.client.RestClient;

/** The e-mail and SMS providers named by {@code qh.notification.delivery.email-provider} and {@code sms-provider}. */
@Configuration(proxyBeanMethods = false)
class EmailSenderConfiguration {

    @Bean
    EmailSender emailSender(DeliveryProperties properties, ObjectProvider<JavaMailSenderImpl> mail, JdbcTemplate jdbc,
            RestClient.Builder http, Optional<Clock> clock) {
        return switch (properties.emailProvider()) {
            case "capture" -> new CapturingEmailSender(jdbc);
            case "sendgrid" -> {
                DeliveryProperties.SendGrid sendGrid = properties.sendgrid();
                if (sendGrid.apiKey() == null || sendGrid.apiKey().isBlank()) {
                    throw new IllegalStateException("qh.notification.delivery.email-provider=sendgrid needs "
                            + "qh.notification.delivery.sendgrid.api-key (QH_NOTIFICATION_DELIVERY_SENDGRID_API_KEY)");
                }
                yield new SendGridEmailSender(http, sendGrid.baseUrl(), sendGrid.apiKey(), properties.from());
            }
            case "smtp" -> new SmtpEmailSender(mail.getIfAvailable(() -> {
                throw new IllegalStateException("qh.notification.delivery.email-provider=smtp needs spring.mail.host");
            }), properties.from(), properties.smtp().maxMessagesPerConnection(), clock.orElse(Clock.systemUTC()));
            default -> throw new IllegalStateException("qh.notification.delivery.email-provider must be smtp, "
                    + "sendgrid or capture, not " + properties.emailProvider());
        };
    }

    @Bean
    SmsSender smsSender(DeliveryProperties properties, JdbcTemplate jdbc, RestClient.Builder http) {
        return switch (properties.smsProvider()) {
            case "capture" -> new CapturingSmsSender(jdbc);
            case "twilio" -> {
                DeliveryProperties.Twilio twilio = properties.twilio();
                if (blank(twilio.accountSid()) || blank(twilio.authToken())
                        || blank(twilio.from()) && blank(twilio.messagingServiceSid())) {
                    throw new IllegalStateException("qh.notification.delivery.sms-provider=twilio needs "
                            + "qh.notification.delivery.twilio.account-sid, auth-token, and from or messaging-service-sid");
                }
                yield new TwilioSmsSender(http, twilio);
            }
            case "none" -> (to, text) -> {
                throw new IllegalStateException("No SMS provider is configured (qh.notification.delivery.sms-provider)");
            };
            default -> throw new IllegalStateException("qh.notification.delivery.sms-provider must be none, twilio "
                    + "or capture, not " + properties.smsProvider());
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
