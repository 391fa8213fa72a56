package com.qh.notification.dispatch;

import com.qh.notification.delivery.Deliveries;
import com.qh.notification.delivery.DeliveryProperties;
import com.qh.notification.inbox.Inbox;
import com.qh.notification.preference.Contacts;
import com.qh.notification.preference.PreferenceProperties;
import com.qh.notification.preference.Preferences;
import com.qh.notification.preference.UnsubscribeLinks;
import com.qh.notification.push.PushSubscriptions;
import com.qh.notification.template.Channel;
import com.qh.notification.template.NotificationProperties;
import com.qh.notification.template.Template;
import com.qh.notification.template.Templates;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one event's notice to a user on every channel that has a template for the event type and that the user
 * has not turned off for the event's category. Each message goes on the delivery queue (or into the inbox) keyed by
 * the event, so a redelivered event notifies no one twice.
 */
@Service
public class Notifier {

    /**
     * What to tell whom.
     *
     * @param email the address to write to when it is not (yet) the user's known one, such as a new address being
     *        verified; {@code null} for the known one
     * @param locale the language to write in, or {@code null} for the user's
     * @param values the template's placeholders
     * @param link where the in-app message and the push notification lead, relative to the web UI
     */
    public record Notice(UUID eventId, String eventType, UUID userId, String email, String locale,
            Map<String, String> values, String link) {
    }

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final Templates templates;
    private final Deliveries deliveries;
    private final Inbox inbox;
    private final Contacts contacts;
    private final Preferences preferences;
    private final PreferenceProperties categories;
    private final UnsubscribeLinks unsubscribe;
    private final PushSubscriptions push;
    private final NotificationProperties properties;
    private final DeliveryProperties delivery;
    private final JsonMapper json;

    Notifier(Templates templates, Deliveries deliveries, Inbox inbox, Contacts contacts, Preferences preferences,
            PreferenceProperties categories, UnsubscribeLinks unsubscribe, PushSubscriptions push,
            NotificationProperties properties, DeliveryProperties delivery, JsonMapper json) {
        this.templates = templates;
        this.deliveries = deliveries;
        this.inbox = inbox;
        this.contacts = contacts;
        this.preferences = preferences;
        this.categories = categories;
        this.unsubscribe = unsubscribe;
        this.push = push;
        this.properties = properties;
        this.delivery = delivery;
        this.json = json;
    }

    /** Queues the notice on every channel it should go to; answers how many messages that made. */
    public int notify(Notice notice) {
        Optional<Contacts.Contact> contact = contacts.find(notice.userId());
        String language = Templates.language(notice.locale() != null ? notice.locale()
                : contact.map(Contacts.Contact::language).orElse(null));
        String category = categories.categoryOf(notice.eventType());
        int queued = 0;

        String email = notice.email() != null ? notice.email() : contact.map(Contacts.Contact::email).orElse(null);
        Optional<Template> mail = templates.find(notice.eventType(), Channel.EMAIL, language);
        if (mail.isPresent() && email != null && preferences.wants(notice.userId(), category, Channel.EMAIL)) {
            Map<String, String> headers = unsubscribe.headers(notice.userId(), category, properties.publicBaseUrl());
            queued += enqueue(notice, category, Channel.EMAIL, email, language, mail.get().render(notice.values()),
                    headers);
        } else if (mail.isEmpty() && templates.find(notice.eventType(), Channel.IN_APP, language).isEmpty()) {
            log.warn("No e-mail or in-app template for {}; event {} notifies no one by those channels",
                    notice.eventType(), notice.eventId());
        }

        if (templates.find(notice.eventType(), Channel.IN_APP, language).isPresent()
                && preferences.wants(notice.userId(), category, Channel.IN_APP)) {
            inbox.add(notice.eventId(), notice.eventType(), notice.userId(), language, notice.values(), notice.link());
            queued++;
        }

        // Only a phone its owner confirmed with a texted code: anyone could type in anyone's number.
        String phone = contact.filter(Contacts.Contact::phoneVerified).map(Contacts.Contact::phone).orElse(null);
        Optional<Template> sms = templates.find(notice.eventType(), Channel.SMS, language);
        if (sms.isPresent() && phone != null && !"none".equals(delivery.smsProvider())
                && preferences.wants(notice.userId(), category, Channel.SMS)) {
            queued += enqueue(notice, category, Channel.SMS, phone, language, sms.get().render(notice.values()),
                    Map.of());
        }

        Optional<Template> pushed = templates.find(notice.eventType(), Channel.PUSH, language);
        if (pushed.isPresent() && preferences.wants(notice.userId(), category, Channel.PUSH)) {
            Template.Message message = pushed.get().render(notice.values());
            Map<String, String> payload = new LinkedHashMap<>();
            payload.put("title", message.subject());
            payload.put("body", message.text());
            if (notice.link() != null) {
                payload.put("link", notice.link());
            }
            String body = json.writeValueAsString(payload);
            for (PushSubscriptions.Subscription browser : push.of(notice.userId())) {
                queued += enqueue(notice, category, Channel.PUSH, browser.id().toString(), language,
                        new Template.Message(message.subject(), body, null), Map.of());
            }
        }
        return queued;
    }

    private int enqueue(Notice notice, String category, Channel channel, String recipient, String language,
            Template.Message message, Map<String, String> headers) {
        return deliveries.enqueue(notice.eventId(), notice.eventType(), category, channel, recipient,
                notice.userId(), language, message, headers) ? 1 : 0;
    }
}
