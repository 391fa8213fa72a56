package com.qh.auth.account;

import static com.qh.auth.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.auth.TestAccounts;
import com.qh.platform.web.ConflictException;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-up refuses addresses that render like an existing one (issue 21, item 11), and names a display name it
 * cannot store instead of calling it a taken address (item 14).
 */
@QhServiceTest(properties = "qh.auth.login.attempts-per-ip=10000")
class LookAlikeAccountsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    EmailSkeletonBackfill backfill;

    ApiClient api;

    TestAccounts people;

    @BeforeEach
    void connect() {
        api = ApiClient.on(port);
        people = new TestAccounts(api);
    }

    @Test
    void refusesInvisibleCharactersInTheAddressWithAValidationProblemNamingTheField() {
        String domain = domain();
        people.registered("admin@" + domain);

        for (String lookAlike : List.of("admin\u200B@" + domain, "ad\u00ADmin@" + domain, "admin\u2060@" + domain,
                "\u202Eadmin@" + domain, "adm\u200Din@" + domain)) {
            Reply refused = people.register(lookAlike, PASSWORD);

            assertThat(refused.status()).as(lookAlike).isEqualTo(400);
            assertThat(refused.problemType()).isEqualTo("validation");
            assertThat(refused.errorFields()).contains("email");
            assertThat(refused.json().path("errors").toString()).contains("invisible");
        }
        assertThat(accountsAt(domain)).isEqualTo(1);
    }

    @Test
    void fullwidthSpellingIsTheSameAddressAndTaken() {
        String domain = domain();
        people.registered("admin@" + domain);

        Reply fullwidth = people.register("\uFF41dmin@" + domain, PASSWORD);

        assertThat(fullwidth.status()).isEqualTo(409);
        assertThat(fullwidth.problemType()).isEqualTo("email-taken");
        assertThat(accountsAt(domain)).isEqualTo(1);
    }

    @Test
    void refusesAnAddressConfusableWithAnExistingOne() {
        String domain = domain();
        people.registered("admin@" + domain);

        Reply cyrillic = people.register("\u0430dmin@" + domain, PASSWORD);

        assertThat(cyrillic.status()).isEqualTo(409);
        assertThat(cyrillic.problemType()).isEqualTo("email-confusable");
        assertThat(accountsAt(domain)).isEqualTo(1);
    }

    @Test
    void refusesTheRealAddressWhenALookAlikeCameFirst() {
        String domain = domain();
        people.registered("\u0430dmin@" + domain);

        assertThat(people.register("admin@" + domain, PASSWORD).problemType()).isEqualTo("email-confusable");
    }

    @Test
    void externalSignUpIsRefusedTooWhenItsAddressLooksLikeAnExistingOne() {
        String domain = domain();
        people.registered("admin@" + domain);

        assertThatThrownBy(() -> accounts.registerExternal("\u0430dmin@" + domain, "Mallory", true))
                .isInstanceOf(ConflictException.class).hasMessageContaining("looks like");
    }

    @Test
    void storesTheSkeletonAndComputesItAtStartForAccountsThatHaveNone() {
        String domain = domain();
        people.registered("admin@" + domain);
        assertThat(skeletonOf("admin@" + domain)).isEqualTo(EmailAddresses.skeleton("admin@" + domain));
        // As an account stored before V7 would be.
        jdbc.update("update user_account set email_skeleton = null where email = ?", "admin@" + domain);

        backfill.run(null);

        assertThat(skeletonOf("admin@" + domain)).isEqualTo(EmailAddresses.skeleton("admin@" + domain));
        assertThat(people.register("\u0430dmin@" + domain, PASSWORD).problemType()).isEqualTo("email-confusable");
    }

    @Test
    void nulInTheDisplayNameIsAValidationProblemOnTheFieldNotATakenAddress() {
        Reply refused = api.post("/api/v1/auth/register", Map.of("email", "nul@" + domain(), "password", PASSWORD,
                "displayName", "Ada\u0000Lovelace", "locale", "en"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemType()).isEqualTo("validation");
        assertThat(refused.errorFields()).contains("displayName");
    }

    @Test
    void bidiOverrideInTheDisplayNameIsRefused() {
        Reply refused = api.post("/api/v1/auth/register", Map.of("email", "bidi@" + domain(), "password", PASSWORD,
                "displayName", "Ada \u202Egnp.exe", "locale", "en"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).contains("displayName");
    }

    @Test
    void aStorageFailureIsNotReportedAsATakenAddress() {
        // 101 characters do not fit display_name varchar(100): a storage error, not a duplicate address.
        assertThatThrownBy(() -> accounts.registerExternal("long-name@" + domain(), "x".repeat(101), true))
                .isInstanceOf(DataIntegrityViolationException.class).isNotInstanceOf(ConflictException.class);
    }

    private long accountsAt(String domain) {
        return jdbc.queryForObject("select count(*) from user_account where email like ?", Long.class, "%@" + domain);
    }

    private String skeletonOf(String email) {
        return jdbc.queryForObject("select email_skeleton from user_account where email = ?", String.class, email);
    }

    private static String domain() {
        return "d" + UUID.randomUUID().toString().substring(0, 8) + ".test";
    }
}
