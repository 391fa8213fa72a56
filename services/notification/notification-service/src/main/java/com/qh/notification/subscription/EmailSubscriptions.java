package com.qh.notification.subscription;

import com.qh.notification.delivery.Deliveries;
import com.qh.notification.template.Channel;
import com.qh.notification.template.NotificationProperties;
import com.qh.notification.template.Templates;
import com.qh.platform.web.NotFoundException;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Double opt-in e-mail subscriptions. Subscribing sends a confirmation mail and leaves the subscription PENDING until
 * its link is used; only then is it ACTIVE. Subscribing an address again never tells whether it was subscribed
 * (the answer is the same), and re-sends the confirmation while it is still pending, at most once per
 * {@link #RESEND_WINDOW}: the mail's event id is derived from the confirmation token and the window, so the delivery
 * queue's uniqueness drops repeats, and nobody can flood an address through the public endpoint. Addresses are one
 * subscription however they are capitalised.
 */
@Service
class EmailSubscriptions {

    static final String CONFIRMATION = "subscription.confirmation-requested";

    /** At most one confirmation mail per address in each window of this length. */
    static final Duration RESEND_WINDOW = Duration.ofMinutes(10);

    /** Where a subscription stands. */
    enum Status {
        NONE, PENDING, ACTIVE, UNSUBSCRIBED
    }

    private static final Logger log = LoggerFactory.getLogger(EmailSubscriptions.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Templates templates;
    private final Deliveries deliveries;
    private final NotificationProperties properties;

    EmailSubscriptions(JdbcTemplate jdbc, Templates templates, Deliveries deliveries,
            NotificationProperties properties) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.deliveries = deliveries;
        this.properties = properties;
    }

    @Transactional
    void subscribe(String email, String locale) {
        String address = email.strip();
        String key = address.toLowerCase(Locale.ROOT);
        String language = Templates.language(locale);
        Status status = status(key);
        if (status == Status.ACTIVE) {
            return;
        }
        Instant now = Instant.now();
        if (status == Status.NONE) {
            jdbc.update("insert into email_subscription (id, email, email_key, language, status, confirm_token, "
                    + "unsubscribe_token, created_at) values (?, ?, ?, ?, 'PENDING', ?, ?, ?) "
                    + "on conflict (email_key) do nothing", UUID.randomUUID(), address, key, language, token(), token(),
                    Timestamp.from(now));
        } else if (status == Status.UNSUBSCRIBED) {
            // A fresh confirmation: a link from before the unsubscribe must not quietly subscribe again.
            jdbc.update("update email_subscription set status = 'PENDING', confirm_token = ?, language = ?, "
                    + "unsubscribed_at = null where email_key = ? and status = 'UNSUBSCRIBED'", token(), language, key);
        }
        // While pending, every confirmation mail carries the same link, so any of them works.
        // To the address as first subscribed: one subscription, one recipient, however it is capitalised now.
        Map<String, Object> tokens = jdbc.queryForMap("select email, confirm_token, unsubscribe_token "
                + "from email_subscription where email_key = ?", key);
        String recipient = (String) tokens.get("email");
        String confirm = (String) tokens.get("confirm_token");
        String unsubscribe = (String) tokens.get("unsubscribe_token");
        String link = UriComponentsBuilder.fromUri(properties.publicBaseUrl()).path("/subscriptions/confirm")
                .queryParam("token", confirm).build().encode().toUriString();
        templates.find(CONFIRMATION, Channel.EMAIL, language).ifPresentOrElse(template -> {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("List-Unsubscribe", "<" + properties.publicBaseUrl().toString().replaceAll("/+$", "")
                    + "/api/v1/subscriptions/unsubscribe/" + unsubscribe + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            UUID mailId = UUID.nameUUIDFromBytes((confirm + "@" + now.getEpochSecond() / RESEND_WINDOW.toSeconds())
                    .getBytes(StandardCharsets.UTF_8));
            deliveries.enqueue(mailId, CONFIRMATION, "news", Channel.EMAIL, recipient, null, language,
                    template.render(Map.of("email", recipient, "link", link)), headers);
        }, () -> log.error("No e-mail template for {}; no confirmation sent", CONFIRMATION));
    }

    /** Confirms with the mailed token; confirming twice is fine. */
    @Transactional
    Status confirm(String token) {
        int changed = jdbc.update("update email_subscription set status = 'ACTIVE', confirmed_at = ? "
                + "where confirm_token = ? and status = 'PENDING'", Timestamp.from(Instant.now()), token);
        if (changed == 0 && jdbc.queryForList("select 1 from email_subscription where confirm_token = ? "
                + "and status = 'ACTIVE'", token).isEmpty()) {
            throw new NotFoundException("This confirmation link is not known or no longer valid; subscribe again.");
        }
        return Status.ACTIVE;
    }

    @Transactional
    void unsubscribe(String token) {
        int changed = jdbc.update("update email_subscription set status = 'UNSUBSCRIBED', unsubscribed_at = "
                + "coalesce(unsubscribed_at, ?) where unsubscribe_token = ?", Timestamp.from(Instant.now()), token);
        if (changed == 0) {
            throw new NotFoundException("This unsubscribe link is not known.");
        }
    }

    Status status(String email) {
        return jdbc.queryForList("select status from email_subscription where email_key = ?", String.class,
                email.strip().toLowerCase(Locale.ROOT)).stream().findFirst().map(Status::valueOf).orElse(Status.NONE);
    }

    /** Active subscribers' addresses, for a mailing. */
    List<String> active(int page, int size) {
        return jdbc.queryForList("select email from email_subscription where status = 'ACTIVE' order by email_key "
                + "limit ? offset ?", String.class, size, page * size);
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
