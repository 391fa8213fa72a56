package com.qh.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fan-out benchmark of issue 6: 1,000 WebSocket clients connected at once to
 * {@code /api/v1/notifications/ws}, each as a user of its own, and how long an in-app message takes to reach each.
 *
 * <p>The harness starts the notification service ({@link NotificationUnderTest}, mail captured in its database)
 * and, for the product path, the gateway in front of it, both as child JVMs on loopback trusting the harness's
 * token key ({@link BenchTokens}). Per path (straight to the service on 8085, through the gateway's relay on 8080)
 * it connects the clients (JDK WebSocket, at most 50 handshakes in flight), then publishes one event per user
 * onto the service's exchange in two phases: {@code user.password-reset-requested.v1} at a steady rate (a security
 * notice in the inbox), then {@code user.registered.v1} for all users at once (the welcome message). A client's
 * latency is from the moment the harness published its user's event (just before {@code basicPublish}) to the
 * moment the frame with that event type arrived on its socket: broker → the service's consumer (template, delivery
 * row, inbox row, commit) → the fan-out exchange {@code qh.notifications.live} → the instance's live queue → the
 * socket (→ the gateway's relay → the client's socket). Clock: {@link System#nanoTime()} of the one harness JVM.
 * Before measuring, the same is done unmeasured with 200 clients on each path, so that the first path measured
 * does not pay for the JIT warming up.
 *
 * <pre>java -cp bench/target/classes:$(cat bench/target/qh-classpath.txt) com.qh.bench.FanOutBench \
 *     &lt;notification classpath file&gt; &lt;gateway classpath file&gt; &lt;jdbc url&gt; [clients] [paced per second]
 *     [direct,gateway]</pre>
 *
 * {@code bench/notification-bench.sh fanout} prepares the classpaths and the database and runs it.
 */
public final class FanOutBench {

    static final int GATEWAY_PORT = 8080;
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(60);
    private static final int HANDSHAKES_IN_FLIGHT = 50;
    private static final int WARM_UP_CLIENTS = 200;
    private static final Pattern EVENT_TYPE = Pattern.compile("\"eventType\"\\s*:\\s*\"([^\"]+)\"");

    private final BenchTokens tokens;
    private final EventPublisher events;
    private final int clients;
    private final int pacedPerSecond;

    private FanOutBench(BenchTokens tokens, EventPublisher events, int clients, int pacedPerSecond) {
        this.tokens = tokens;
        this.events = events;
        this.clients = clients;
        this.pacedPerSecond = pacedPerSecond;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("Usage: FanOutBench <notification classpath file> <gateway classpath file> <jdbc url> "
                    + "[clients] [paced per second] [direct,gateway]");
            System.exit(2);
        }
        Path notificationClasspath = Path.of(args[0]);
        Path gatewayClasspath = Path.of(args[1]);
        String jdbcUrl = args[2];
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 1000;
        int pacedPerSecond = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        List<String> paths = List.of((args.length > 5 ? args[5] : "direct,gateway").split(","));

        try (BenchTokens tokens = new BenchTokens();
                EventPublisher events = new EventPublisher(NotificationUnderTest.AMQP, NotificationUnderTest.EXCHANGE);
                ServiceProcess notification = NotificationUnderTest.process(notificationClasspath, jdbcUrl, Map.of(
                        "QH_SECURITY_JWKS_URI", tokens.jwksUri(),
                        "QH_NOTIFICATION_DELIVERY_EMAIL_PROVIDER", "capture"));
                ServiceProcess gateway = new ServiceProcess("gateway", gatewayClasspath,
                        "com.qh.gateway.GatewayApplication", GATEWAY_PORT, "/actuator/health/liveness", Map.of(
                                "QH_SECURITY_JWKS_URI", tokens.jwksUri(),
                                "QH_SERVICES_NOTIFICATION_URL", "http://127.0.0.1:" + NotificationUnderTest.PORT,
                                "QH_GATEWAY_RATE_LIMITS_PER_IP", "1000000/1m",
                                "QH_GATEWAY_RATE_LIMITS_PER_USER", "1000000/1m",
                                "QH_DATA_DIR", gatewayClasspath.toAbsolutePath().getParent().resolve("data").toString(),
                                "QH_LOG_FORMAT", "text"), gatewayClasspath.toAbsolutePath().getParent())) {
            events.deleteQueues(NotificationUnderTest.queues());
            notification.start();
            if (paths.contains("gateway")) {
                gateway.start();
                gateway.awaitReady(READY_TIMEOUT);
            }
            notification.awaitReady(READY_TIMEOUT);
            // The first path measured would otherwise pay for the JIT compiling everything on the way.
            FanOutBench warmUp = new FanOutBench(tokens, events, Math.min(clients, WARM_UP_CLIENTS), pacedPerSecond);
            for (String path : paths) {
                warmUp.run(path, endpoint(path), false);
            }
            FanOutBench bench = new FanOutBench(tokens, events, clients, pacedPerSecond);
            System.out.println(LoadRun.Result.header());
            for (String path : paths) {
                bench.run(path, endpoint(path), true);
            }
            gateway.close();
            notification.close();
            events.deleteQueues(NotificationUnderTest.queues());
            events.deleteExchange();
        }
    }

    private static URI endpoint(String path) {
        int port = switch (path) {
            case "direct" -> NotificationUnderTest.PORT;
            case "gateway" -> GATEWAY_PORT;
            default -> throw new IllegalArgumentException("Paths are direct and gateway, not " + path);
        };
        return URI.create("ws://127.0.0.1:" + port + "/api/v1/notifications/ws");
    }

    /** One phase: an event per user, published at a rate (0: all at once), and what reached the sockets. */
    private static final class Phase {

        final String name;
        final String eventType;
        final long[] triggers;
        final AtomicLongArray arrivals;
        final AtomicInteger duplicates = new AtomicInteger();

        Phase(String name, String eventType, int clients) {
            this.name = name;
            this.eventType = eventType;
            this.triggers = new long[clients];
            this.arrivals = new AtomicLongArray(clients);
        }

        void arrived(int client, long at) {
            if (!arrivals.compareAndSet(client, 0, at)) {
                duplicates.incrementAndGet();
            }
        }

        int received() {
            int received = 0;
            for (int i = 0; i < arrivals.length(); i++) {
                received += arrivals.get(i) != 0 ? 1 : 0;
            }
            return received;
        }
    }

    /** One connected user: keeps the arrival time of the first frame of each phase's event type. */
    private record Client(int index, UUID userId, List<Phase> phases) implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            // Frames are a few hundred bytes and arrive whole; a split one would only be read at its end.
            if (last) {
                Matcher type = EVENT_TYPE.matcher(data);
                if (type.find()) {
                    for (Phase phase : phases) {
                        if (phase.eventType.equals(type.group(1))) {
                            phase.arrived(index, now);
                        }
                    }
                }
            }
            socket.request(1);
            return null;
        }
    }

    /** Connects a client per user, runs both phases and closes the sockets; prints the figures when asked. */
    private void run(String path, URI endpoint, boolean print) throws Exception {
        List<Phase> phases = List.of(
                new Phase("paced " + pacedPerSecond + "/s", "user.password-reset-requested.v1", clients),
                new Phase("burst", "user.registered.v1", clients));
        List<Client> users = new ArrayList<>(clients);
        for (int i = 0; i < clients; i++) {
            users.add(new Client(i, UUID.randomUUID(), phases));
        }
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            // A few clients, so the sockets' I/O is spread over more than one selector thread.
            List<HttpClient> http = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                http.add(HttpClient.newBuilder().executor(threads).connectTimeout(Duration.ofSeconds(10)).build());
            }
            WebSocket[] sockets = new WebSocket[clients];
            long[] handshakes = connect(users, endpoint, http, sockets, threads);
            int connected = (int) Arrays.stream(sockets).filter(s -> s != null).count();
            LoadRun.Result connecting = new LoadRun.Result("connect " + path, clients,
                    Duration.ofNanos(handshakes[handshakes.length - 1]), connected, clients - connected,
                    Arrays.copyOf(handshakes, handshakes.length - 1));
            if (print) {
                System.out.println(connecting.row());
            }

            // The service registers a socket right after the 101 it answered; let the last ones land.
            LockSupport.parkNanos(Duration.ofSeconds(2).toNanos());
            for (Phase phase : phases) {
                trigger(phase, users, sockets, phase.name.startsWith("paced") ? pacedPerSecond : 0);
                if (print) {
                    report(path, phase, connected);
                }
            }
            close(sockets);
            http.forEach(HttpClient::close);
        }
    }

    /**
     * Opens a socket per user, at most {@link #HANDSHAKES_IN_FLIGHT} handshakes at a time. Returns the sorted
     * handshake times of those that connected, followed by the time the whole took.
     */
    private long[] connect(List<Client> users, URI endpoint, List<HttpClient> http, WebSocket[] sockets,
            ExecutorService threads) throws Exception {
        Semaphore inFlight = new Semaphore(HANDSHAKES_IN_FLIGHT);
        long[] took = new long[users.size()];
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        List<CompletableFuture<?>> handshakes = new ArrayList<>();
        for (Client user : users) {
            inFlight.acquire();
            String token = tokens.user(user.userId(), Duration.ofMinutes(30));
            long t0 = System.nanoTime();
            handshakes.add(http.get(user.index() % http.size()).newWebSocketBuilder()
                    .connectTimeout(CONNECT_TIMEOUT)
                    .buildAsync(URI.create(endpoint + "?access_token=" + token), user)
                    .whenComplete((socket, failure) -> {
                        inFlight.release();
                        if (failure == null) {
                            sockets[user.index()] = socket;
                            took[user.index()] = System.nanoTime() - t0;
                        }
                        else if (failures.incrementAndGet() <= 3) {
                            System.out.println("handshake failed: " + failure);
                        }
                    }));
        }
        CompletableFuture.allOf(handshakes.toArray(CompletableFuture[]::new)).exceptionally(failure -> null)
                .get(2, TimeUnit.MINUTES);
        long total = System.nanoTime() - start;
        long[] sorted = Arrays.stream(took).filter(n -> n > 0).sorted().toArray();
        long[] result = Arrays.copyOf(sorted, sorted.length + 1);
        result[sorted.length] = total;
        return result;
    }

    /** Closes every socket with a close frame, and drops those that do not finish closing in time. */
    private static void close(WebSocket[] sockets) {
        List<CompletableFuture<WebSocket>> closing = Arrays.stream(sockets).filter(s -> s != null)
                .map(socket -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "done")).toList();
        try {
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        }
        catch (Exception notAllClosed) {
            // Aborted below; the run is over either way.
        }
        Arrays.stream(sockets).filter(s -> s != null).forEach(WebSocket::abort);
    }

    private void trigger(Phase phase, List<Client> users, WebSocket[] sockets, int perSecond) {
        long interval = perSecond == 0 ? 0 : TimeUnit.SECONDS.toNanos(1) / perSecond;
        long start = System.nanoTime();
        for (Client user : users) {
            if (sockets[user.index()] == null) {
                continue;
            }
            LockSupport.parkNanos(start + user.index() * interval - System.nanoTime());
            String email = "fanout-" + user.userId() + "@example.org";
            EventPublisher.Event event = phase.eventType.equals("user.registered.v1")
                    ? EventPublisher.Event.userRegistered(user.userId(), email, "Bench " + user.index())
                    : EventPublisher.Event.passwordResetRequested(user.userId(), email, "Bench " + user.index());
            phase.triggers[user.index()] = System.nanoTime();
            events.publish(event);
        }
        events.awaitConfirms(Duration.ofSeconds(30));
        int expected = (int) Arrays.stream(sockets).filter(s -> s != null).count();
        long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
        while (phase.received() < expected && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }

    private void report(String path, Phase phase, int connected) {
        long firstTrigger = Long.MAX_VALUE;
        long lastArrival = Long.MIN_VALUE;
        long[] latencies = new long[phase.arrivals.length()];
        int n = 0;
        for (int i = 0; i < phase.arrivals.length(); i++) {
            if (phase.triggers[i] != 0) {
                firstTrigger = Math.min(firstTrigger, phase.triggers[i]);
            }
            long arrival = phase.arrivals.get(i);
            if (arrival != 0) {
                latencies[n++] = arrival - phase.triggers[i];
                lastArrival = Math.max(lastArrival, arrival);
            }
        }
        long[] sorted = Arrays.stream(latencies, 0, n).sorted().toArray();
        Duration window = Duration.ofNanos(n == 0 ? 0 : lastArrival - firstTrigger);
        LoadRun.Result result = new LoadRun.Result(phase.name + " " + path, connected, window, n, connected - n,
                sorted);
        System.out.println(result.row());
        System.out.printf(Locale.ROOT, "    %s: max %.1f ms, %d duplicate frames, first trigger → last frame %.1f s%n",
                phase.eventType, n == 0 ? Double.NaN : sorted[n - 1] / 1e6, phase.duplicates.get(),
                window.toNanos() / 1e9);
    }
}
