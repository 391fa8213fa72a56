package com.qh.auth.deletion;

import static com.qh.auth.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.TestAccounts;
import com.qh.auth.TestAccounts.Session;
import com.qh.auth.api.UserDeleted;
import com.qh.auth.totp.Authenticator;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;

/**
 * A person managing their own account: signing out everywhere, and deleting the account after proving it is them
 * again, through the same deletion an admin's takes ({@code user.deleted.v1}).
 */
@QhServiceTest(properties = {
        "qh.auth.bootstrap-admin.email=" + SelfServiceTest.ADMIN_EMAIL,
        "qh.auth.bootstrap-admin.password=" + SelfServiceTest.ADMIN_PASSWORD,
        "qh.auth.login.attempts-per-ip=10000" })
@ExtendWith(PublishedEventsExtension.class)
class SelfServiceTest {

    static final String ADMIN_EMAIL = "only-admin@qh.test";
    static final String ADMIN_PASSWORD = "the only admin passphrase";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    TestAccounts accounts;

    PublishedEvents events;

    @BeforeEach
    void connect(PublishedEvents published) {
        api = ApiClient.on(port);
        accounts = new TestAccounts(api);
        events = published;
    }

    @Test
    void signingOutEverywhereEndsEverySessionThisOneIncluded() {
        Session phone = accounts.signedUp();
        Session laptop = accounts.signIn(phone.email());
        Session refreshedLaptop = accounts.refreshed(laptop);

        Reply out = api.as(phone.accessToken()).post("/api/v1/auth/logout-all", null);

        assertThat(out.status()).as(out.toString()).isEqualTo(204);
        assertThat(me(phone.accessToken()).status()).as("the caller's own access token").isEqualTo(401);
        assertThat(me(refreshedLaptop.accessToken()).status()).as("another session's access token").isEqualTo(401);
        assertThat(accounts.refresh(phone.refreshToken()).status()).isEqualTo(401);
        assertThat(accounts.refresh(refreshedLaptop.refreshToken()).status()).isEqualTo(401);
        assertThat(accounts.signIn(phone.email()).accessToken()).as("signing in again works").isNotBlank();
        assertThat(jdbc.queryForList("select detail from audit_event where user_id = ?::uuid and type = ?",
                String.class, idOf(accounts.signIn(phone.email())), "SIGNED_OUT_EVERYWHERE"))
                .containsExactly("2 sessions ended");
    }

    @Test
    void signingOutEverywhereNeedsAnAccessToken() {
        assertThat(api.post("/api/v1/auth/logout-all", null).status()).isEqualTo(401);
    }

    @Test
    void deletesAnAccountWithItsPasswordThroughTheAdminsDeletion() {
        Session session = accounts.signedUp();
        Session other = accounts.signIn(session.email());
        String id = idOf(session);

        Reply deleted = deleteMe(session, Map.of("password", PASSWORD));

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(events.ofType(UserDeleted.class).matching(e -> e.userId().toString().equals(id))).hasSize(1);
        assertThat(me(session.accessToken()).status()).isEqualTo(401);
        assertThat(me(other.accessToken()).status()).as("every session ends").isEqualTo(401);
        assertThat(accounts.refresh(other.refreshToken()).status()).isEqualTo(401);
        assertThat(accounts.login(session.email(), PASSWORD).problemType()).isEqualTo("invalid-credentials");
        assertThat(jdbc.queryForObject("select count(*) from user_account where id = ?::uuid", Long.class, id))
                .isZero();
        assertThat(auditDetails(session.email(), "USER_DELETED")).singleElement().asString()
                .startsWith("by the owner");
    }

    @Test
    void refusesWithoutThePasswordNamingTheField() {
        Session session = accounts.signedUp();

        Reply noBody = api.as(session.accessToken()).delete("/api/v1/auth/me");
        Reply noPassword = deleteMe(session, Map.of("confirm", session.email()));

        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.problemType()).isEqualTo("reauthentication-required");
        assertThat(noBody.errorFields()).containsExactly("password");
        assertThat(noPassword.status()).isEqualTo(400);
        assertThat(noPassword.detail()).isEqualTo("To delete this account, enter its password.");
        assertThat(me(session.accessToken()).status()).as("still there").isEqualTo(200);
    }

    @Test
    void wrongPasswordsAre401AndLockTheAccountLikeSignIn() {
        Session session = accounts.signedUp();

        for (int i = 1; i <= 4; i++) {
            Reply wrong = deleteMe(session, Map.of("password", "wrong guess number " + i));
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.problemType()).isEqualTo("wrong-password");
        }
        Reply fifth = deleteMe(session, Map.of("password", "wrong guess number 5"));
        Reply rightButLocked = deleteMe(session, Map.of("password", PASSWORD));

        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.problemType()).isEqualTo("account-locked");
        assertThat(rightButLocked.status()).isEqualTo(429);
        assertThat(accounts.login(session.email(), PASSWORD).problemType()).isEqualTo("account-locked");
        assertThat(auditDetails(session.email(), "ACCOUNT_DELETION_FAILED")).contains("wrong password");
        assertThat(me(session.accessToken()).status()).as("still there").isEqualTo(200);
    }

    @Test
    void twoFactorAccountsNeedTheirCodeToo() {
        Session session = accounts.signedUp();
        Authenticator authenticator = Authenticator.enrolled(api.as(session.accessToken()));

        Reply noCode = deleteMe(session, Map.of("password", PASSWORD));
        Reply wrongCode = deleteMe(session, Map.of("password", PASSWORD, "totpCode",
                authenticator.wrongCodes()[0]));
        Reply malformed = deleteMe(session, Map.of("password", PASSWORD, "totpCode", "12345x"));
        Reply deleted = deleteMe(session, Map.of("password", PASSWORD, "totpCode", authenticator.nextCode()));

        assertThat(noCode.status()).isEqualTo(400);
        assertThat(noCode.errorFields()).containsExactly("totpCode");
        assertThat(noCode.detail()).contains("password and the current two-factor code");
        assertThat(wrongCode.status()).isEqualTo(401);
        assertThat(wrongCode.problemType()).isEqualTo("invalid-totp-code");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorFields()).containsExactly("totpCode");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
    }

    @Test
    void theOnlyAdminCannotDeleteTheirAccount() {
        Session admin = accounts.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);

        Reply refused = deleteMe(admin, Map.of("password", ADMIN_PASSWORD));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("last-admin");
        assertThat(me(admin.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void isDescribedInTheOpenApiDocument() {
        var paths = api.get("/v3/api-docs").json().path("paths");

        assertThat(paths.path("/api/v1/auth/me").has("delete")).isTrue();
        assertThat(paths.path("/api/v1/auth/logout-all").has("post")).isTrue();
        assertThat(paths.path("/api/v1/auth/me").path("delete").path("responses").propertyNames())
                .contains("204", "400", "401", "409", "429");
    }

    private Reply deleteMe(Session session, Map<String, String> body) {
        return api.as(session.accessToken()).send("DELETE", "/api/v1/auth/me", body);
    }

    private Reply me(String accessToken) {
        return api.as(accessToken).get("/api/v1/auth/me");
    }

    private String idOf(Session session) {
        return me(session.accessToken()).json().path("id").asString();
    }

    private List<String> auditDetails(String email, String type) {
        return jdbc.queryForList("select detail from audit_event where email = ? and type = ?", String.class, email,
                type);
    }
}
