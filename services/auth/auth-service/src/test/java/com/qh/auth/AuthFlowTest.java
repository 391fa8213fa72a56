package com.qh.auth;

import static com.qh.auth.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.qh.auth.TestAccounts.Session;
import com.qh.auth.api.EmailVerificationRequested;
import com.qh.auth.api.PasswordResetRequested;
import com.qh.auth.api.UserDeleted;
import com.qh.auth.api.UserRegistered;
import com.qh.auth.totp.TotpCodes;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
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
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import tools.jackson.databind.JsonNode;

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

    @LocalServerPort
    int port;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin amqp;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    TestAccounts accounts;

    /** Every event the service publishes during the test, on any thread (the requests run on the server's). */
    PublishedEvents events;

    @BeforeEach
    void connect(PublishedEvents published) {
        api = ApiClient.on(port);
        accounts = new TestAccounts(api);
        events = published;
    }

    @Test
    void signUpVerifySignInRefreshAndSignOut() {
        EventQueue verifications = EventQueue.listeningTo("user.email-verification-requested.v1", amqp, rabbit);
        String email = TestAccounts.newEmail();

        Reply registered = accounts.register("  " + email.toUpperCase() + " ", PASSWORD);
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.json().path("email").asString()).isEqualTo(email);
        assertThat(registered.json().path("emailVerified").booleanValue()).isFalse();

        JsonNode verification = verifications.next();
        assertThat(verification.path("email").asString()).isEqualTo(email);
        assertThat(verification.path("userId").asString()).isEqualTo(registered.json().path("id").asString());
        String token = verification.path("token").asString();
        assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", token)).status()).isEqualTo(204);
        assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", token)).problemType())
                .isEqualTo("invalid-token");

        Session signedIn = accounts.signIn(email);
        assertThat(signedIn.reply().json().path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(signedIn.reply().json().path("expiresIn").intValue()).isEqualTo(900);

        Reply me = me(signedIn.accessToken());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("email").asString()).isEqualTo(email);
        assertThat(me.json().path("emailVerified").booleanValue()).isTrue();
        assertThat(roles(me)).containsExactly("USER");

        Session refreshed = accounts.refreshed(signedIn);
        assertThat(refreshed.refreshToken()).isNotEqualTo(signedIn.refreshToken());

        Reply replayed = accounts.refresh(signedIn.refreshToken());
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.problemType()).isEqualTo("refresh-token-reused");
        assertThat(accounts.refresh(refreshed.refreshToken()).status())
                .as("the whole family is revoked after reuse").isEqualTo(401);
        assertThat(me(refreshed.accessToken()).status())
                .as("the family's access token is refused too").isEqualTo(401);

        Session again = accounts.signIn(email);
        assertThat(api.as(again.accessToken()).post("/api/v1/auth/logout", Map.of()).status()).isEqualTo(204);
        assertThat(me(again.accessToken()).status()).isEqualTo(401);
        assertThat(accounts.refresh(again.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void publishesUserRegisteredWithTheNormalisedAddress() {
        String email = TestAccounts.newEmail();

        Reply registered = accounts.register(email, PASSWORD);

        UserRegistered event = assertThat(events.ofType(UserRegistered.class)
                .matchingValue(UserRegistered::email, email)).singleElement().actual();
        assertThat(event.userId().toString()).isEqualTo(registered.json().path("id").asString());
        assertThat(event.emailVerified()).isFalse();
    }

    @Test
    void accessTokenIsRs256JwtWithQhClaimsAndKeyInJwks() throws Exception {
        String email = accounts.registered();

        SignedJWT jwt = SignedJWT.parse(accounts.signIn(email).accessToken());

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
        assertThat(jwks.text()).contains(jwt.getHeader().getKeyID()).doesNotContain("\"d\"");
    }

    @Test
    void refusesTamperedForeignAndUnsignedTokens() throws Exception {
        String access = accounts.signedUp().accessToken();
        String[] parts = access.split("\\.");
        String adminClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(new String(
                Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("[\"USER\"]", "[\"USER\",\"ADMIN\"]").getBytes(StandardCharsets.UTF_8));
        String tampered = parts[0] + "." + adminClaims + "." + parts[2];
        String unsigned = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";

        assertThat(me(tampered).status()).isEqualTo(401);
        assertThat(me(unsigned).status()).isEqualTo(401);
        assertThat(me(tokenSignedByAStranger()).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me").problemType()).isEqualTo("unauthorized");
    }

    @Test
    void secondRegistrationWithTheSameAddressIsAConflict() {
        String email = accounts.registered();

        Reply duplicate = accounts.register(email.toUpperCase(), PASSWORD);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.problemType()).isEqualTo("email-taken");
    }

    @Test
    void commonPasswordIsRefusedWithFieldError() {
        Reply weak = accounts.register(TestAccounts.newEmail(), "Password2024!");

        assertThat(weak.status()).isEqualTo(422);
        assertThat(weak.problemType()).isEqualTo("weak-password");
        assertThat(weak.errorFields()).contains("password");
        assertThat(weak.json().path("errors").toString()).contains("too common");
    }

    @Test
    void malformedSignUpIsAValidationProblemNotAServerError() {
        Reply invalid = api.post("/api/v1/auth/register", Map.of("email", "not-an-address", "password", "",
                "displayName", "", "locale", "en"));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.problemType()).isEqualTo("validation");
        assertThat(invalid.errorFields()).contains("email", "password", "displayName");
    }

    @Test
    void wrongPasswordIsRefusedAndAudited() {
        String email = accounts.registered();

        Reply refused = accounts.login(email, "not the password at all");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problemType()).isEqualTo("invalid-credentials");
        Reply audit = api.as(adminToken()).get("/api/v1/auth/admin/audit?type=SIGN_IN_FAILED&size=200");
        assertThat(audit.json().path("items").toString()).contains(email);
    }

    @Test
    void repeatedFailuresLockTheAccountForAWhile() {
        String email = accounts.registered();
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.login(email, "wrong password " + i).status()).isEqualTo(401);
        }

        Reply locked = accounts.login(email, PASSWORD);

        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.problemType()).isEqualTo("account-locked");
        assertThat(locked.header("Retry-After")).isNotBlank();
    }

    @Test
    void forgottenPasswordIsResetOnceWithTheMailedToken() {
        String email = accounts.registered();
        Session oldSession = accounts.signIn(email);

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
        assertThat(accounts.login(email, PASSWORD).status()).isEqualTo(401);
        assertThat(accounts.login(email, newPassword).status()).isEqualTo(200);
        assertThat(accounts.refresh(oldSession.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void changingThePasswordEndsOtherSessionsButKeepsThisOne() {
        String email = accounts.registered();
        Session here = accounts.signIn(email);
        Session elsewhere = accounts.signIn(email);

        Reply changed = api.as(here.accessToken()).post("/api/v1/auth/password/change", Map.of("currentPassword",
                PASSWORD, "newPassword", "another long passphrase"));

        assertThat(changed.status()).isEqualTo(204);
        assertThat(me(here.accessToken()).status()).isEqualTo(200);
        assertThat(accounts.refresh(here.refreshToken()).status()).isEqualTo(200);
        assertThat(me(elsewhere.accessToken()).status()).isEqualTo(401);
        assertThat(accounts.refresh(elsewhere.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        String access = accounts.signedUp().accessToken();

        Reply refused = api.as(access).post("/api/v1/auth/password/change", Map.of("currentPassword",
                "a wrong guess here", "newPassword", "another long passphrase"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problemType()).isEqualTo("wrong-password");
    }

    @Test
    void twoFactorAccountsNeedAFreshCodeToSignIn() {
        Session session = accounts.signedUp();
        String email = session.email();
        ApiClient signedIn = api.as(session.accessToken());
        TotpCodes authenticator = new TotpCodes("QH");

        Reply enrolment = signedIn.post("/api/v1/auth/2fa/totp", null);
        assertThat(enrolment.status()).isEqualTo(200);
        assertThat(enrolment.json().path("otpauthUri").asString()).startsWith("otpauth://totp/");
        String secret = enrolment.json().path("secret").asString();
        String code = authenticator.codeAt(secret, Instant.now());
        assertThat(signedIn.post("/api/v1/auth/2fa/totp/confirm", Map.of("code", code)).status()).isEqualTo(204);
        assertThat(jdbc.queryForObject("select totp_secret from user_account where email = ?", String.class, email))
                .startsWith("enc:v1:").doesNotContain(secret);

        Reply withoutCode = accounts.login(email, PASSWORD);
        assertThat(withoutCode.status()).isEqualTo(401);
        assertThat(withoutCode.problemType()).isEqualTo("totp-required");
        Reply replayedCode = api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD,
                "totpCode", code));
        assertThat(replayedCode.problemType()).isEqualTo("invalid-totp-code");
        String nextCode = authenticator.codeAt(secret, Instant.now().plusSeconds(30));
        Reply withCode = api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD,
                "totpCode", nextCode));
        assertThat(withCode.status()).isEqualTo(200);
        assertThat(me(withCode.json().path("accessToken").asString()).json().path("totpEnabled").booleanValue())
                .isTrue();
    }

    @Test
    void keepsSigningKeysEncryptedAtRest() {
        accounts.signedUp();

        assertThat(jdbc.queryForList("select private_key from signing_key", String.class)).isNotEmpty()
                .allSatisfy(stored -> assertThat(stored).startsWith("enc:v1:"));
    }

    @Test
    void adminApiIsForbiddenToUsers() {
        ApiClient user = api.as(accounts.signedUp().accessToken());

        Reply forbidden = user.get("/api/v1/auth/admin/users");

        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.problemType()).isEqualTo("forbidden");
        assertThat(user.get("/api/v1/auth/admin/audit").status()).isEqualTo(403);
    }

    @Test
    void bootstrapAdminFindsUsersBySearch() {
        String email = accounts.registered();
        ApiClient admin = api.as(adminToken());

        Reply found = admin.get("/api/v1/auth/admin/users?q=" + email.substring(0, email.indexOf('@')));

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().path("total").intValue()).isEqualTo(1);
        assertThat(found.json().path("items").toString()).contains(email);
    }

    @Test
    void disabledUserIsSignedOutAtOnceAndCannotSignInUntilEnabled() {
        Session session = accounts.signedUp();
        String id = idOf(session);
        ApiClient admin = api.as(adminToken());

        Reply disabled = admin.post("/api/v1/auth/admin/users/" + id + "/disable", null);

        assertThat(disabled.json().path("enabled").booleanValue()).isFalse();
        assertThat(me(session.accessToken()).status()).isEqualTo(401);
        assertThat(accounts.login(session.email(), PASSWORD).problemType()).isEqualTo("account-disabled");
        assertThat(admin.post("/api/v1/auth/admin/users/" + id + "/enable", null).status()).isEqualTo(200);
        assertThat(accounts.login(session.email(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void promotedUserGetsAdminRoleInNewTokens() {
        Session session = accounts.signedUp();
        String id = idOf(session);

        Reply promoted = api.as(adminToken()).put("/api/v1/auth/admin/users/" + id + "/role", Map.of("role",
                "ADMIN"));

        assertThat(roles(promoted)).containsExactly("USER", "ADMIN");
        String access = accounts.signIn(session.email()).accessToken();
        assertThat(api.as(access).get("/api/v1/auth/admin/users").status()).isEqualTo(200);
        Reply audit = api.as(adminToken()).get("/api/v1/auth/admin/audit?userId=" + id + "&type=ROLE_CHANGED");
        assertThat(audit.json().path("items").toString()).contains("USER -> ADMIN");
    }

    @Test
    void deletedUserIsGoneAndEveryServiceIsTold() {
        Session session = accounts.signedUp();
        String id = idOf(session);
        ApiClient admin = api.as(adminToken());

        assertThat(admin.delete("/api/v1/auth/admin/users/" + id).status()).isEqualTo(204);

        assertThat(events.ofType(UserDeleted.class).matching(e -> e.userId().toString().equals(id))).hasSize(1);
        assertThat(admin.get("/api/v1/auth/admin/users/" + id).status()).isEqualTo(404);
        assertThat(accounts.login(session.email(), PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void adminCannotDeleteThemselves() {
        ApiClient admin = api.as(adminToken());
        String id = admin.get("/api/v1/auth/me").json().path("id").asString();

        Reply refused = admin.delete("/api/v1/auth/admin/users/" + id);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("self-administration");
    }

    @Test
    void unknownUserIdIsNotFoundAndMalformedIdIsBadRequest() {
        ApiClient admin = api.as(adminToken());

        assertThat(admin.get("/api/v1/auth/admin/users/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/auth/admin/users/not-a-uuid").status()).isEqualTo(400);
    }

    @Test
    void resendingVerificationAnswersTheSameForUnknownAddressesAndFloodsNoMailbox() {
        String email = accounts.registered();

        assertThat(api.post("/api/v1/auth/verify-email/resend", Map.of("email", email)).status()).isEqualTo(202);
        assertThat(api.post("/api/v1/auth/verify-email/resend", Map.of("email", "x" + email)).status())
                .isEqualTo(202);
        assertThat(events.ofType(EmailVerificationRequested.class).matchingValue(EmailVerificationRequested::email,
                email)).as("the sign-up mail went out a moment ago: no second one within the cool-down").hasSize(1);
    }

    @Test
    void secondResetRequestWithinTheCooldownSendsNothingNew() {
        String email = accounts.registered();

        api.post("/api/v1/auth/password/forgot", Map.of("email", email));
        Reply again = api.post("/api/v1/auth/password/forgot", Map.of("email", email));

        assertThat(again.status()).isEqualTo(202);
        assertThat(events.ofType(PasswordResetRequested.class).matchingValue(PasswordResetRequested::email, email))
                .hasSize(1);
    }

    @Test
    void openApiDocumentDescribesTheEndpoints() {
        Reply document = api.get("/v3/api-docs");

        assertThat(document.status()).isEqualTo(200);
        JsonNode paths = document.json().path("paths");
        assertThat(paths.propertyNames()).contains("/api/v1/auth/register", "/api/v1/auth/login",
                "/api/v1/auth/refresh", "/api/v1/auth/logout", "/api/v1/auth/me", "/api/v1/auth/admin/users",
                "/api/v1/auth/oauth2/{provider}/authorize", "/.well-known/jwks.json");
        JsonNode me = paths.path("/api/v1/auth/me").path("get");
        assertThat(me.isObject()).isTrue();
        assertThat(me.has("parameters")).as("the signed-in user is no request parameter").isFalse();
    }

    @Test
    void simultaneousSignInsToOneAccountAllSucceed() throws Exception {
        String email = accounts.registered();

        List<Integer> statuses;
        try (var pool = Executors.newFixedThreadPool(8)) {
            var answers = pool.invokeAll(Collections.nCopies(8,
                    (Callable<Integer>) () -> accounts.login(email, PASSWORD).status()));
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

    private Reply me(String accessToken) {
        return api.as(accessToken).get("/api/v1/auth/me");
    }

    private String idOf(Session session) {
        return me(session.accessToken()).json().path("id").asString();
    }

    private static List<String> roles(Reply account) {
        return account.json().path("roles").valueStream().map(JsonNode::asString).toList();
    }

    private String adminToken() {
        return accounts.signIn(ADMIN_EMAIL, ADMIN_PASSWORD).accessToken();
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
