package com.qh.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The auth benchmark of issue 2: sign-in throughput and {@code /me} latency through the gateway at 200 concurrent
 * clients, and the gateway's overhead against calling auth directly. Runs against a platform already started
 * with rate limits raised for the run (see bench/README.md); sends traffic to loopback only.
 *
 * <pre>java -cp bench/target/classes com.qh.bench.AuthBench [gatewayUrl] [authUrl] [clients] [seconds]</pre>
 */
public final class AuthBench {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final String PASSWORD = "Bench-passphrase-7c1e";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        String auth = args.length > 1 ? args[1] : "http://127.0.0.1:8081";
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Duration duration = Duration.ofSeconds(args.length > 3 ? Integer.parseInt(args[3]) : 20);
        requireLoopback(gateway);
        requireLoopback(auth);
        new AuthBench().run(gateway, auth, clients, duration);
    }

    private void run(String gateway, String auth, int clients, Duration duration) throws Exception {
        int accounts = Math.min(clients, 50);
        List<String> emails = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < accounts; i++) {
            String email = "bench-" + run + "-" + i + "@example.org";
            int status = post(gateway + "/api/v1/auth/register", """
                    {"email":"%s","password":"%s","displayName":"Bench %d","locale":"en"}""".formatted(email, PASSWORD, i),
                    null).statusCode();
            if (status != 201) {
                throw new IllegalStateException("Registering " + email + " answered " + status);
            }
            emails.add(email);
        }
        List<String> tokens = new ArrayList<>();
        for (String email : emails) {
            tokens.add(login(gateway, email));
        }
        Duration warmup = Duration.ofSeconds(3);
        System.out.println(LoadRun.Result.header());
        LoadRun.Result signIn = LoadRun.run("sign-in via gateway", clients, warmup, duration,
                client -> post(gateway + "/api/v1/auth/login", credentials(emails.get(client % emails.size())), null)
                        .statusCode());
        System.out.println(signIn.row());
        LoadRun.Result viaGateway = LoadRun.run("GET /me via gateway", clients, warmup, duration,
                client -> get(gateway + "/api/v1/auth/me", tokens.get(client % tokens.size())));
        System.out.println(viaGateway.row());
        LoadRun.Result direct = LoadRun.run("GET /me direct to auth", clients, warmup, duration,
                client -> get(auth + "/api/v1/auth/me", tokens.get(client % tokens.size())));
        System.out.println(direct.row());
        System.out.printf("%ngateway overhead on /me: p50 %+.1f ms, p99 %+.1f ms, throughput %.0f%% of direct%n",
                viaGateway.percentileMillis(50) - direct.percentileMillis(50),
                viaGateway.percentileMillis(99) - direct.percentileMillis(99),
                100 * viaGateway.throughput() / direct.throughput());
    }

    private String login(String gateway, String email) throws Exception {
        HttpResponse<String> response = post(gateway + "/api/v1/auth/login", credentials(email), null);
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Signing in " + email + " answered " + response.statusCode());
        }
        return token.group(1);
    }

    private static String credentials(String email) {
        return "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD);
    }

    private HttpResponse<String> post(String url, String json, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private int get(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void requireLoopback(String url) {
        String host = URI.create(url).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("Benchmarks send traffic to loopback only, not to " + host);
        }
    }
}
