package com.qh.launcher;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.DeliverCallback;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform in its default run, started once for every end-to-end test class of the test JVM and stopped
 * when the last one has run. A test class says {@code @ExtendWith(RunningPlatform.class)} and takes a
 * {@code RunningPlatform} parameter (in a {@code @BeforeAll} or a test method).
 *
 * <p>Before the platform starts, a WireMock server on loopback plays the outside web: the vacancy service reads
 * hh.ru's API from {@link #web()}{@code /hh} and may fetch pages from it (it is the one allowed host). The apps
 * share this JVM's system properties (class-loader isolation), which is how they learn its address, and how the
 * rate limits are raised for a test run that signs many users up from one address.
 */
public final class RunningPlatform implements ParameterResolver, ExtensionContext.Store.CloseableResource {

    /** A password every user made by {@link #signUp()} has; it passes auth's policy. */
    public static final String PASSWORD = "Correct-horse-battery-9";

    /** The administrator auth creates on start (its bootstrap admin), verified, with {@link #ADMIN_PASSWORD}. */
    public static final String ADMIN_EMAIL = "admin-e2e@example.org";

    /** The bootstrap admin's password. */
    public static final String ADMIN_PASSWORD = "Admin-correct-horse-battery-7";

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Path data;
    private final WireMockServer web;
    private final QhPlatform platform;
    private final Connection broker;
    private final Map<String, String> verificationTokens = new ConcurrentHashMap<>();

    /**
     * The extension itself, as JUnit makes one for every test class that names it: holds nothing and starts
     * nothing. (Starting here started one platform per test class besides the shared one, never stopped.)
     */
    private RunningPlatform() {
        data = null;
        web = null;
        platform = null;
        broker = null;
    }

    /** The one platform of the test JVM. */
    private RunningPlatform(Path data) throws IOException {
        this.data = data;
        web = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        web.start();
        System.setProperty("qh.vacancy.hh.base-url", web.baseUrl() + "/hh");
        System.setProperty("qh.vacancy.fetch.allowed-hosts", "127.0.0.1");
        // Every test signs users up and in from one address; the limits themselves are the gateway's and auth's tests'.
        System.setProperty("qh.gateway.rate-limits.per-ip", "100000/1m");
        System.setProperty("qh.gateway.rate-limits.per-user", "100000/1m");
        System.setProperty("qh.gateway.rate-limits.rules.credentials.limit", "100000/1m");
        System.setProperty("qh.gateway.rate-limits.rules.shared-documents.limit", "100000/1m");
        System.setProperty("qh.auth.login.attempts-per-ip", "100000");
        // The first admin, as an operator configures one (QH_AUTH_BOOTSTRAP_ADMIN_EMAIL / _PASSWORD): what reads the
        // captured mail and manages users in the tests.
        System.setProperty("qh.auth.bootstrap-admin.email", ADMIN_EMAIL);
        System.setProperty("qh.auth.bootstrap-admin.password", ADMIN_PASSWORD);
        platform = QhPlatform.start(data, 0);
        broker = listenForVerificationTokens();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == RunningPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The root store outlives every test class and closes what it holds when the whole run is over.
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(RunningPlatform.class, key -> {
                    try {
                        return new RunningPlatform(Files.createTempDirectory("qh-e2e"));
                    }
                    catch (IOException e) {
                        throw new IllegalStateException("Cannot prepare the platform's data directory", e);
                    }
                }, RunningPlatform.class);
    }

    /** The platform itself: app URLs, the broker's port, each app's database. */
    public QhPlatform platform() {
        return platform;
    }

    /** The outside web on loopback; stub hh.ru's API under {@code /hh} and job pages anywhere else. */
    public WireMockServer web() {
        return web;
    }

    /** The data directory of this run (databases, broker store, keys, files). */
    public Path dataDirectory() {
        return data;
    }

    /** The gateway's address for {@code path}. */
    public URI uri(String path) {
        return URI.create(platform.gatewayUrl() + path);
    }

    /** A new account with a verified address, signed in. */
    public User signUp() {
        String email = "user-" + UUID.randomUUID() + "@example.org";
        Answer registered = send(json("POST", "/api/v1/auth/register", """
                {"email":"%s","password":"%s","displayName":"E2E User","locale":"en"}""".formatted(email, PASSWORD),
                null));
        if (registered.status() != 201) {
            throw new IllegalStateException("Registration failed: " + registered);
        }
        String token = await().atMost(Duration.ofSeconds(30)).until(() -> verificationTokens.get(email),
                found -> found != null);
        Answer verified = send(json("POST", "/api/v1/auth/verify-email", "{\"token\":\"%s\"}".formatted(token),
                null));
        if (verified.status() != 204) {
            throw new IllegalStateException("Verification failed: " + verified);
        }
        return signIn(email, PASSWORD);
    }

    /** Signs an existing account in. */
    public User signIn(String email, String password) {
        Answer login = send(json("POST", "/api/v1/auth/login",
                "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password), null));
        if (login.status() != 200) {
            throw new IllegalStateException("Sign-in failed: " + login);
        }
        String access = login.json().get("accessToken").asString();
        Answer me = send(request("GET", "/api/v1/auth/me", access));
        return new User(UUID.fromString(me.json().get("id").asString()), email, access,
                login.json().get("refreshToken").asString());
    }

    /** Signs the bootstrap admin in (a new session each time, so a test may end it). */
    public User signInAsAdmin() {
        return signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    /** A request to the gateway, with the user's token when there is one. */
    public HttpRequest.Builder request(String method, String path, String accessToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        return request;
    }

    /** A request with a JSON body. */
    public HttpRequest.Builder json(String method, String path, String body, String accessToken) {
        return request(method, path, accessToken).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
    }

    /** A multipart POST of one part with the given part headers (a file part: its name, file name and type). */
    public HttpRequest.Builder multipart(String path, String partHeaders, byte[] content, String accessToken) {
        String boundary = "qh-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n" + partHeaders + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request("POST", path, accessToken).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** A multipart POST of one file in the part {@code file}. */
    public HttpRequest.Builder upload(String path, String fileName, String contentType, byte[] content,
            String accessToken) {
        return multipart(path, "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType, content, accessToken);
    }

    /** Sends a request and reads the answer as text (JSON parsed when it is JSON). */
    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = contentType.contains("json") && !response.body().isEmpty()
                    ? JSON.readTree(response.body()) : null;
            return new Answer(response.statusCode(), response.headers(), response.body(), json);
        }
        catch (IOException e) {
            throw new IllegalStateException("The gateway did not answer " + request.build().uri(), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Sends a request and keeps the body as bytes (downloads). */
    public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException e) {
            throw new IllegalStateException("The gateway did not answer " + request.build().uri(), e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            broker.close();
        }
        finally {
            try {
                platform.close();
            }
            finally {
                web.stop();
                deleteRecursively(data);
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Keeps every verification token auth announces, as the notification service receives them. */
    private Connection listenForVerificationTokens() throws IOException {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(platform.brokerPort());
        try {
            Connection connection = factory.newConnection();
            Channel channel = connection.createChannel();
            String queue = "e2e-verification-" + UUID.randomUUID();
            channel.queueDeclare(queue, false, true, true, null);
            channel.queueBind(queue, "qh.events", "user.email-verification-requested.v1");
            DeliverCallback keep = (tag, message) -> {
                JsonNode event = JSON.readTree(message.getBody());
                verificationTokens.put(event.get("email").asString(), event.get("token").asString());
            };
            channel.basicConsume(queue, true, keep, tag -> { });
            return connection;
        }
        catch (java.util.concurrent.TimeoutException e) {
            throw new IOException("The embedded broker did not answer", e);
        }
    }

    /** A signed-in user of the platform. */
    public record User(UUID id, String email, String accessToken, String refreshToken) {
    }

    /** What the gateway answered. */
    public record Answer(int status, HttpHeaders headers, String body, JsonNode json) {

        /** The {@code Content-Type}, or an empty string. */
        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
