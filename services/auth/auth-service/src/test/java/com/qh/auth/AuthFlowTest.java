package com.qh.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.qh.auth.AuthApi.Reply;
import com.qh.auth.api.EmailVerificationRequested;
import com.qh.auth.api.PasswordResetRequested;
import com.qh.auth.api.UserDeleted;
import com.qh.auth.api.UserRegistered;
import com.qh.auth.totp.TotpCodes;
import com.qh.test.QhServiceTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auth service whole, over HTTP, on embedded PostgreSQL and the embedded broker: what a client and the other
 * services see.
 */
@QhServiceTest(properties = {
        "qh.auth.bootstrap-admin.email=" + AuthFlowTest.ADMIN_EMAIL,
        "qh.auth.bootstrap-admin.password=" + AuthFlowTest.ADMIN_PASSWORD,
        // Every test signs in from 127.0.0.1; the per-IP limit is covered by AttemptThrottleTest.
        "qh.auth.login.attempts-per-ip=10000" })
@ExtendWith(PublishedEventsExtension.class)
class AuthFlowTest {

    static final String ADMIN_EMAIL = "admin@qh.test";
    static final String ADMIN_PASSWORD = "bootstrap admin passphrase";
    static final String PASSWORD = "violet tractor sings at dawn";

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin amqp;

    @Autowired
    JdbcTemplate jdbc;

    AuthApi api;

    /** Every event the service publishes during the test, on any thread (the requests run on the server's). */
    PublishedEvents events;

    @BeforeEach
    void connect(PublishedEvents published) {
        api = new AuthApi("http://localhost:" + port);
        events = published;
    }

    @Test
    void signUpVerifySignInRefreshAndSignOut() {
        String verificationQueue = listenTo("user.email-verification-requested.v1");
        String email = newPersonEmail();

        Reply registered = api.register("  " + email.toUpperCase() + " ", PASSWORD);
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.string("email")).isEqualTo(email);
        assertThat(registered.json().get("emailVerified")).isEqualTo(false);

        Map<String, Object> verification = awaitMessage(verificationQueue);
        assertThat(verification).containsEntry("email", email).containsEntry("userId", registered.string("id"));
        String token = (String) verification.get("token");
        assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", token)).status()).isEqualTo(204);
        assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", token)).problemType())
                .isEqualTo("invalid-token");

        Reply signedIn = api.login(email, PASSWORD);
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.json()).containsEntry("tokenType", "Bearer").containsEntry("expiresIn", 900);
        String access = signedIn.string("accessToken");

        Reply me = api.get("/api/v1/auth/me", access);
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).containsEntry("email", email).containsEntry("emailVerified", true)
                .containsEntry("roles", List.of("USER"));

        Reply refreshed = refresh(signedIn.string("refreshToken"));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.string("refreshToken")).isNotEqualTo(signedIn.string("refreshToken"));

        Reply replayed = refresh(signedIn.string("refreshToken"));
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.problemType()).isEqualTo("refresh-token-reused");
        assertThat(refresh(refreshed.string("refreshToken")).status())
                .as("the whole family is revoked after reuse").isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", refreshed.string("accessToken")).status())
                .as("the family's access token is refused too").isEqualTo(401);

        Reply again = api.login(email, PASSWORD);
        assertThat(api.post("/api/v1/auth/logout", Map.of(), again.string("accessToken")).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", again.string("accessToken")).status()).isEqualTo(401);
        assertThat(refresh(again.string("refreshToken")).status()).isEqualTo(401);
    }

    @Test
    void publishesUserRegisteredWithTheNormalisedAddress() {
        String email = newPersonEmail();

        Reply registered = api.register(email, PASSWORD);

        UserRegistered event = assertThat(events.ofType(UserRegistered.class)
                .matchingValue(UserRegistered::email, email)).singleElement().actual();
        assertThat(event.userId().toString()).isEqualTo(registered.string("id"));
        assertThat(event.emailVerified()).isFalse();
    }

    @Test
    void accessTokenIsRs256JwtWithQhClaimsAndKeyInJwks() throws Exception {
        String email = registeredPerson();

        SignedJWT jwt = SignedJWT.parse(api.login(email, PASSWORD).string("accessToken"));

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo("qh");
        assertThat(claims.getStringClaim("email")).isEqualTo(email);
        assertThat(claims.getStringClaim("name")).isEqualTo("Test Person");
        assertThat(claims.getStringListClaim("roles")).containsExactly("USER");
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofMinutes(15));
        Reply jwks = api.get("/.well-known/jwks.json");
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.body().toString()).contains(jwt.getHeader().getKeyID()).doesNotContain("\"d\"");
    }

    @Test
    void refusesTamperedForeignAndUnsignedTokens() throws Exception {
        String access = api.login(registeredPerson(), PASSWORD).string("accessToken");
        String[] parts = access.split("\\.");
        String adminClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(
                Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("[\"USER\"]", "[\"USER\",\"ADMIN\"]").getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + adminClaims + "." + parts[2];
        String unsigned = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";

        assertThat(api.get("/api/v1/auth/me", tampered).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", unsigned).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", tokenSignedByAStranger()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me").problemType()).isEqualTo("unauthorized");
    }

    @Test
    void secondRegistrationWithTheSameAddressIsAConflict() {
        String email = registeredPerson();

        Reply duplicate = api.register(email.toUpperCase(), PASSWORD);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.problemType()).isEqualTo("email-taken");
    }

    @Test
    void commonPasswordIsRefusedWithFieldError() {
        Reply weak = api.register(newPersonEmail(), "Password2024!");

        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.problemType()).isEqualTo("weak-password");
        assertThat(weak.json().get("errors").toString()).contains("password").contains("too common");
    }

    @Test
    void malformedSignUpIsAValidationProblemNotAServerError() {
        Reply invalid = api.post("/api/v1/auth/register", Map.of("email", "not-an-address", "password", "",
                "displayName", "", "locale", "en"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.problemType()).isEqualTo("validation");
        assertThat(invalid.json().get("errors").toString()).contains("email", "password", "displayName");
    }

    @Test
    void wrongPasswordIsRefusedAndAudited() {
        String email = registeredPerson();

        Reply refused = api.login(email, "not the password at all");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problemType()).isEqualTo("invalid-credentials");
        Reply audit = api.get("/api/v1/auth/admin/audit?type=SIGN_IN_FAILED&size=200", adminToken());
        assertThat(audit.json().get("items").toString()).contains(email);
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhile() {
        String email = registeredPerson();
        for (int i = 0; i < 5; i++) {
            assertThat(api.login(email, "wrong password " + i).status()).isEqualTo(401);
        }

        Reply locked = api.login(email, PASSWORD);

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.problemType()).isEqualTo("account-locked");
        assertThat(locked.headers().getFirst("Retry-After")).isNotBlank();
    }

    @Test
    void forgottenPasswordIsResetOnceWithTheMailedToken() {
        String email = registeredPerson();
        Reply oldSession = api.login(email, PASSWORD);

        assertThat(api.post("/api/v1/auth/password/forgot", Map.of("email", "nobody-" + email)).status())
                .isEqualTo(202);
        assertThat(events.ofType(PasswordResetRequested.class)).isEmpty();
        assertThat(api.post("/api/v1/auth/password/forgot", Map.of("email", email)).status()).isEqualTo(202);
        String token = assertThat(events.ofType(PasswordResetRequested.class)
                .matchingValue(PasswordResetRequested::email, email)).singleElement().actual().token();

        String newPassword = "a brand new passphrase here";
        Reply reset = api.post("/api/v1/auth/password/reset", Map.of("token", token, "newPassword", newPassword));

        assertThat(reset.status()).isEqualTo(204);
        assertThat(api.post("/api/v1/auth/password/reset", Map.of("token", token, "newPassword", newPassword))
                .problemType()).isEqualTo("invalid-token");
        assertThat(api.login(email, PASSWORD).status()).isEqualTo(401);
        assertThat(api.login(email, newPassword).status()).isEqualTo(200);
        assertThat(refresh(oldSession.string("refreshToken")).status()).isEqualTo(401);
    }

    @Test
    void changingThePasswordEndsOtherSessionsButKeepsThisOne() {
        String email = registeredPerson();
        Reply here = api.login(email, PASSWORD);
        Reply elsewhere = api.login(email, PASSWORD);

        Reply changed = api.post("/api/v1/auth/password/change", Map.of("currentPassword", PASSWORD,
                "newPassword", "another long passphrase"), here.string("accessToken"));

        assertThat(changed.status()).isEqualTo(204);
        assertThat(api.get("/api/v1/auth/me", here.string("accessToken")).status()).isEqualTo(200);
        assertThat(refresh(here.string("refreshToken")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", elsewhere.string("accessToken")).status()).isEqualTo(401);
        assertThat(refresh(elsewhere.string("refreshToken")).status()).isEqualTo(401);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        String email = registeredPerson();
        String access = api.login(email, PASSWORD).string("accessToken");

        Reply refused = api.post("/api/v1/auth/password/change", Map.of("currentPassword", "a wrong guess here",
                "newPassword", "another long passphrase"), access);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problemType()).isEqualTo("wrong-password");
    }

    @Test
    void twoFactorAccountsNeedAFreshCodeToSignIn() {
        String email = registeredPerson();
        String access = api.login(email, PASSWORD).string("accessToken");
        TotpCodes authenticator = new TotpCodes("QH");

        Reply enrolment = api.post("/api/v1/auth/2fa/totp", null, access);
        assertThat(enrolment.status()).isEqualTo(200);
        assertThat(enrolment.string("otpauthUri")).startsWith("otpauth://totp/");
        String secret = enrolment.string("secret");
        String code = authenticator.codeAt(secret, Instant.now());
        assertThat(api.post("/api/v1/auth/2fa/totp/confirm", Map.of("code", code), access).status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select totp_secret from user_account where email = ?", String.class, email))
                .startsWith("enc:v1:").doesNotContain(secret);

        Reply withoutCode = api.login(email, PASSWORD);
        assertThat(withoutCode.status()).isEqualTo(401);
        assertThat(withoutCode.problemType()).isEqualTo("totp-required");
        Reply replayedCode = api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD,
                "totpCode", code));
        assertThat(replayedCode.problemType()).isEqualTo("invalid-totp-code");
        String nextCode = authenticator.codeAt(secret, Instant.now().plusSeconds(30));
        Reply withCode = api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD,
                "totpCode", nextCode));
        assertThat(withCode.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", withCode.string("accessToken")).json())
                .containsEntry("totpEnabled", true);
    }

    @Test
    void keepsSigningKeysEncryptedAtRest() {
        String email = registeredPerson();
        assertThat(api.login(email, PASSWORD).status()).isEqualTo(200);

        assertThat(jdbc.queryForList("select private_key from signing_key", String.class)).isNotEmpty()
                .allSatisfy(stored -> assertThat(stored).startsWith("enc:v1:"));
    }

    @Test
    void adminApiIsForbiddenToUsers() {
        String access = api.login(registeredPerson(), PASSWORD).string("accessToken");

        Reply forbidden = api.get("/api/v1/auth/admin/users", access);

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.problemType()).isEqualTo("forbidden");
        assertThat(api.get("/api/v1/auth/admin/audit", access).status()).isEqualTo(403);
    }

    @Test
    void bootstrapAdminFindsUsersBySearch() {
        String email = registeredPerson();
        String admin = adminToken();

        Reply found = api.get("/api/v1/auth/admin/users?q=" + email.substring(0, email.indexOf('@')), admin);

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("total")).isEqualTo(1);
        assertThat(found.json().get("items").toString()).contains(email);
    }

    @Test
    void disabledUserIsSignedOutAtOnceAndCannotSignInUntilEnabled() {
        String email = registeredPerson();
        Reply session = api.login(email, PASSWORD);
        String id = api.get("/api/v1/auth/me", session.string("accessToken")).string("id");
        String admin = adminToken();

        Reply disabled = api.post("/api/v1/auth/admin/users/" + id + "/disable", null, admin);

        assertThat(disabled.json()).containsEntry("enabled", false);
        assertThat(api.get("/api/v1/auth/me", session.string("accessToken")).status()).isEqualTo(401);
        assertThat(api.login(email, PASSWORD).problemType()).isEqualTo("account-disabled");
        assertThat(api.post("/api/v1/auth/admin/users/" + id + "/enable", null, admin).status()).isEqualTo(200);
        assertThat(api.login(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void promotedUserGetsAdminRoleInNewTokens() {
        String email = registeredPerson();
        String id = api.get("/api/v1/auth/me", api.login(email, PASSWORD).string("accessToken")).string("id");

        Reply promoted = api.put("/api/v1/auth/admin/users/" + id + "/role", Map.of("role", "ADMIN"), adminToken());

        assertThat(promoted.json().get("roles")).isEqualTo(List.of("USER", "ADMIN"));
        String access = api.login(email, PASSWORD).string("accessToken");
        assertThat(api.get("/api/v1/auth/admin/users", access).status()).isEqualTo(200);
        Reply audit = api.get("/api/v1/auth/admin/audit?userId=" + id + "&type=ROLE_CHANGED", adminToken());
        assertThat(audit.json().get("items").toString()).contains("USER -> ADMIN");
    }

    @Test
    void deletedUserIsGoneAndEveryServiceIsTold() {
        String email = registeredPerson();
        String id = api.get("/api/v1/auth/me", api.login(email, PASSWORD).string("accessToken")).string("id");
        String admin = adminToken();

        assertThat(api.delete("/api/v1/auth/admin/users/" + id, admin).status()).isEqualTo(204);

        assertThat(events.ofType(UserDeleted.class).matching(e -> e.userId().toString().equals(id))).hasSize(1);
        assertThat(api.get("/api/v1/auth/admin/users/" + id, admin).status()).isEqualTo(404);
        assertThat(api.login(email, PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void adminCannotDeleteThemselves() {
        String admin = adminToken();
        String id = api.get("/api/v1/auth/me", admin).string("id");

        Reply refused = api.delete("/api/v1/auth/admin/users/" + id, admin);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("self-administration");
    }

    @Test
    void unknownUserIdIsNotFoundAndMalformedIdIsBadRequest() {
        String admin = adminToken();

        assertThat(api.get("/api/v1/auth/admin/users/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/auth/admin/users/not-a-uuid", admin).status()).isEqualTo(400);
    }

    @Test
    void resendingVerificationAnswersTheSameForUnknownAddressesAndFloodsNoMailbox() {
        String email = registeredPerson();

        assertThat(api.post("/api/v1/auth/verify-email/resend", Map.of("email", email)).status()).isEqualTo(202);
        assertThat(api.post("/api/v1/auth/verify-email/resend", Map.of("email", "x" + email)).status())
                .isEqualTo(202);
        assertThat(events.ofType(EmailVerificationRequested.class).matchingValue(EmailVerificationRequested::email,
                email)).as("the sign-up mail went out a moment ago: no second one within the cool-down").hasSize(1);
    }

    @Test
    void secondResetRequestWithinTheCooldownSendsNothingNew() {
        String email = registeredPerson();

        api.post("/api/v1/auth/password/forgot", Map.of("email", email));
        Reply again = api.post("/api/v1/auth/password/forgot", Map.of("email", email));

        assertThat(again.status()).isEqualTo(202);
        assertThat(events.ofType(PasswordResetRequested.class).matchingValue(PasswordResetRequested::email, email))
                .hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void openApiDocumentDescribesTheEndpoints() {
        Reply document = api.get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("paths").toString()).contains("/api/v1/auth/register", "/api/v1/auth/login",
                "/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/v1/auth/me", "/api/v1/auth/admin/users",
                "/api/v1/auth/oauth2/{provider}/authorize", "/.well-known/jwks.json");
        Map<String, Object> me = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) document.json()
                .get("paths")).get("/api/v1/auth/me")).get("get");
        assertThat(me).as("the signed-in user is no request parameter").doesNotContainKey("parameters");
    }

    @Test
    void simultaneousSignInsToOneAccountAllSucceed() throws Exception {
        String email = registeredPerson();

        List<Integer> statuses;
        try (var pool = Executors.newFixedThreadPool(8)) {
            var answers = pool.invokeAll(Collections.nCopies(8,
                    (Callable<Integer>) () -> api.login(email, PASSWORD).status()));
            statuses = answers.stream().map(answer -> {
                try {
                    return answer.get();
                }
                catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }

        assertThat(statuses).containsOnly(200);
    }

    private String registeredPerson() {
        String email = newPersonEmail();
        assertThat(api.register(email, PASSWORD).status()).isEqualTo(201);
        return email;
    }

    private static String newPersonEmail() {
        return "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private String adminToken() {
        Reply admin = api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        assertThat(admin.status()).isEqualTo(200);
        return admin.string("accessToken");
    }

    private Reply refresh(String refreshToken) {
        return api.post("/api/v1/auth/refresh", Map.of("refreshToken", refreshToken));
    }

    private String listenTo(String eventType) {
        Queue queue = new Queue("auth-test." + eventType + "." + UUID.randomUUID(), false, true, true);
        amqp.declareQueue(queue);
        TopicExchange exchange = new TopicExchange("qh.events", true, false);
        amqp.declareExchange(exchange);
        amqp.declareBinding(BindingBuilder.bind(queue).to(exchange).with(eventType));
        return queue.getName();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> awaitMessage(String queue) {
        Message[] received = new Message[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> (received[0] = rabbit.receive(queue)) != null);
        return JsonMapper.builder().build().readValue(received[0].getBody(), Map.class);
    }

    private static String tokenSignedByAStranger() throws Exception {
        var key = new RSAKeyGenerator(2048).keyID("stranger").generate();
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().issuer("qh").subject(UUID.randomUUID().toString())
                        .claim("roles", List.of("USER", "ADMIN")).jwtID("x")
                        .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
