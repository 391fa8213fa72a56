package com.qh.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.qh.auth.api.EmailVerificationRequested;
import com.qh.auth.api.PasswordResetRequested;
import com.qh.auth.api.UserRegistered;
import com.qh.letter.api.LetterGenerated;
import com.qh.platform.events.IntegrationEvent;
import com.qh.resume.api.ResumeGenerated;
import com.qh.test.QhServiceTest;
import com.qh.test.TestUsers;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Channels beyond e-mail and the user's say over them: GreenMail for SMTP, WireMock as Twilio and as a browser's
 * push service. Also one-click unsubscribe, e-mail subscriptions with double opt-in, and an event type notified
 * by configuration alone.
 */
@QhServiceTest(properties = {
        "qh.notification.public-base-url=https://qh.example.com",
        "qh.notification.delivery.poll-interval=100ms",
        "qh.notification.delivery.initial-backoff=50ms",
        "qh.notification.delivery.sms-provider=twilio",
        "qh.notification.delivery.twilio.account-sid=AC0123456789abcdef",
        "qh.notification.delivery.twilio.auth-token=secret-token",
        "qh.notification.delivery.twilio.from=+15005550006",
        "qh.notification.push.allow-insecure-endpoints=true",
        "qh.notification.push.allowed-hosts=127.0.0.1",
        "qh.notification.events.[test.thing-happened.v1].link=/things/{{thingId}}" })
class ChannelsTest {

    static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final WireMockServer web = new WireMockServer(
            WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static {
        smtp.start();
        web.start();
    }

    @DynamicPropertySource
    static void outside(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("qh.notification.delivery.twilio.base-url", () -> "http://127.0.0.1:" + web.port());
    }

    @AfterAll
    static void stop() {
        web.stop();
        smtp.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMailCarriesAOneClickUnsubscribeThatTurnsItsCategoryOff() throws Exception {
        UUID user = UUID.randomUUID();
        String email = "ada-" + user + "@example.org";
        publish(new UserRegistered(UUID.randomUUID(), Instant.now(), user, email, "Ada", "en", false));
        MimeMessage welcome = awaitMailTo(email, 1).getFirst();

        String unsubscribe = welcome.getHeader("List-Unsubscribe")[0];
        assertThat(welcome.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(unsubscribe).startsWith("<https://qh.example.com/api/v1/notifications/unsubscribe/");
        String path = unsubscribe.substring("<https://qh.example.com".length(), unsubscribe.length() - 1);

        HttpResponse<String> page = call("GET", path, null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\">");
        assertThat(channel(settings(user), "account", "EMAIL")).isTrue();
        HttpResponse<String> oneClick = call("POST", path, "List-Unsubscribe=One-Click", null);
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(call("POST", path, "List-Unsubscribe=One-Click", null).statusCode()).isEqualTo(200);
        assertThat(channel(settings(user), "account", "EMAIL")).isFalse();
        assertThat(call("POST", "/api/v1/notifications/unsubscribe/unknown-token", "", null).statusCode())
                .isEqualTo(404);

        publish(new UserRegistered(UUID.randomUUID(), Instant.now(), user, email, "Ada", "en", false));
        publish(new EmailVerificationRequested(UUID.randomUUID(), Instant.now(), user, email, "Ada", "en", "tok",
                Instant.now().plusSeconds(600)));
        // The verification (security) mail still comes; the second welcome (account) does not.
        List<MimeMessage> mails = awaitMailTo(email, 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> mailsTo(email).size() == 2);
        assertThat(mails.get(1).getSubject()).contains("Confirm");
    }

    @Test
    void securityMailsCannotBeTurnedOffAndOtherSettingsAreChecked() throws Exception {
        String token = TestUsers.user(UUID.randomUUID());

        HttpResponse<String> security = call("PUT", "/api/v1/notifications/preferences", """
                {"preferences": [{"category": "security", "channel": "EMAIL", "enabled": false}]}""", token);
        HttpResponse<String> unknown = call("PUT", "/api/v1/notifications/preferences", """
                {"preferences": [{"category": "lottery", "channel": "EMAIL", "enabled": true}]}""", token);
        HttpResponse<String> badChannel = call("PUT", "/api/v1/notifications/preferences", """
                {"preferences": [{"category": "news", "channel": "PIGEON", "enabled": true}]}""", token);
        HttpResponse<String> badPhone = call("PUT", "/api/v1/notifications/phone", "{\"phone\": \"8 916 123\"}", token);
        HttpResponse<String> nullEntry = call("PUT", "/api/v1/notifications/preferences",
                "{\"preferences\": [null]}", token);
        HttpResponse<String> fine = call("PUT", "/api/v1/notifications/preferences", """
                {"preferences": [{"category": "vacancies", "channel": "EMAIL", "enabled": false}]}""", token);

        assertThat(security.statusCode()).isEqualTo(422);
        assertThat(security.body()).contains("preferences[0].enabled");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("preferences[0].category");
        assertThat(badChannel.statusCode()).isEqualTo(400);
        assertThat(badPhone.statusCode()).isEqualTo(400);
        assertThat(badPhone.body()).contains("phone");
        assertThat(nullEntry.statusCode()).isEqualTo(400);
        assertThat(nullEntry.body()).contains("preferences[0]");
        assertThat(fine.statusCode()).isEqualTo(200);
        JsonNode settings = JSON.readTree(fine.body());
        assertThat(channel(settings, "vacancies", "EMAIL")).isFalse();
        assertThat(channel(settings, "security", "EMAIL")).isTrue();
        assertThat(channel(settings, "news", "SMS")).isFalse();
        assertThat(call("GET", "/api/v1/notifications/preferences", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void textsAPasswordResetThroughTwilioOnlyOnceThePhoneIsVerified() throws Exception {
        stubTwilio();
        UUID user = UUID.randomUUID();
        String token = TestUsers.user(user);
        String phone = "+7916" + digits(7);
        HttpResponse<String> set = call("PUT", "/api/v1/notifications/phone", "{\"phone\": \"" + phone + "\"}",
                token);
        call("PUT", "/api/v1/notifications/preferences", """
                {"preferences": [{"category": "security", "channel": "SMS", "enabled": true}]}""", token);
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(set.body()).path("phoneVerified").asBoolean()).isFalse();
        String code = codeTextedTo(phone);

        publish(new PasswordResetRequested(UUID.randomUUID(), Instant.now(), user, "sms-" + user + "@example.org",
                "Sam", "ru", "reset", Instant.now().plusSeconds(600)));
        // The unverified number gets the code and nothing else.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> textsTo(phone).size() == 1);

        HttpResponse<String> verified = call("POST", "/api/v1/notifications/phone/verify",
                "{\"code\": \"" + code + "\"}", token);
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(verified.body()).path("phoneVerified").asBoolean()).isTrue();
        publish(new PasswordResetRequested(UUID.randomUUID(), Instant.now(), user, "sms-" + user + "@example.org",
                "Sam", "ru", "reset", Instant.now().plusSeconds(600)));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> web.verify(postRequestedFor(
                urlEqualTo("/2010-04-01/Accounts/AC0123456789abcdef/Messages.json"))
                .withHeader("Authorization", equalTo("Basic " + Base64.getEncoder()
                        .encodeToString("AC0123456789abcdef:secret-token".getBytes())))
                .withRequestBody(containing("To=" + java.net.URLEncoder.encode(phone, java.nio.charset.StandardCharsets.UTF_8)))
                .withRequestBody(containing("From=%2B15005550006"))
                .withRequestBody(containing("Body=QH%3A+%D0%B7%D0%B0%D0%BF%D1%80%D0%BE"))));
    }

    @Test
    void refusesAWrongCodeFiveTimesThenTheCodeIsDead() throws Exception {
        stubTwilio();
        String token = TestUsers.user(UUID.randomUUID());
        String phone = "+7925" + digits(7);
        call("PUT", "/api/v1/notifications/phone", "{\"phone\": \"" + phone + "\"}", token);
        String code = codeTextedTo(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> refused = call("POST", "/api/v1/notifications/phone/verify",
                    "{\"code\": \"" + wrong + "\"}", token);
            assertThat(refused.statusCode()).as("try " + i).isEqualTo(422);
            assertThat(refused.body()).as("try " + i).contains("wrong-verification-code");
        }
        HttpResponse<String> tooLate = call("POST", "/api/v1/notifications/phone/verify",
                "{\"code\": \"" + code + "\"}", token);
        HttpResponse<String> notACode = call("POST", "/api/v1/notifications/phone/verify", "{\"code\": \"12ab\"}",
                token);

        assertThat(tooLate.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(call("GET", "/api/v1/notifications/preferences", null, token).body())
                .path("phoneVerified").asBoolean()).isFalse();
        assertThat(notACode.statusCode()).isEqualTo(400);
    }

    @Test
    void refusesACodeAfterTenMinutes() throws Exception {
        stubTwilio();
        UUID user = UUID.randomUUID();
        String token = TestUsers.user(user);
        String phone = "+7926" + digits(7);
        call("PUT", "/api/v1/notifications/phone", "{\"phone\": \"" + phone + "\"}", token);
        String code = codeTextedTo(phone);
        Instant expires = jdbc.queryForObject("select expires_at from phone_verification where user_id = ?",
                java.sql.Timestamp.class, user).toInstant();
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
        jdbc.update("update phone_verification set expires_at = ? where user_id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), user);

        HttpResponse<String> expired = call("POST", "/api/v1/notifications/phone/verify",
                "{\"code\": \"" + code + "\"}", token);

        assertThat(expired.statusCode()).isEqualTo(422);
        assertThat(expired.body()).contains("verification-code-expired");
    }

    @Test
    void capsCodesPerUserAndPerNumber() throws Exception {
        stubTwilio();
        String phone = "+7903" + digits(7);
        String first = TestUsers.user(UUID.randomUUID());
        assertThat(call("PUT", "/api/v1/notifications/phone", "{\"phone\": \"" + phone + "\"}", first)
                .statusCode()).isEqualTo(200);
        HttpResponse<String> again = call("PUT", "/api/v1/notifications/phone",
                "{\"phone\": \"+7903" + digits(7) + "\"}", first);
        assertThat(again.statusCode()).isEqualTo(429);
        assertThat(again.headers().firstValue("Retry-After")).isPresent();

        // Other accounts asking for the same number: two more codes, then no more to that number.
        for (int i = 0; i < 2; i++) {
            assertThat(call("PUT", "/api/v1/notifications/phone", "{\"phone\": \"" + phone + "\"}",
                    TestUsers.user(UUID.randomUUID())).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> fourth = call("PUT", "/api/v1/notifications/phone", "{\"phone\": \"" + phone + "\"}",
                TestUsers.user(UUID.randomUUID()));
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.body()).contains("too-many-verification-codes");
        assertThat(textsTo(phone)).hasSize(3);
    }

    @Test
    void pushesToEveryRegisteredBrowserAndForgetsOnesThatAreGone() throws Exception {
        web.stubFor(post(urlEqualTo("/push/alive")).willReturn(aResponse().withStatus(201)));
        web.stubFor(post(urlEqualTo("/push/gone")).willReturn(aResponse().withStatus(410)));
        UUID user = UUID.randomUUID();
        String token = TestUsers.user(user);
        String publicKey = JSON.readTree(call("GET", "/api/v1/notifications/push/public-key", null, token).body())
                .path("publicKey").asString();
        assertThat(Base64.getUrlDecoder().decode(publicKey)).hasSize(65);
        assertThat(call("POST", "/api/v1/notifications/push/subscriptions", browser("/push/alive"), token)
                .statusCode()).isEqualTo(201);
        assertThat(call("POST", "/api/v1/notifications/push/subscriptions", browser("/push/gone"), token)
                .statusCode()).isEqualTo(201);
        assertThat(call("POST", "/api/v1/notifications/push/subscriptions",
                "{\"endpoint\": \"x\", \"keys\": {\"p256dh\": \"short\", \"auth\": \"a\"}}", token).statusCode())
                .isEqualTo(400);

        publish(new PasswordResetRequested(UUID.randomUUID(), Instant.now(), user, "push-" + user + "@example.org",
                "Pat", "en", "reset", Instant.now().plusSeconds(600)));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> web.verify(postRequestedFor(urlEqualTo("/push/alive"))
                .withHeader("Content-Encoding", equalTo("aes128gcm"))
                .withHeader("Authorization", matching("vapid t=[^,]+, k=" + Pattern.quote(publicKey)))
                .withHeader("TTL", equalTo("86400"))));
        await().atMost(Duration.ofSeconds(15)).until(() -> JSON.readTree(call("GET",
                "/api/v1/notifications/push/subscriptions", null, token).body()).size() == 1);
    }

    @Test
    void refusesPushEndpointsInsideOurNetworkWithABadRequest() throws Exception {
        String token = TestUsers.user(UUID.randomUUID());
        for (String endpoint : List.of("http://localhost:" + web.port() + "/push/x", "http://[::1]/push/x",
                "http://100.64.0.1/push/x", "http://[64:ff9b::7f00:1]/push/x", "http://[fd00:ec2::254]/push/x",
                "http://0.0.0.0:" + web.port() + "/push/x", "http://[::ffff:169.254.169.254]/push/x",
                "http://user@127.0.0.1:" + web.port() + "/push/x")) {
            HttpResponse<String> refused = call("POST", "/api/v1/notifications/push/subscriptions",
                    browserAt(endpoint), token);
            assertThat(refused.statusCode()).as(endpoint).isEqualTo(400);
            assertThat(refused.body()).as(endpoint).contains("invalid-push-endpoint", "endpoint");
        }
        assertThat(JSON.readTree(call("GET", "/api/v1/notifications/push/subscriptions", null, token).body()))
                .isEmpty();
    }

    @Test
    void forgetsAStoredEndpointThatNowLeadsInsideWithoutPostingToIt() throws Exception {
        // As if the name had resolved to a public address at registration and to loopback now (DNS rebinding):
        // only the connect-time check stands between the sender and the inside.
        web.stubFor(post(urlEqualTo("/push/inside")).willReturn(aResponse().withStatus(201)));
        UUID user = UUID.randomUUID();
        String token = TestUsers.user(user);
        assertThat(call("POST", "/api/v1/notifications/push/subscriptions", browser("/push/inside"), token)
                .statusCode()).isEqualTo(201);
        jdbc.update("update push_subscription set endpoint = ? where user_id = ?",
                "http://localhost:" + web.port() + "/push/inside", user);

        publish(new PasswordResetRequested(UUID.randomUUID(), Instant.now(), user, "rebind-" + user + "@example.org",
                "Rob", "en", "reset", Instant.now().plusSeconds(600)));

        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "select count(*) from push_subscription where user_id = ?", Integer.class, user) == 0);
        web.verify(0, postRequestedFor(urlEqualTo("/push/inside")));
    }

    @Test
    void subscribesAnAddressOnlyAfterItConfirms() throws Exception {
        String email = "Reader-" + UUID.randomUUID() + "@Example.org";

        assertThat(call("POST", "/api/v1/subscriptions", "{\"email\": \"" + email + "\", \"language\": \"ru\"}", null)
                .statusCode()).isEqualTo(202);
        assertThat(call("POST", "/api/v1/subscriptions", "{\"email\": \"" + email.toLowerCase() + "\"}", null)
                .statusCode()).isEqualTo(202);
        assertThat(status(email)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("select count(*) from email_subscription where email_key = ?", Integer.class,
                email.toLowerCase())).isEqualTo(1);
        // The second request re-sends nothing yet: one confirmation per address in each resend window.
        List<MimeMessage> mails = awaitMailTo(email.toLowerCase(), 1);
        assertThat(jdbc.queryForObject("select count(*) from delivery where lower(recipient) = ?", Integer.class,
                email.toLowerCase())).isEqualTo(1);
        MimeMessage confirmation = mails.getFirst();
        Matcher link = Pattern.compile("subscriptions/confirm\\?token=([A-Za-z0-9_-]+)")
                .matcher(NotificationServiceTest.decoded(confirmation));
        assertThat(link.find()).isTrue();

        assertThat(call("POST", "/api/v1/subscriptions/confirm", "{\"token\": \"" + link.group(1) + "\"}", null)
                .statusCode()).isEqualTo(200);
        assertThat(status(email.toUpperCase())).isEqualTo("ACTIVE");
        String unsubscribe = confirmation.getHeader("List-Unsubscribe")[0];
        String path = unsubscribe.substring("<https://qh.example.com".length(), unsubscribe.length() - 1);
        assertThat(call("POST", path, "List-Unsubscribe=One-Click", null).statusCode()).isEqualTo(200);
        assertThat(status(email)).isEqualTo("UNSUBSCRIBED");
        assertThat(status("nobody@example.org")).isEqualTo("NONE");
        assertThat(call("POST", "/api/v1/subscriptions", "{\"email\": \"not an address\"}", null).statusCode())
                .isEqualTo(400);
        assertThat(call("GET", "/api/v1/subscriptions", null, TestUsers.user(UUID.randomUUID())).statusCode())
                .isEqualTo(403);
        // Who reads the mails is not for anyone to look up: an anonymous caller is asked to sign in, a user refused.
        String byAddress = "/api/v1/subscriptions/status?email=reader%40example.org";
        assertThat(call("GET", byAddress, null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", byAddress, null, TestUsers.user(UUID.randomUUID())).statusCode()).isEqualTo(403);
    }

    @Test
    void notifiesAnEventTypeKnownOnlyFromConfigurationAndTemplates() throws Exception {
        UUID user = UUID.randomUUID();
        UUID thing = UUID.randomUUID();
        String event = JSON.writeValueAsString(Map.of("eventId", UUID.randomUUID(), "occurredAt", Instant.now(),
                "userId", user, "thingId", thing, "title", "Report <2026>", "tags", List.of("red", "blue")));
        rabbit.convertAndSend("qh.events", "test.thing-happened.v1", event.getBytes(), message -> {
            message.getMessageProperties().setContentType("application/json");
            return message;
        });

        JsonNode inbox = await().atMost(Duration.ofSeconds(15)).until(() -> JSON.readTree(call("GET",
                "/api/v1/notifications", null, TestUsers.user(user)).body()), page -> page.size() == 1);
        JsonNode message = inbox.get(0);
        assertThat(message.path("title").asString()).isEqualTo("Report <2026> is ready");
        assertThat(message.path("body").asString()).contains("red, blue");
        assertThat(message.path("link").asString()).isEqualTo("/things/" + thing);
    }

    @Test
    void tellsTheUserAGeneratedResumeAndLetterAreReadyInTheirLanguage() throws Exception {
        UUID user = UUID.randomUUID();
        publish(new UserRegistered(UUID.randomUUID(), Instant.now(), user, "gen-" + user + "@example.org", "Ира",
                "ru", false));
        // The account (and its language) is known long before anything is generated: wait for the welcome.
        await().atMost(Duration.ofSeconds(15)).until(() -> JSON.readTree(call("GET", "/api/v1/notifications", null,
                TestUsers.user(user)).body()).size() == 1);
        UUID resumeDocument = UUID.randomUUID();
        UUID letterDocument = UUID.randomUUID();
        publish(new ResumeGenerated(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), user, "Java, банки", "pdf",
                resumeDocument, 3, UUID.randomUUID()));
        publish(new LetterGenerated(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), user, "Контур",
                "Ведущий разработчик", "docx", letterDocument, 1, UUID.randomUUID()));

        JsonNode inbox = await().atMost(Duration.ofSeconds(15)).until(() -> JSON.readTree(call("GET",
                "/api/v1/notifications", null, TestUsers.user(user)).body()), page -> page.size() == 3);
        assertThat(inbox).extracting(message -> message.path("title").asString()).contains(
                "Резюме «Java, банки» готово", "Сопроводительное письмо в Контур готово");
        assertThat(inbox).extracting(message -> message.path("link").asString())
                .contains("/documents/" + resumeDocument, "/documents/" + letterDocument);
        assertThat(inbox).extracting(message -> message.path("body").asString())
                .anySatisfy(body -> assertThat(body).contains("pdf", "версия 3"))
                .anySatisfy(body -> assertThat(body).contains("«Ведущий разработчик»", "docx"));
    }

    private static String browser(String path) throws Exception {
        return browserAt("http://127.0.0.1:" + web.port() + path);
    }

    private static String browserAt(String endpoint) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        ECPublicKey key = (ECPublicKey) pair.getPublic();
        byte[] point = new byte[65];
        point[0] = 4;
        byte[] x = unsigned(key.getW().getAffineX().toByteArray());
        byte[] y = unsigned(key.getW().getAffineY().toByteArray());
        System.arraycopy(x, 0, point, 1 + 32 - x.length, x.length);
        System.arraycopy(y, 0, point, 33 + 32 - y.length, y.length);
        byte[] auth = new byte[16];
        new java.security.SecureRandom().nextBytes(auth);
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return JSON.writeValueAsString(Map.of("endpoint", endpoint,
                "keys", Map.of("p256dh", url.encodeToString(point), "auth", url.encodeToString(auth))));
    }

    private static byte[] unsigned(byte[] value) {
        return value.length > 32 ? Arrays.copyOfRange(value, value.length - 32, value.length) : value;
    }

    private static void stubTwilio() {
        web.stubFor(post(urlEqualTo("/2010-04-01/Accounts/AC0123456789abcdef/Messages.json"))
                .willReturn(aResponse().withStatus(201).withBody("{\"sid\": \"SM1\", \"status\": \"queued\"}")));
    }

    /** The texts Twilio was asked to send to {@code phone}, decoded, oldest first. */
    private static List<String> textsTo(String phone) {
        return web.findAll(postRequestedFor(urlEqualTo("/2010-04-01/Accounts/AC0123456789abcdef/Messages.json"))
                .withRequestBody(containing("To=" + java.net.URLEncoder.encode(phone,
                        java.nio.charset.StandardCharsets.UTF_8)))).stream()
                .map(request -> Arrays.stream(request.getBodyAsString().split("&"))
                        .filter(field -> field.startsWith("Body="))
                        .map(field -> java.net.URLDecoder.decode(field.substring(5),
                                java.nio.charset.StandardCharsets.UTF_8))
                        .findFirst().orElse(""))
                .toList();
    }

    private static String codeTextedTo(String phone) {
        String text = await().atMost(Duration.ofSeconds(5)).until(() -> textsTo(phone), texts -> !texts.isEmpty())
                .getLast();
        Matcher code = Pattern.compile("\\b([0-9]{6})\\b").matcher(text);
        assertThat(code.find()).as(text).isTrue();
        return code.group(1);
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    private String status(String email) throws Exception {
        return JSON.readTree(call("GET", "/api/v1/subscriptions/status?email="
                + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8), null,
                TestUsers.admin(UUID.randomUUID())).body())
                .path("status").asString();
    }

    private JsonNode settings(UUID user) throws Exception {
        return JSON.readTree(call("GET", "/api/v1/notifications/preferences", null, TestUsers.user(user)).body());
    }

    private static boolean channel(JsonNode settings, String category, String channel) {
        for (JsonNode entry : settings.path("categories")) {
            if (entry.path("category").asString().equals(category)) {
                return entry.path("channels").path(channel).asBoolean();
            }
        }
        throw new AssertionError("No category " + category + " in " + settings);
    }

    private void publish(IntegrationEvent event) {
        rabbit.convertAndSend("qh.events", IntegrationEvent.typeOf(event.getClass()), JSON.writeValueAsBytes(event),
                message -> {
                    message.getMessageProperties().setContentType("application/json");
                    return message;
                });
    }

    private static List<MimeMessage> awaitMailTo(String email, int count) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(email), list -> list.size() >= count);
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(email));
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    private HttpResponse<String> call(String method, String path, String body, String token) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", body.startsWith("{") ? "application/json"
                    : "application/x-www-form-urlencoded");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
