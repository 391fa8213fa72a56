package com.qh.auth.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.AuthApi;
import com.qh.auth.AuthApi.Reply;
import com.qh.auth.totp.TotpCodes;
import com.qh.test.QhServiceTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 21, item 6: the bootstrap admin's address may already belong to an account someone else registered first.
 * The start-up step ({@link BootstrapAdmin#ensureAdmin}, the bean the service runs at every start) must take such
 * an account over before promoting it, never hand admin rights to the registrant's password, sessions, two-factor
 * device or Google link.
 */
@QhServiceTest(properties = "qh.auth.login.attempts-per-ip=10000")
class BootstrapAdminTakeoverTest {

    static final String ATTACKER_PASSWORD = "mallory waited here first";
    static final String CONFIGURED_PASSWORD = "the operator's bootstrap phrase";

    @LocalServerPort
    int port;

    @Autowired
    BootstrapAdmin bootstrap;

    @Autowired
    JdbcTemplate jdbc;

    final TotpCodes authenticator = new TotpCodes("QH");

    AuthApi api;

    @BeforeEach
    void connect() {
        api = new AuthApi("http://localhost:" + port);
    }

    @Test
    void anAccountRegisteredFirstByAnAttackerIsTakenOverBeforeItIsPromoted() {
        String email = adminAddress();
        String id = api.register(email, ATTACKER_PASSWORD).string("id");
        Reply attacker = api.login(email, ATTACKER_PASSWORD);
        String access = attacker.string("accessToken");
        String secret = api.post("/api/v1/auth/2fa/totp", null, access).string("secret");
        assertThat(api.post("/api/v1/auth/2fa/totp/confirm", Map.of("code", authenticator.codeAt(secret,
                Instant.now())), access).status()).isEqualTo(204);
        jdbc.update("insert into external_identity (id, provider, subject, user_id, email, created_at) "
                + "values (?, 'google', ?, ?, ?, ?)", UUID.randomUUID(), "mallory-" + UUID.randomUUID(),
                UUID.fromString(id), email, Timestamp.from(Instant.now()));

        bootstrap.ensureAdmin(new BootstrapAdminProperties(email, CONFIGURED_PASSWORD, "Administrator"));

        Reply attackersPassword = api.post("/api/v1/auth/login", Map.of("email", email, "password",
                ATTACKER_PASSWORD, "totpCode", authenticator.codeAt(secret, Instant.now().plusSeconds(30))));
        assertThat(attackersPassword.status()).isEqualTo(401);
        assertThat(attackersPassword.problemType()).isEqualTo("invalid-credentials");
        assertThat(api.get("/api/v1/auth/me", access).status()).as("the attacker's session ended").isEqualTo(401);
        assertThat(api.post("/api/v1/auth/refresh", Map.of("refreshToken", attacker.string("refreshToken")))
                .status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from external_identity where user_id = ?", Integer.class,
                UUID.fromString(id))).as("the attacker's Google link is gone").isZero();

        Reply operator = api.login(email, CONFIGURED_PASSWORD);
        assertThat(operator.status()).as("no two-factor device of the attacker's in the way").isEqualTo(200);
        Map<String, Object> me = api.get("/api/v1/auth/me", operator.string("accessToken")).json();
        assertThat(me).containsEntry("id", id).containsEntry("emailVerified", true).containsEntry("totpEnabled",
                false);
        assertThat(me.get("roles")).isEqualTo(List.of("USER", "ADMIN"));
        assertThat(auditTypes(email)).contains("PASSWORD_RESET", "TOTP_DISABLED", "EMAIL_VERIFIED", "ROLE_CHANGED");
    }

    @Test
    void aVerifiedUserIsStillGivenTheConfiguredPasswordBeforePromotion() {
        String email = adminAddress();
        api.register(email, ATTACKER_PASSWORD);
        jdbc.update("update user_account set email_verified = true where email = ?", email);
        String access = api.login(email, ATTACKER_PASSWORD).string("accessToken");

        bootstrap.ensureAdmin(new BootstrapAdminProperties(email, CONFIGURED_PASSWORD, "Administrator"));

        assertThat(api.login(email, ATTACKER_PASSWORD).status()).isEqualTo(401);
        assertThat(api.get("/api/v1/auth/me", access).status()).isEqualTo(401);
        assertThat(api.login(email, CONFIGURED_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aMissingAdminIsCreatedVerifiedWithTheConfiguredPassword() {
        String email = adminAddress();

        bootstrap.ensureAdmin(new BootstrapAdminProperties(email, CONFIGURED_PASSWORD, "Administrator"));

        Reply operator = api.login(email, CONFIGURED_PASSWORD);
        assertThat(operator.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", operator.string("accessToken")).json())
                .containsEntry("emailVerified", true).containsEntry("roles", List.of("USER", "ADMIN"));
        assertThat(auditTypes(email)).containsExactly("USER_REGISTERED");
    }

    @Test
    void anExistingVerifiedAdminKeepsItsOwnPasswordAndSessions() {
        String email = adminAddress();
        bootstrap.ensureAdmin(new BootstrapAdminProperties(email, CONFIGURED_PASSWORD, "Administrator"));
        String access = api.login(email, CONFIGURED_PASSWORD).string("accessToken");

        bootstrap.ensureAdmin(new BootstrapAdminProperties(email, "a later configured phrase", "Administrator"));

        assertThat(api.login(email, CONFIGURED_PASSWORD).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", access).status()).isEqualTo(200);
    }

    private List<String> auditTypes(String email) {
        return jdbc.queryForList("select type from audit_event where email = ? and detail like 'bootstrap admin%'",
                String.class, email);
    }

    private static String adminAddress() {
        return "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
