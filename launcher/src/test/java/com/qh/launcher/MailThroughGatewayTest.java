package com.qh.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.launcher.RunningPlatform.Answer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The account mails of the default run, read the way a newcomer would: from the captured mail at
 * {@code /api/v1/dev/mail}, following the links in them.
 */
@ExtendWith(RunningPlatform.class)
class MailThroughGatewayTest {

    private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_\\-%.~]+)");

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    @Test
    void verifiesAnAccountWithTheLinkFromTheCapturedMail() {
        String email = "mail-" + UUID.randomUUID() + "@example.org";
        Answer registered = platform.send(platform.json("POST", "/api/v1/auth/register", """
                {"email":"%s","password":"%s","displayName":"Вера","locale":"ru"}""".formatted(email,
                RunningPlatform.PASSWORD), null));
        assertThat(registered.status()).isEqualTo(201);

        JsonNode mail = awaitMail(email, "Подтвердите адрес");
        assertThat(mail.get("html").asString()).contains("Вера");
        Answer verified = platform.send(platform.json("POST", "/api/v1/auth/verify-email",
                "{\"token\":\"%s\"}".formatted(tokenIn(mail)), null));

        assertThat(verified.status()).isEqualTo(204);
        String access = platform.signIn(email, RunningPlatform.PASSWORD).accessToken();
        assertThat(platform.send(platform.request("GET", "/api/v1/auth/me", access)).json().get("emailVerified")
                .asBoolean()).isTrue();
        assertThat(awaitMail(email, "Добро пожаловать").get("text").asString()).contains("Вера");
    }

    @Test
    void resetsAForgottenPasswordWithTheLinkFromTheCapturedMail() {
        RunningPlatform.User user = platform.signUp();
        String newPassword = "Another-correct-horse-42";

        assertThat(platform.send(platform.json("POST", "/api/v1/auth/password/forgot",
                "{\"email\":\"%s\"}".formatted(user.email()), null)).status()).isEqualTo(202);
        JsonNode mail = awaitMail(user.email(), "Reset your QH password");
        Answer reset = platform.send(platform.json("POST", "/api/v1/auth/password/reset",
                "{\"token\":\"%s\",\"newPassword\":\"%s\"}".formatted(tokenIn(mail), newPassword), null));

        assertThat(reset.status()).isEqualTo(204);
        assertThat(platform.signIn(user.email(), newPassword).accessToken()).isNotBlank();
        assertThat(platform.send(platform.json("POST", "/api/v1/auth/login", "{\"email\":\"%s\",\"password\":\"%s\"}"
                .formatted(user.email(), RunningPlatform.PASSWORD), null)).status()).isEqualTo(401);
    }

    @Test
    void pushesAnInAppMessageThroughTheGatewaysWebSocketAsSoonAsTheEventHappens() throws Exception {
        RunningPlatform.User user = platform.signUp();
        java.util.concurrent.LinkedBlockingQueue<String> frames = new java.util.concurrent.LinkedBlockingQueue<>();
        java.net.URI socketUri = java.net.URI.create(platform.platform().gatewayUrl().replace("http://", "ws://")
                + "/api/v1/notifications/ws?access_token=" + user.accessToken());
        java.net.http.WebSocket socket = java.net.http.HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(socketUri, new java.net.http.WebSocket.Listener() {
                    @Override
                    public java.util.concurrent.CompletionStage<?> onText(java.net.http.WebSocket ws,
                            CharSequence data, boolean last) {
                        frames.add(data.toString());
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public java.util.concurrent.CompletionStage<?> onClose(java.net.http.WebSocket ws, int status,
                            String reason) {
                        frames.add("closed " + status + " " + reason);
                        return null;
                    }

                    @Override
                    public void onError(java.net.http.WebSocket ws, Throwable error) {
                        frames.add("error " + error);
                    }
                }).join();
        frames.clear();

        long asked = System.nanoTime();
        platform.send(platform.json("POST", "/api/v1/auth/password/forgot",
                "{\"email\":\"%s\"}".formatted(user.email()), null));
        String frame = frames.poll(1, java.util.concurrent.TimeUnit.SECONDS);
        long millis = (System.nanoTime() - asked) / 1_000_000;

        assertThat(frame).as("an in-app message over the socket").isNotNull();
        assertThat(RunningPlatform.JSON.readTree(frame).at("/notification/title").asString())
                .isEqualTo("Password reset requested");
        System.out.printf("In-app message arrived over the gateway's WebSocket %d ms after the request%n", millis);
        socket.sendClose(java.net.http.WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    /** The captured mail is the admin's to read: it holds every user's verification and reset links. */
    private static JsonNode awaitMail(String to, String subject) {
        String path = "/api/v1/dev/mail?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8);
        String admin = platform.signInAsAdmin().accessToken();
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            Answer answer = platform.send(platform.request("GET", path, admin));
            for (JsonNode mail : answer.json()) {
                if (mail.get("subject").asString().contains(subject)) {
                    return mail;
                }
            }
            return null;
        }, mail -> mail != null);
    }

    private static String tokenIn(JsonNode mail) {
        Matcher link = TOKEN.matcher(mail.get("text").asString());
        assertThat(link.find()).as("a link with a token in " + mail.get("text").asString()).isTrue();
        return java.net.URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
    }
}
