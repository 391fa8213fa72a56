package com.qh.notification.delivery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.web.client.RestClient;

/** The e-mail provider named by {@code qh.notification.delivery.email-provider}. */
@Configuration(proxyBeanMethods = false)
class EmailSenderConfiguration {

    @Bean
    EmailSender emailSender(DeliveryProperties properties, ObjectProvider<JavaMailSender> mail, JdbcTemplate jdbc,
            RestClient.Builder http) {
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
            }), properties.from());
            default -> throw new IllegalStateException("qh.notification.delivery.email-provider must be smtp, "
                    + "sendgrid or capture, not " + properties.emailProvider());
        };
    }
}
