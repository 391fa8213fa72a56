package com.qh.auth.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.TestAccounts;
import com.qh.auth.TestAccounts.Session;
import com.qh.auth.totp.Authenticator;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
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
import tools.jackson.databind.JsonNode;

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

    ApiClient api;

    TestAccounts accounts;

    @BeforeEach
    void connect() {
        api = ApiClient.on(port);
        accounts = new TestAccounts(api);
    }

    @Test
    void anAccountRegisteredFirstByAnAttackerIsTakenOverBeforeItIsPromoted() {
        String email = adminAddress();
        String id = accounts.register(email, ATTACKER_PASSWORD).json().path("id").asString();
        Session attacker = accounts.signIn(email, ATTACKER_PASSWORD);
        Authenticator attackersPhone = Authenticator.enrolled(api.as(attacker.accessToken()));
        jdbc.update("insert into external_identity (id, provider, subject, user_id, email, created_at) "
                + "values (?, 'google', ?, ?, ?, ?)", UUID.randomUUID(), "mallory-" + UUID.randomUUID(),
                UUID.fromString(id), email, Timestamp.from(Instant.now()));

        bootstrap.ensureAdmin(new BootstrapAdminProperties(email, CONFIGURED_PASSWORD, "Administrator"));

        Reply attackersPassword = api.post("/api/v1/auth/login", Map.of("email", email, "password",
                ATTACKER_PASSWORD, "totpCode", attackersPhone.nextCode()));
        assertThat(attackersPassword.status()).isEqualTo(401);
        assertThat(attackersPassword.problemType()).isEqualTo("invalid-credentials");
        assertThat(me(attacker.accessToken()).status()).as("the attacker's session ended").isEqualTo(401);
        assertThat(accounts.refresh(attacker.refreshToken()).status()).isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from external_identity where user_id = ?", Integer.class,
                UUID.fromString(id))).as("the attacker's Google link is gone").isZero();

        Reply operator = accounts.login(email, CONFIGURED_PASSWORD);
        assertThat(operator.status()).as("no two-factor device of the attacker's in the way").isEqualTo(200);
        JsonNode me = me(operator.json().path("accessToken").asString()).json();
        assertThat(me.path("id").asString()).isEqualTo(id);
        assertThat(me.path("emailVerified").booleanValue()).isTrue();
        assertThat(me.path("totpEnabled").booleanValue()).isFalse();
        assertThat(roles(me)).containsExactly("USER", "ADMIN");
        assertThat(auditTypes(email)).contains("PASSWORD_RESET", "TOTP_DISABLED", "EMAIL_VERIFIED", "ROLE_CHANGED");
    }

    @Test
    void aVerifiedUserIsStillGivenTheConfiguredPasswordBeforePromotion() {
        String email = adminAddress();
        accounts.register(email, ATTACKER_PASSWORD);
        jdbc.update("update user_account set email_verified = true where email = ?", email);
        String access = accounts.signIn(email, ATTACKER_PASSWORD).accessToken();

        bootstrap.ensureAdmin(new BootstrapAdminProperties(email, CONFIGURED_PASSWORD, "Administrator"));

        assertThat(accounts.login(email, ATTACKER_PASSWORD).status()).isEqualTo(401);
        assertThat(me(access).status()).isEqualTo(401);
        assertThat(accounts.login(email, CONFIGURED_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void aMissingAdminIsCreatedVerifiedWithTheConfiguredPassword() {
        String email = adminAddress();

        bootstrap.ensureAdmin(new BootstrapAdminProperties(email, CONFIGURED_PASSWORD, "Administrator"));

        JsonNode me = me(accounts.signIn(email, CONFIGURED_PASSWORD).accessToken()).json();
        assertThat(me.path("emailVerified").booleanValue()).isTrue();
        assertThat(roles(me)).containsExactly("USER", "ADMIN");
        assertThat(auditTypes(email)).containsExactly("USER_REGISTERED");
    }

    @Test
    void anExistingVerifiedAdminKeepsItsOwnPasswordAndSessions() {
        String email = adminAddress();
        bootstrap.ensureAdmin(new BootstrapAdminProperties(email, CONFIGURED_PASSWORD, "Administrator"));
        String access = accounts.signIn(email, CONFIGURED_PASSWORD).accessToken();

        bootstrap.ensureAdmin(new BootstrapAdminProperties(email, "a later configured phrase", "Administrator"));

        assertThat(accounts.login(email, CONFIGURED_PASSWORD).status()).isEqualTo(200);
        assertThat(me(access).status()).isEqualTo(200);
    }

    private List<String> auditTypes(String email) {
        return jdbc.queryForList("select type from audit_event where email = ? and detail like 'bootstrap admin%'",
                String.class, email);
    }

    private Reply me(String accessToken) {
        return api.as(accessToken).get("/api/v1/auth/me");
    }

    private static List<String> roles(JsonNode account) {
        return account.path("roles").valueStream().map(JsonNode::asString).toList();
    }

    private static String adminAddress() {
        return TestAccounts.newEmail("admin");
    }
}
