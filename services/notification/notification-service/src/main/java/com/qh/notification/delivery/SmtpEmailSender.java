package com.qh.notification.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends through an SMTP server ({@code spring.mail.host}, port, credentials). Multipart text and HTML.
 *
 * <p>One connection carries the messages the worker sends one after another: a handshake (with TLS and
 * authentication, several round trips) per message would cap a remote relay at a few per second. The connection
 * is given up when the worker finds nothing more due ({@link #release()}), after {@code maxPerConnection}
 * messages (servers limit them), and after any failure, so the next message starts on a fresh one. A connection
 * that sat idle for a while is checked with {@code NOOP} before use, in case the server dropped it.
 */
final class SmtpEmailSender implements EmailSender {

    private static final Logger log = LoggerFactory.getLogger(SmtpEmailSender.class);

    /** Idle longer than this, a kept connection is checked before it is used. */
    static final Duration CHECK_AFTER = Duration.ofSeconds(5);

    private final JavaMailSenderImpl mail;
    private final String from;
    private final int maxPerConnection;
    private final Clock clock;

    private Transport transport;
    private int sentOnConnection;
    private Instant lastUsed = Instant.MIN;

    SmtpEmailSender(JavaMailSenderImpl mail, String from, int maxPerConnection, Clock clock) {
        if (maxPerConnection < 1) {
            throw new IllegalArgumentException("qh.notification.delivery.smtp.max-messages-per-connection must be "
                    + "at least 1, not " + maxPerConnection);
        }
        this.mail = mail;
        this.from = from;
        this.maxPerConnection = maxPerConnection;
        this.clock = clock;
    }

    @Override
    public synchronized void send(OutgoingEmail email) throws Exception {
        MimeMessage message = compose(email);
        Transport connection = connection();
        try {
            connection.sendMessage(message, message.getAllRecipients());
        }
        catch (MessagingException | RuntimeException e) {
            closeConnection();
            throw e;
        }
        lastUsed = clock.instant();
        if (++sentOnConnection >= maxPerConnection) {
            closeConnection();
        }
    }

    @Override
    public synchronized void release() {
        closeConnection();
    }

    private MimeMessage compose(OutgoingEmail email) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, email.html() != null, "UTF-8");
        helper.setFrom(from);
        helper.setTo(email.to());
        helper.setSubject(email.subject());
        if (email.html() != null) {
            helper.setText(email.text(), email.html());
        }
        else {
            helper.setText(email.text());
        }
        for (var header : email.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        // What JavaMailSender.send does before it hands a message over; saveChanges would replace a set Message-ID.
        message.setSentDate(Date.from(clock.instant()));
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId);
        }
        return message;
    }

    private Transport connection() throws MessagingException {
        if (transport != null && lastUsed.plus(CHECK_AFTER).isBefore(clock.instant()) && !transport.isConnected()) {
            closeConnection();
        }
        if (transport == null) {
            Transport opened = mail.getSession().getTransport(mail.getProtocol() == null ? "smtp" : mail.getProtocol());
            opened.connect(mail.getHost(), mail.getPort(), blankToNull(mail.getUsername()),
                    blankToNull(mail.getPassword()));
            transport = opened;
            sentOnConnection = 0;
        }
        return transport;
    }

    private void closeConnection() {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        }
        catch (MessagingException e) {
            log.debug("Closing the SMTP connection failed; it is dropped anyway", e);
        }
        transport = null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
