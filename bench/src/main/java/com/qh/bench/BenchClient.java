package com.qh.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The HTTP calls every benchmark makes: accounts, sign-in, JSON requests. Loopback targets only. */
final class BenchClient {

    static final String PASSWORD = "Bench-passphrase-7c1e";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;

    BenchClient() {
        this(HttpClient.Version.HTTP_2);
    }

    /**
     * A client that speaks {@code version}: HTTP/1.1 keeps a service that also serves gRPC (h2c) from being asked to
     * upgrade, which would put every client on one HTTP/2 connection with its stream limit.
     */
    BenchClient(HttpClient.Version version) {
        http = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Registers an account (its address need not be verified to sign in). */
    void register(String gateway, String email, String displayName) throws Exception {
        int status = send("POST", gateway + "/api/v1/auth/register", """
                {"email":"%s","password":"%s","displayName":"%s","locale":"en"}""".formatted(email, PASSWORD,
                displayName), null, null).statusCode();
        if (status != 201) {
            throw new IllegalStateException("Registering " + email + " answered " + status);
        }
    }

    /** Signs in and returns the access token. */
    String login(String gateway, String email) throws Exception {
        HttpResponse<String> response = send("POST", gateway + "/api/v1/auth/login", credentials(email), null,
                null);
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Signing in " + email + " answered " + response.statusCode());
        }
        return token.group(1);
    }

    static String credentials(String email) {
        return "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD);
    }

    /** A request with an optional JSON body, token and If-Match. */
    HttpResponse<String> send(String method, String url, String json, String token, String ifMatch)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET whose body is read and dropped; returns the status. */
    int get(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static void requireLoopback(String url) {
        String host = URI.create(url).getHost();
        if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("Benchmarks send traffic to loopback only, not to " + host);
        }
    }
}
