package com.qh.notification.account;

import com.qh.auth.api.EmailVerificationRequested;
import com.qh.auth.api.PasswordResetRequested;
import com.qh.auth.api.UserDeleted;
import com.qh.auth.api.UserRegistered;
import com.qh.notification.delivery.Deliveries;
import com.qh.notification.inbox.Inbox;
import com.qh.platform.events.IntegrationEvent;
import com.qh.platform.messaging.IntegrationEventHandler;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.UriComponentsBuilder;

/** One consumer per auth event; each turns its event into a message on the delivery queue. */
@Configuration(proxyBeanMethods = false)
class AccountEventHandlers {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Bean
    IntegrationEventHandler<EmailVerificationRequested> verificationMail(AccountMail mail,
            NotificationProperties properties) {
        return handler(EmailVerificationRequested.class, event -> mail.send(event.eventId(),
                IntegrationEvent.typeOf(EmailVerificationRequested.class), event.userId(), event.email(),
                event.locale(), Map.of("displayName", event.displayName(), "email", event.email(),
                        "link", link(properties, "/verify-email", event.token()),
                        "expiresAt", UTC.format(event.expiresAt()))));
    }

    // A security notice in the inbox too: if someone else asked, the owner sees it on their next visit.
    @Bean
    IntegrationEventHandler<PasswordResetRequested> passwordResetMail(AccountMail mail, Inbox inbox,
            NotificationProperties properties) {
        return handler(PasswordResetRequested.class, event -> {
            String type = IntegrationEvent.typeOf(PasswordResetRequested.class);
            Map<String, String> values = Map.of("displayName", event.displayName(), "email", event.email(),
                    "link", link(properties, "/reset-password", event.token()),
                    "expiresAt", UTC.format(event.expiresAt()));
            mail.send(event.eventId(), type, event.userId(), event.email(), event.locale(), values);
            inbox.add(event.eventId(), type, event.userId(), event.locale(), Map.of(), null);
        });
    }

    @Bean
    IntegrationEventHandler<UserRegistered> welcome(AccountMail mail, Inbox inbox,
            NotificationProperties properties) {
        return handler(UserRegistered.class, event -> {
            String type = IntegrationEvent.typeOf(UserRegistered.class);
            Map<String, String> values = Map.of("displayName", event.displayName(), "email", event.email(),
                    "link", properties.publicBaseUrl().toString());
            mail.send(event.eventId(), type, event.userId(), event.email(), event.locale(), values);
            inbox.add(event.eventId(), type, event.userId(), event.locale(), values, "/profile");
        });
    }

    @Bean
    IntegrationEventHandler<UserDeleted> erasure(Deliveries deliveries, Inbox inbox) {
        return handler(UserDeleted.class, event -> {
            deliveries.erase(event.userId());
            inbox.erase(event.userId());
        });
    }

    private static String link(NotificationProperties properties, String page, String token) {
        return UriComponentsBuilder.fromUri(properties.publicBaseUrl()).path(page).queryParam("token", token)
                .build().encode().toUriString();
    }

    private static <E extends IntegrationEvent> IntegrationEventHandler<E> handler(Class<E> type,
            java.util.function.Consumer<E> action) {
        return new IntegrationEventHandler<>() {
            @Override
            public Class<E> eventClass() {
                return type;
            }

            @Override
            public void handle(E event) {
                action.accept(event);
            }
        };
    }
}
