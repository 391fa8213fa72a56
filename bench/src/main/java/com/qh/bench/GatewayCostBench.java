package com.qh.bench;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gateway's cost (issue 22): small authenticated GETs ({@code /api/v1/auth/me}, an empty
 * {@code /api/v1/profile}) through the gateway and straight to the service, at the same concurrency, and the CPU
 * time the gateway's own JVM spends per proxied request (process isolation: pass the gateway's pid). Each client
 * keeps one token of 50 accounts, as a signed-in browser does. Loopback only.
 *
 * <pre>java -cp bench/target/classes com.qh.bench.GatewayCostBench gatewayUrl authUrl profileUrl clients seconds
 *     gatewayPid [scenarios: me,profile]</pre>
 */
public final class GatewayCostBench {

    private static final int ACCOUNTS = 50;

    // HTTP/1.1 to both, as the gateway speaks to the services: profile's Tomcat also serves gRPC over h2c.
    private final BenchClient http = new BenchClient(HttpClient.Version.HTTP_1_1);

    public static void main(String[] args) throws Exception {
        String gateway = args[0];
        String auth = args[1];
        String profile = args[2];
        int clients = Integer.parseInt(args[3]);
        Duration duration = Duration.ofSeconds(Integer.parseInt(args[4]));
        long gatewayPid = Long.parseLong(args[5]);
        List<String> scenarios = List.of((args.length > 6 ? args[6] : "me,profile").split(","));
        for (String url : List.of(gateway, auth, profile)) {
            BenchClient.requireLoopback(url);
        }
        new GatewayCostBench().run(gateway, auth, profile, clients, duration, new ProcessCpu(gatewayPid),
                scenarios);
    }

    private void run(String gateway, String auth, String profile, int clients, Duration duration, ProcessCpu cpu,
            List<String> scenarios) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            String email = "bench-gw-" + run + "-" + i + "@example.org";
            http.register(gateway, email, "Bench " + i);
            tokens.add(http.login(gateway, email));
        }
        // The gateway JVM has just started: let the JIT compile its request path before any CPU is counted.
        LoadRun.run("warm-up", clients, Duration.ofSeconds(30), Duration.ofSeconds(1),
                client -> http.get(gateway + (client % 2 == 0 ? "/api/v1/auth/me" : "/api/v1/profile"),
                        tokens.get(client % tokens.size())));
        Duration warmup = Duration.ofSeconds(5);
        List<String> rows = new ArrayList<>();
        List<String> summary = new ArrayList<>();
        for (String scenario : scenarios) {
            String path = switch (scenario) {
                case "me" -> "/api/v1/auth/me";
                case "profile" -> "/api/v1/profile";
                default -> throw new IllegalArgumentException("Unknown scenario " + scenario);
            };
            String service = scenario.equals("me") ? auth : profile;
            AtomicLong cpuAtStart = new AtomicLong();
            AtomicLong cpuAtEnd = new AtomicLong();
            LoadRun.Result via = LoadRun.run("GET " + path + " via gateway", clients, warmup, duration,
                    client -> http.get(gateway + path, tokens.get(client % tokens.size())),
                    () -> cpuAtStart.set(cpu.nanos()), () -> cpuAtEnd.set(cpu.nanos()));
            LoadRun.Result direct = LoadRun.run("GET " + path + " direct", clients, warmup, duration,
                    client -> http.get(service + path, tokens.get(client % tokens.size())));
            rows.add(via.row());
            rows.add(direct.row());
            double cpuMicros = (cpuAtEnd.get() - cpuAtStart.get()) / 1e3 / Math.max(1, via.requests() + via.errors());
            summary.add(String.format("%s: via gateway %.0f%% of direct throughput, p99 %.2fx direct,"
                    + " gateway CPU %.0f us per proxied request (%.2f cores busy)", path,
                    100 * via.throughput() / direct.throughput(),
                    via.percentileMillis(99) / direct.percentileMillis(99), cpuMicros,
                    (cpuAtEnd.get() - cpuAtStart.get()) / (double) via.duration().toNanos()));
        }
        System.out.println(LoadRun.Result.header());
        rows.forEach(System.out::println);
        System.out.println();
        summary.forEach(System.out::println);
    }
}
