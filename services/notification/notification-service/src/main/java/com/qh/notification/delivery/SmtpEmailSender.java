package com.qh.notification.delivery;

import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through an SMTP server ({@code spring.mail.host}, port, credentials). Multipart text and HTML. */
final class SmtpEmailSender implements EmailSender {

    private final JavaMailSender mail;
    private final String from;

    SmtpEmailSender(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = from;
    }

    @Override
    public void send(OutgoingEmail email) throws Exception {
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
        mail.send(message);
    }
}
