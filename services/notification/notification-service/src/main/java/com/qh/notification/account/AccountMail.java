package com.qh.notification.account;

import com.qh.notification.delivery.Deliveries;
import com.qh.notification.template.Channel;
import com.qh.notification.template.Templates;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Renders an account mail from its template and queues it. */
@Service
class AccountMail {

    private static final Logger log = LoggerFactory.getLogger(AccountMail.class);

    private final Templates templates;
    private final Deliveries deliveries;

    AccountMail(Templates templates, Deliveries deliveries) {
        this.templates = templates;
        this.deliveries = deliveries;
    }

    void send(UUID eventId, String eventType, UUID userId, String email, String locale, Map<String, String> values) {
        String language = Templates.language(locale);
        templates.find(eventType, Channel.EMAIL, language).ifPresentOrElse(
                template -> deliveries.enqueue(eventId, eventType, Channel.EMAIL, email, userId, language,
                        template.render(values)),
                () -> log.error("No e-mail template for {}; nothing sent for event {}", eventType, eventId));
    }
}
