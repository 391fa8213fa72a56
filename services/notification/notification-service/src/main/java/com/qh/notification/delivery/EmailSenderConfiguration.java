package com.qh.notification.delivery;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;

/** The e-mail provider named by {@code qh.notification.delivery.email-provider}. */
@Configuration(proxyBeanMethods = false)
class EmailSenderConfiguration {

    @Bean
    EmailSender emailSender(DeliveryProperties properties, ObjectProvider<JavaMailSender> mail, JdbcTemplate jdbc) {
        return switch (properties.emailProvider()) {
            case "capture" -> new CapturingEmailSender(jdbc);
            case "smtp" -> new SmtpEmailSender(mail.getIfAvailable(() -> {
                throw new IllegalStateException("qh.notification.delivery.email-provider=smtp needs spring.mail.host");
            }), properties.from());
            default -> throw new IllegalStateException("qh.notification.delivery.email-provider must be smtp or "
                    + "capture, not " + properties.emailProvider());
        };
    }
}
