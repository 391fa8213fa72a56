package com.qh.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The SMTP sender against a real SMTP server (GreenMail), reached through a loopback relay that counts the
 * connections opened and can cut them, as a server dropping an idle client would.
 */
class SmtpEmailSenderTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private CountingRelay relay;

    @BeforeEach
    void startRelay() throws IOException {
        relay = new CountingRelay(smtp.getSmtp().getPort());
    }

    @AfterEach
    void stopRelay() throws IOException {
        relay.close();
    }

    @Test
    void carriesTheMessagesOfOneRunOverOneConnection() throws Exception {
        SmtpEmailSender sender = sender(100);

        for (int i = 0; i < 5; i++) {
            sender.send(mail(i));
        }
        sender.release();

        assertThat(recipients()).containsExactly("user0@qh.test", "user1@qh.test", "user2@qh.test",
                "user3@qh.test", "user4@qh.test");
        assertThat(relay.connections()).isEqualTo(1);
    }

    @Test
    void opensANewConnectionAfterTheLimitAndAfterARelease() throws Exception {
        SmtpEmailSender sender = sender(2);

        for (int i = 0; i < 5; i++) {
            sender.send(mail(i));
        }
        sender.release();
        sender.send(mail(5));
        sender.release();

        assertThat(recipients()).hasSize(6);
        assertThat(relay.connections()).isEqualTo(4); // 2 + 2 + 1, then 1 after the release
    }

    @Test
    void checksAConnectionThatSatIdleAndReplacesItWhenTheServerDroppedIt() throws Exception {
        SmtpEmailSender sender = sender(100);
        sender.send(mail(0));

        relay.cutAll();
        clock.advance(SmtpEmailSender.CHECK_AFTER.plusSeconds(1));
        sender.send(mail(1));

        assertThat(recipients()).containsExactly("user0@qh.test", "user1@qh.test");
        assertThat(relay.connections()).isEqualTo(2);
    }

    @Test
    void aFailedSendGivesUpItsConnectionSoTheRetryStartsAfresh() throws Exception {
        SmtpEmailSender sender = sender(100);
        sender.send(mail(0));

        relay.cutAll(); // dropped between two messages of one run: not idle long enough to be checked first
        assertThatThrownBy(() -> sender.send(mail(1))).isInstanceOf(MessagingException.class);
        sender.send(mail(1));

        assertThat(recipients()).containsExactly("user0@qh.test", "user1@qh.test");
        assertThat(relay.connections()).isEqualTo(2);
    }

    @Test
    void keepsAMessageIdTheEventGaveAndSendsBothParts() throws Exception {
        SmtpEmailSender sender = sender(100);

        sender.send(new OutgoingEmail("someone@qh.test", "Subject", "plain", "<p>html</p>",
                Map.of("Message-ID", "<fixed-id@qh.test>")));
        sender.release();

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo("<fixed-id@qh.test>");
        assertThat(received.getContentType()).startsWith("multipart/");
        assertThat(received.getSentDate()).isEqualTo(java.util.Date.from(clock.instant()));
    }

    private SmtpEmailSender sender(int maxPerConnection) {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost("127.0.0.1");
        mail.setPort(relay.port());
        mail.getJavaMailProperties().put("mail.smtp.timeout", "5000");
        return new SmtpEmailSender(mail, "QH <no-reply@qh.test>", maxPerConnection, clock);
    }

    private static OutgoingEmail mail(int i) {
        return new OutgoingEmail("user" + i + "@qh.test", "Message " + i, "Text " + i, null, Map.of());
    }

    private static List<String> recipients() throws MessagingException {
        List<String> to = new java.util.ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            to.add(message.getAllRecipients()[0].toString());
        }
        return to;
    }

    /** Forwards loopback connections to the SMTP server, counting them; {@link #cutAll()} closes the open ones. */
    static final class CountingRelay implements AutoCloseable {

        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final AtomicInteger connections = new AtomicInteger();
        private final List<Socket> open = new CopyOnWriteArrayList<>();

        CountingRelay(int targetPort) throws IOException {
            Thread.ofVirtual().start(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                        connections.incrementAndGet();
                        open.add(client);
                        open.add(target);
                        Thread.ofVirtual().start(() -> pipe(client, target));
                        Thread.ofVirtual().start(() -> pipe(target, client));
                    }
                    catch (IOException closed) {
                        return;
                    }
                }
            });
        }

        int port() {
            return server.getLocalPort();
        }

        int connections() {
            return connections.get();
        }

        void cutAll() {
            open.forEach(CountingRelay::closeQuietly);
            open.clear();
        }

        @Override
        public void close() throws IOException {
            server.close();
            cutAll();
        }

        private static void pipe(Socket from, Socket to) {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            }
            catch (IOException cut) {
                // one side went away; the other is closed below
            }
            finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }

        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            }
            catch (IOException ignored) {
                // already closed
            }
        }
    }

    /** A clock the test moves by hand. */
    static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
