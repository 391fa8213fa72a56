package com.qh.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The auth benchmark of issue 2: sign-in throughput and {@code /me} latency through the gateway at 200 concurrent
 * clients, and the gateway's overhead against calling auth directly. Runs against a platform already started
 * with rate limits raised for the run (see bench/README.md); sends traffic to loopback only.
 *
 * <pre>java -cp bench/target/classes com.qh.bench.AuthBench [gatewayUrl] [authUrl] [clients] [seconds]</pre>
 */
public final class AuthBench {

    private final BenchClient http = new BenchClient();

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        String auth = args.length > 1 ? args[1] : "http://127.0.0.1:8081";
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Duration duration = Duration.ofSeconds(args.length > 3 ? Integer.parseInt(args[3]) : 20);
        BenchClient.requireLoopback(gateway);
        BenchClient.requireLoopback(auth);
        new AuthBench().run(gateway, auth, clients, duration);
    }

    private void run(String gateway, String auth, int clients, Duration duration) throws Exception {
        int accounts = Math.min(clients, 50);
        List<String> emails = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < accounts; i++) {
            String email = "bench-" + run + "-" + i + "@example.org";
            http.register(gateway, email, "Bench " + i);
            emails.add(email);
        }
        List<String> tokens = new ArrayList<>();
        for (String email : emails) {
            tokens.add(http.login(gateway, email));
        }
        Duration warmup = Duration.ofSeconds(3);
        System.out.println(LoadRun.Result.header());
        LoadRun.Result signIn = LoadRun.run("sign-in via gateway", clients, warmup, duration,
                client -> http.send("POST", gateway + "/api/v1/auth/login",
                        BenchClient.credentials(emails.get(client % emails.size())), null, null).statusCode());
        System.out.println(signIn.row());
        LoadRun.Result viaGateway = LoadRun.run("GET /me via gateway", clients, warmup, duration,
                client -> http.get(gateway + "/api/v1/auth/me", tokens.get(client % tokens.size())));
        System.out.println(viaGateway.row());
        LoadRun.Result direct = LoadRun.run("GET /me direct to auth", clients, warmup, duration,
                client -> http.get(auth + "/api/v1/auth/me", tokens.get(client % tokens.size())));
        System.out.println(direct.row());
        System.out.printf("%ngateway overhead on /me: p50 %+.1f ms, p99 %+.1f ms, throughput %.0f%% of direct%n",
                viaGateway.percentileMillis(50) - direct.percentileMillis(50),
                viaGateway.percentileMillis(99) - direct.percentileMillis(99),
                100 * viaGateway.throughput() / direct.throughput());
    }
}
