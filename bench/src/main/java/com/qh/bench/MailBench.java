package com.qh.bench;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The mail benchmark of issue 6: e-mails at a steady rate (1,000 a minute by default) from events to an SMTP
 * server, with the notification service restarted in the middle, and not one mail lost.
 *
 * <p>The harness runs GreenMail on 127.0.0.1:3025 in its own JVM, starts the notification service as a child JVM
 * ({@link NotificationUnderTest}: the machine's PostgreSQL and RabbitMQ, {@code email-provider=smtp} to GreenMail)
 * and waits until it is ready. Then it publishes one {@code user.email-verification-requested.v1} per mail, each to
 * its own address, at the given rate onto the service's exchange, as auth's outbox relay would. Once GreenMail
 * holds half the mails it kills the service with SIGKILL ({@code kill}, the default), or stops it with SIGTERM
 * ({@code term}), and starts it again at once, while publishing goes on: events wait in the service's durable
 * queue, mails in its delivery table. At the end it counts what GreenMail received: distinct recipients against
 * the mails expected ({@code lost} must be 0), and duplicates (the same address twice) separately, which a crash
 * in the middle of a send may cause.
 *
 * <p>GreenMail answers {@code EHLO} in several small writes, and on a socket with Nagle's algorithm on the second
 * one waits for the client's delayed ACK: 40 ms per connection, and the service opens one per mail, which would cap
 * it at about 20 mails a second for a reason no real mail server shares (they answer in one write). So the
 * harness's SMTP server sets {@code TCP_NODELAY} on the connections it accepts; {@code -Dqh.bench.smtp-nodelay=false}
 * runs stock GreenMail instead.
 *
 * <p>On loopback a connection costs next to nothing. {@code -Dqh.bench.smtp-latency-ms=10} puts a
 * {@link LatencyRelay} between the service and GreenMail that holds every chunk 10 ms each way, as a relay a network
 * away would; {@code -Dqh.bench.smtp-max-per-connection=1} makes the service open a connection per mail (as it did
 * before it kept them), the default 100 is the service's own.
 *
 * <pre>java -cp bench/target/classes:$(cat bench/target/qh-classpath.txt) com.qh.bench.MailBench \
 *     &lt;notification classpath file&gt; &lt;jdbc url&gt; [mails] [per minute, 0: full speed] [kill|term|none]</pre>
 *
 * {@code bench/notification-bench.sh mail} prepares the classpath and the database and runs it.
 */
public final class MailBench {

    static final int SMTP_PORT = 3025;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration QUIET_PERIOD = Duration.ofSeconds(5);

    /** How the service is taken down in the middle of the run. */
    enum Restart {
        KILL, TERM, NONE
    }

    /**
     * What GreenMail holds for a run, by recipient.
     *
     * @param arrivals when each mail of the run arrived, in order
     * @param duplicated when each address that got more than one mail got its first
     */
    record Tally(int expected, int received, int distinct, int duplicates, int strangers, List<Instant> arrivals,
            List<Instant> duplicated) {

        int lost() {
            return expected - distinct;
        }

        /**
         * Counts the mails to {@code prefix<i>@example.org}, i &lt; expected; anything else is a stranger.
         * {@code arrivals} are the arrival times of {@code recipients}, index by index.
         */
        static Tally of(int expected, String prefix, List<String> recipients, List<Instant> arrivals) {
            Map<String, List<Instant>> perRecipient = new HashMap<>();
            int strangers = 0;
            for (int i = 0; i < recipients.size(); i++) {
                if (isExpected(recipients.get(i), prefix, expected)) {
                    perRecipient.computeIfAbsent(recipients.get(i), to -> new ArrayList<>()).add(arrivals.get(i));
                }
                else {
                    strangers++;
                }
            }
            int received = perRecipient.values().stream().mapToInt(List::size).sum();
            List<Instant> duplicated = perRecipient.values().stream().filter(mails -> mails.size() > 1)
                    .map(mails -> mails.stream().min(Instant::compareTo).orElseThrow()).sorted().toList();
            return new Tally(expected, received, perRecipient.size(), received - perRecipient.size(), strangers,
                    perRecipient.values().stream().flatMap(List::stream).sorted().toList(), duplicated);
        }

        private static boolean isExpected(String recipient, String prefix, int expected) {
            if (!recipient.startsWith(prefix) || !recipient.endsWith("@example.org")) {
                return false;
            }
            try {
                int index = Integer.parseInt(recipient.substring(prefix.length(), recipient.indexOf('@')));
                return index >= 0 && index < expected;
            }
            catch (NumberFormatException e) {
                return false;
            }
        }
    }

    private final Managers mailboxes;
    private final String prefix = "mail-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    private MailBench(Managers mailboxes) {
        this.mailboxes = mailboxes;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("Usage: MailBench <notification classpath file> <jdbc url> [mails] [per minute] "
                    + "[kill|term|none]");
            System.exit(2);
        }
        Path classpath = Path.of(args[0]);
        String jdbcUrl = args[1];
        int mails = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int perMinute = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        Restart restart = args.length > 4 ? Restart.valueOf(args[4].toUpperCase(Locale.ROOT)) : Restart.KILL;

        boolean noDelay = Boolean.parseBoolean(System.getProperty("qh.bench.smtp-nodelay", "true"));
        Duration latency = Duration.ofMillis(Long.getLong("qh.bench.smtp-latency-ms", 0));
        String perConnection = System.getProperty("qh.bench.smtp-max-per-connection", "100");
        // A connection dropped by a killed service ends GreenMail's handler with an exception; one line will do.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> System.out.println(thread.getName() + ": "
                + failure));
        Managers mailboxes = new Managers();
        SmtpServer smtp = smtpServer(mailboxes, noDelay);
        LatencyRelay relay = latency.isZero() ? null : new LatencyRelay(SMTP_PORT + 1, SMTP_PORT, latency);
        if (relay != null) {
            System.out.printf("the service reaches it through a relay on 127.0.0.1:%d adding %d ms each way%n",
                    SMTP_PORT + 1, latency.toMillis());
        }
        System.out.printf("mails per SMTP connection: at most %s%n", perConnection);
        try (EventPublisher events = new EventPublisher(NotificationUnderTest.AMQP, NotificationUnderTest.EXCHANGE);
                ServiceProcess service = NotificationUnderTest.process(classpath, jdbcUrl, Map.of(
                        "QH_NOTIFICATION_DELIVERY_EMAIL_PROVIDER", "smtp",
                        "QH_NOTIFICATION_DELIVERY_SMTP_MAX_MESSAGES_PER_CONNECTION", perConnection,
                        "SPRING_MAIL_HOST", "127.0.0.1",
                        "SPRING_MAIL_PORT", Integer.toString(relay == null ? SMTP_PORT : SMTP_PORT + 1)))) {
            events.deleteQueues(NotificationUnderTest.queues());
            new MailBench(mailboxes).run(events, service, mails, perMinute, restart);
            service.stop();
            events.deleteQueues(NotificationUnderTest.queues());
            events.deleteExchange();
        }
        finally {
            if (relay != null) {
                relay.close();
            }
            smtp.stopService();
        }
    }

    /** GreenMail's SMTP server on loopback, storing into {@code mailboxes}; see the class comment on TCP_NODELAY. */
    private static SmtpServer smtpServer(Managers mailboxes, boolean noDelay) throws InterruptedException {
        SmtpServer smtp = new SmtpServer(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                mailboxes) {
            @Override
            protected void handleClientSocket(Socket client) throws SocketException {
                client.setTcpNoDelay(noDelay);
                super.handleClientSocket(client);
            }
        };
        smtp.startService();
        if (!smtp.waitTillRunning(10_000)) {
            throw new IllegalStateException("The SMTP server did not start on 127.0.0.1:" + SMTP_PORT);
        }
        System.out.printf("SMTP server (GreenMail) on 127.0.0.1:%d, TCP_NODELAY %s%n", SMTP_PORT,
                noDelay ? "on" : "off (stock)");
        return smtp;
    }

    private void run(EventPublisher events, ServiceProcess service, int mails, int perMinute, Restart how) {
        Instant starting = service.start();
        Instant ready = service.awaitReady(READY_TIMEOUT);
        System.out.printf("notification (pid %d) ready in %.1f s; %d mails at %s, restart: %s%n", service.pid(),
                seconds(starting, ready), mails, perMinute == 0 ? "full speed" : perMinute + "/min",
                how.name().toLowerCase(Locale.ROOT));

        long interval = perMinute == 0 ? 0 : Duration.ofMinutes(1).toNanos() / perMinute;
        // Half-way through delivery, not publishing: at full speed every event is out long before a mail arrives.
        CompletableFuture<Outage> outage = how == Restart.NONE ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> {
                    await(DELIVERY_TIMEOUT, () -> stored().size() >= mails / 2);
                    return restart(service, how);
                }, Thread.ofVirtual().name("restart")::start);
        Instant firstPublish = Instant.now();
        long start = System.nanoTime();
        for (int i = 0; i < mails; i++) {
            LockSupport.parkNanos(start + i * interval - System.nanoTime());
            events.publish(EventPublisher.Event.emailVerificationRequested(UUID.randomUUID(),
                    prefix + i + "@example.org", "Bench " + i));
        }
        Instant lastPublish = Instant.now();
        events.awaitConfirms(Duration.ofSeconds(30));
        System.out.printf("published %d events in %.1f s (%.0f/min), all confirmed, %d unroutable%n", mails,
                seconds(firstPublish, lastPublish), mails * 60 / seconds(firstPublish, lastPublish),
                events.returned());

        Outage down = outage.join();
        // Counting is cheap, reading every recipient is not: tally only once there are enough mails.
        boolean complete = await(DELIVERY_TIMEOUT,
                () -> stored().size() >= mails && tally(mails).distinct() == mails);
        awaitQuiet();
        Tally tally = tally(mails);
        report(tally, firstPublish, lastPublish, down, perMinute, how, complete);
    }

    /** When the service was signalled, when the old JVM was gone, when the new one started and was ready. */
    record Outage(Instant down, Instant exited, Instant restarted, Instant ready) {
    }

    private static Outage restart(ServiceProcess service, Restart how) {
        long pid = service.pid();
        ServiceProcess.Stop stop = how == Restart.KILL ? service.kill() : service.stop();
        Instant restarted = service.start();
        Instant ready = service.awaitReady(READY_TIMEOUT);
        System.out.printf("%s pid %d (gone after %.1f s), new pid %d ready %.1f s after the signal%n",
                how == Restart.KILL ? "killed (SIGKILL)" : "stopped (SIGTERM)", pid,
                seconds(stop.signalled(), stop.exited()), service.pid(), seconds(stop.signalled(), ready));
        return new Outage(stop.signalled(), stop.exited(), restarted, ready);
    }

    private Tally tally(int expected) {
        List<StoredMessage> stored = stored();
        List<String> recipients = new ArrayList<>(stored.size());
        List<Instant> arrivals = new ArrayList<>(stored.size());
        for (StoredMessage message : stored) {
            recipients.add(recipient(message));
            arrivals.add(message.getReceivedDate().toInstant());
        }
        return Tally.of(expected, prefix, recipients, arrivals);
    }

    private List<StoredMessage> stored() {
        return mailboxes.getImapHostManager().getAllMessages();
    }

    private static String recipient(StoredMessage message) {
        try {
            Address[] to = message.getMimeMessage().getRecipients(jakarta.mail.Message.RecipientType.TO);
            return to == null || to.length == 0 ? "" : to[0].toString();
        }
        catch (MessagingException e) {
            return "";
        }
    }

    /** Waits until no mail has arrived for a while, so a duplicate sent late is counted too. */
    private void awaitQuiet() {
        int[] last = { -1 };
        long[] since = { System.nanoTime() };
        await(DELIVERY_TIMEOUT, () -> {
            int now = stored().size();
            if (now != last[0]) {
                last[0] = now;
                since[0] = System.nanoTime();
            }
            return System.nanoTime() - since[0] >= QUIET_PERIOD.toNanos();
        });
    }

    private static boolean await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
        }
        return condition.getAsBoolean();
    }

    private static void report(Tally tally, Instant firstPublish, Instant lastPublish, Outage outage, int perMinute,
            Restart restart, boolean complete) {
        List<Instant> arrivals = tally.arrivals();
        Instant lastMail = arrivals.isEmpty() ? firstPublish : arrivals.getLast();
        double endToEnd = seconds(firstPublish, lastMail);
        System.out.println();
        System.out.println("| mails | offered | restart | published in | service down (stop → ready) "
                + "| first publish → last mail | last publish → last mail | end-to-end rate | received | distinct "
                + "| lost | duplicates |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        System.out.printf("| %d | %s | %s | %.1f s | %s | %.1f s | %.1f s | %.0f/min | %d | %d | %d | %d |%n",
                tally.expected(), perMinute == 0 ? "full speed" : perMinute + "/min",
                restart.name().toLowerCase(Locale.ROOT), seconds(firstPublish, lastPublish), outage == null ? "—"
                        : "%.1f s".formatted(seconds(outage.down(), outage.ready())),
                endToEnd, seconds(lastPublish, lastMail), tally.distinct() * 60 / endToEnd, tally.received(),
                tally.distinct(), tally.lost(), tally.duplicates());
        System.out.println();
        if (!complete) {
            System.out.printf("NOT COMPLETE: %d of %d addresses had mail after %s%n", tally.distinct(),
                    tally.expected(), DELIVERY_TIMEOUT);
        }
        if (tally.strangers() > 0) {
            System.out.printf("%d mails to addresses this run did not publish%n", tally.strangers());
        }
        if (outage != null) {
            long whileStopping = arrivals.stream()
                    .filter(at -> !at.isBefore(outage.down()) && at.isBefore(outage.exited())).count();
            List<Instant> fromNewJvm = arrivals.stream().filter(at -> !at.isBefore(outage.restarted())).toList();
            System.out.printf("signalled at +%.1f s, old JVM gone +%.1f s (%d mails sent while stopping), new JVM "
                    + "started +%.1f s, ready +%.1f s%n", seconds(firstPublish, outage.down()),
                    seconds(firstPublish, outage.exited()), whileStopping, seconds(firstPublish, outage.restarted()),
                    seconds(firstPublish, outage.ready()));
            if (fromNewJvm.isEmpty()) {
                System.out.println("the new JVM had nothing left to send: the old one drained the queue while "
                        + "stopping");
            }
            else {
                System.out.printf("the new JVM: first mail +%.1f s (no mail for %.1f s), then %d mails in %.1f s "
                        + "(%.0f/min) while catching up%n", seconds(firstPublish, fromNewJvm.getFirst()),
                        seconds(outage.exited(), fromNewJvm.getFirst()), fromNewJvm.size(),
                        seconds(fromNewJvm.getFirst(), lastMail),
                        fromNewJvm.size() * 60 / Math.max(0.001, seconds(fromNewJvm.getFirst(), lastMail)));
            }
        }
        if (!tally.duplicated().isEmpty() && outage != null) {
            System.out.printf("the %d addresses mailed twice first got their mail between %+.2f s and %+.2f s of "
                    + "the signal%n", tally.duplicated().size(), seconds(outage.down(), tally.duplicated().getFirst()),
                    seconds(outage.down(), tally.duplicated().getLast()));
        }
        System.out.println("mails received per 5 s from the first publish: " + histogram(arrivals, firstPublish));
    }

    /** Arrivals counted in 5-second buckets, to show the gap of the restart and the catching up after it. */
    static String histogram(List<Instant> arrivals, Instant from) {
        if (arrivals.isEmpty()) {
            return "none";
        }
        int[] buckets = new int[(int) (Duration.between(from, arrivals.getLast()).toSeconds() / 5) + 1];
        for (Instant at : arrivals) {
            buckets[(int) Math.max(0, Duration.between(from, at).toSeconds() / 5)]++;
        }
        StringBuilder line = new StringBuilder();
        for (int count : buckets) {
            line.append(count).append(' ');
        }
        return line.toString().strip();
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
