package com.qh.notification.account;

import com.qh.auth.api.EmailVerificationRequested;
import com.qh.auth.api.PasswordResetRequested;
import com.qh.auth.api.UserDeleted;
import com.qh.auth.api.UserRegistered;
import com.qh.notification.delivery.Deliveries;
import com.qh.notification.dispatch.Notifier;
import com.qh.notification.inbox.Inbox;
import com.qh.notification.preference.Contacts;
import com.qh.notification.push.PushSubscriptions;
import com.qh.notification.template.NotificationProperties;
import com.qh.notification.template.Templates;
import com.qh.platform.events.IntegrationEvent;
import com.qh.platform.messaging.IntegrationEventHandler;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.UriComponentsBuilder;

/** One consumer per auth event; each hands its event to the {@link Notifier} as a notice to the user. */
@Configuration(proxyBeanMethods = false)
class AccountEventHandlers {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @Bean
    IntegrationEventHandler<EmailVerificationRequested> verificationMail(Notifier notifier, Contacts contacts,
            NotificationProperties properties) {
        return handler(EmailVerificationRequested.class, event -> {
            contacts.remember(event.userId(), event.email(), Templates.language(event.locale()));
            notifier.notify(new Notifier.Notice(event.eventId(), IntegrationEvent.typeOf(EmailVerificationRequested.class),
                    event.userId(), event.email(), event.locale(), Map.of("displayName", event.displayName(),
                            "email", event.email(), "link", link(properties, "/verify-email", event.token()),
                            "expiresAt", UTC.format(event.expiresAt())), null));
        });
    }

    // A security notice in the inbox too: if someone else asked, the owner sees it on their next visit.
    @Bean
    IntegrationEventHandler<PasswordResetRequested> passwordResetMail(Notifier notifier,
            NotificationProperties properties) {
        return handler(PasswordResetRequested.class, event -> notifier.notify(new Notifier.Notice(event.eventId(),
                IntegrationEvent.typeOf(PasswordResetRequested.class), event.userId(), event.email(), event.locale(),
                Map.of("displayName", event.displayName(), "email", event.email(),
                        "link", link(properties, "/reset-password", event.token()),
                        "expiresAt", UTC.format(event.expiresAt())), null)));
    }

    @Bean
    IntegrationEventHandler<UserRegistered> welcome(Notifier notifier, Contacts contacts,
            NotificationProperties properties) {
        return handler(UserRegistered.class, event -> {
            contacts.remember(event.userId(), event.email(), Templates.language(event.locale()));
            notifier.notify(new Notifier.Notice(event.eventId(), IntegrationEvent.typeOf(UserRegistered.class),
                    event.userId(), event.email(), event.locale(), Map.of("displayName", event.displayName(),
                            "email", event.email(), "link", properties.publicBaseUrl().toString()), "/profile"));
        });
    }

    @Bean
    IntegrationEventHandler<UserDeleted> erasure(Deliveries deliveries, Inbox inbox, Contacts contacts,
            PushSubscriptions push) {
        return handler(UserDeleted.class, event -> {
            deliveries.erase(event.userId());
            inbox.erase(event.userId());
            contacts.erase(event.userId());
            push.erase(event.userId());
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
