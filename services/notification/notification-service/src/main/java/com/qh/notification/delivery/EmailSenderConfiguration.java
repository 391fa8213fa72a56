package com.qh.notification.delivery;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
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
            RestClient.Builder http, Clock clock) {
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
            }), properties.from(), properties.smtp().maxMessagesPerConnection(), clock);
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

    /**
     * Spring Boot checks the SMTP server's health whenever {@code spring.mail.host} is set, and it is (to
     * {@code localhost:25} by default) even when mail goes to SendGrid or is captured (the default run). A server
     * that is not used, and in the default run not there, then turned {@code /actuator/health} DOWN (503) while the
     * service worked. Under the name of Boot's indicator, which stands back for it, this one says which provider
     * carries mail instead; a failing provider shows in the delivery log and its retries, not in health.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("'${qh.notification.delivery.email-provider:smtp}' != 'smtp'")
    static class MailHealthWithoutSmtp {

        @Bean("mailHealthIndicator")
        HealthIndicator mailHealthIndicator(DeliveryProperties properties) {
            Health health = Health.up().withDetail("provider", properties.emailProvider())
                    .withDetail("smtp", "not used").build();
            return () -> health;
        }
    }
}
