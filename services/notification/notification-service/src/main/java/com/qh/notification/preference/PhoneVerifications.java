package com.qh.notification.preference;

import com.qh.notification.delivery.DeliveryProperties;
import com.qh.notification.delivery.SmsSender;
import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.QhException;
import com.qh.platform.web.TooManyRequestsException;
import com.qh.platform.web.UnprocessableException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Proves a phone number is the user's before any text goes to it: a 6-digit code is texted to the number, and the
 * number is verified once the user types the code back. Codes expire after {@code code-ttl}, stop working after
 * {@code max-attempts} wrong guesses, and are stored only as a hash; sending is capped per user, per number and
 * overall ({@link PhoneVerificationProperties}).
 */
@Service
class PhoneVerifications {

    private static final Logger log = LoggerFactory.getLogger(PhoneVerifications.class);

    private final JdbcTemplate jdbc;
    private final Contacts contacts;
    private final SmsSender sms;
    private final DeliveryProperties delivery;
    private final PhoneVerificationProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PhoneVerifications(JdbcTemplate jdbc, Contacts contacts, SmsSender sms, DeliveryProperties delivery,
            PhoneVerificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.sms = sms;
        this.delivery = delivery;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Makes {@code phone} the user's unverified phone and texts it a code; nothing when it is already their verified
     * phone.
     *
     * @throws TooManyRequestsException when a cap on codes is reached
     */
    void start(UUID userId, String phone) {
        if ("none".equals(delivery.smsProvider())) {
            throw new UnprocessableException("sms-unavailable", "This QH server sends no text messages, so it "
                    + "cannot verify a phone.");
        }
        Optional<Contacts.Contact> contact = contacts.find(userId);
        if (contact.filter(c -> phone.equals(c.phone()) && c.phoneVerified()).isPresent()) {
            return;
        }
        Instant now = clock.instant();
        checkCaps(userId, phone, now);
        String code = "%06d".formatted(random.nextInt(1_000_000));
        String language = contact.map(Contacts.Contact::language).orElse("en");
        contacts.phone(userId, phone, language);
        jdbc.update("insert into phone_verification (user_id, phone, code_hash, expires_at, attempts, created_at) "
                + "values (?, ?, ?, ?, 0, ?) on conflict (user_id) do update set phone = excluded.phone, "
                + "code_hash = excluded.code_hash, expires_at = excluded.expires_at, attempts = 0, "
                + "created_at = excluded.created_at", userId, phone, hash(userId, phone, code),
                Timestamp.from(now.plus(properties.codeTtl())), Timestamp.from(now));
        jdbc.update("insert into phone_code_sent (id, user_id, phone, sent_at) values (?, ?, ?, ?)", UUID.randomUUID(),
                userId, phone, Timestamp.from(now));
        try {
            sms.send(phone, text(code, language));
        } catch (Exception e) {
            log.warn("Could not text a verification code to user {}'s phone: {}", userId, e.toString());
            throw new QhException(HttpStatus.BAD_GATEWAY, "sms-not-sent", "Text message not sent",
                    "The code could not be texted to " + phone + " just now; try again in a minute.");
        }
    }

    /**
     * Verifies the user's phone with the code texted to it.
     *
     * @throws UnprocessableException when there is no code, it expired, it is wrong, or it was guessed at too often
     */
    void confirm(UUID userId, String code) {
        Instant now = clock.instant();
        List<Pending> pending = jdbc.query("select phone, code_hash, expires_at, attempts from phone_verification "
                + "where user_id = ?", (rs, n) -> new Pending(rs.getString(1), rs.getString(2),
                rs.getTimestamp(3).toInstant(), rs.getInt(4)), userId);
        if (pending.isEmpty()) {
            throw codeProblem("no-verification-code", "There is no code to confirm; set the phone again to get one.");
        }
        Pending current = pending.getFirst();
        if (!now.isBefore(current.expiresAt()) || current.attempts() >= properties.maxAttempts()) {
            jdbc.update("delete from phone_verification where user_id = ?", userId);
            throw codeProblem("verification-code-expired", "The code has expired or was entered wrong too often; "
                    + "set the phone again to get a new one.");
        }
        boolean right = MessageDigest.isEqual(hash(userId, current.phone(), code).getBytes(StandardCharsets.US_ASCII),
                current.codeHash().getBytes(StandardCharsets.US_ASCII));
        if (!right) {
            Integer attempts = jdbc.query("update phone_verification set attempts = attempts + 1 where user_id = ? "
                    + "returning attempts", (rs, n) -> rs.getInt(1), userId).stream().findFirst().orElse(
                    properties.maxAttempts());
            int left = Math.max(0, properties.maxAttempts() - attempts);
            if (left == 0) {
                jdbc.update("delete from phone_verification where user_id = ?", userId);
            }
            throw codeProblem("wrong-verification-code", left == 0
                    ? "The code is wrong, and that was the last try; set the phone again to get a new code."
                    : "The code is wrong; " + left + (left == 1 ? " try" : " tries") + " left.");
        }
        jdbc.update("delete from phone_verification where user_id = ?", userId);
        contacts.markPhoneVerified(userId, current.phone());
    }

    /** Forgets any code the user was sent, with their phone. */
    void forget(UUID userId) {
        jdbc.update("delete from phone_verification where user_id = ?", userId);
        contacts.phone(userId, null, "en");
    }

    private void checkCaps(UUID userId, String phone, Instant now) {
        Timestamp since = Timestamp.from(now.minus(properties.window()));
        Instant last = jdbc.queryForObject("select max(sent_at) from phone_code_sent where user_id = ?",
                (rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant(), userId);
        if (last != null && now.isBefore(last.plus(properties.resendInterval()))) {
            throw tooMany("A code was sent moments ago; wait before asking for another.",
                    Duration.between(now, last.plus(properties.resendInterval())));
        }
        if (count("user_id = ?", userId, since) >= properties.maxCodesPerUser()) {
            throw tooMany("You have asked for " + properties.maxCodesPerUser() + " codes recently; try again later.",
                    properties.window());
        }
        if (count("phone = ?", phone, since) >= properties.maxCodesPerNumber()) {
            throw tooMany("This number has been sent " + properties.maxCodesPerNumber() + " codes recently; try "
                    + "again later.", properties.window());
        }
        Integer overall = jdbc.queryForObject("select count(*) from phone_code_sent where sent_at > ?", Integer.class,
                since);
        if (overall != null && overall >= properties.maxCodesOverall()) {
            log.warn("{} phone verification codes sent within {}: refusing more (SMS pumping?)", overall,
                    properties.window());
            throw tooMany("Phone verification is busy; try again later.", properties.window());
        }
    }

    private int count(String condition, Object key, Timestamp since) {
        Integer sent = jdbc.queryForObject("select count(*) from phone_code_sent where " + condition
                + " and sent_at > ?", Integer.class, key, since);
        return sent == null ? 0 : sent;
    }

    private String text(String code, String language) {
        long minutes = properties.codeTtl().toMinutes();
        return "ru".equals(language)
                ? "QH: код подтверждения телефона " + code + ". Действует " + minutes + " мин. Никому его не сообщайте."
                : "QH: your phone verification code is " + code + ". It expires in " + minutes
                        + " minutes. Do not share it.";
    }

    private static TooManyRequestsException tooMany(String detail, Duration retryAfter) {
        return new TooManyRequestsException("too-many-verification-codes", detail,
                retryAfter.isNegative() ? Duration.ZERO : retryAfter);
    }

    private static UnprocessableException codeProblem(String slug, String detail) {
        return new UnprocessableException(slug, detail, List.of(new FieldViolation("code", detail)));
    }

    private static String hash(UUID userId, String phone, String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((userId + ":" + phone + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private record Pending(String phone, String codeHash, Instant expiresAt, int attempts) {
    }
}
