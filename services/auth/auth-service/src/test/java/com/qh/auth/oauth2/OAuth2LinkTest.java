package com.qh.auth.oauth2;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.TestAccounts;
import com.qh.test.ApiClient.Reply;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 21, item 4: a provider identity joins an existing account only from that account's signed-in session,
 * never because the addresses match.
 */
class OAuth2LinkTest extends MockGoogle {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void signedInUserLinksGoogleAndThenSignsInWithIt() {
        String email = TestAccounts.newEmail();
        String id = verifiedAccount(email);
        String subject = UUID.randomUUID().toString();

        Reply linked = link(browser, accounts.signIn(email).accessToken(), subject, email);

        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.json().path("provider").asString()).isEqualTo("google");
        assertThat(linked.json().path("linked").booleanValue()).isTrue();
        assertThat(linked.json().has("accessToken")).isFalse();
        assertThat(idOf(signInWithGoogle(newBrowser(), subject, email, true))).isEqualTo(id);
        assertThat(jdbc.queryForList("select detail from audit_event where type = 'OAUTH2_LINKED' and user_id = ?",
                String.class, UUID.fromString(id))).containsExactly("google from a signed-in session");
    }

    @Test
    void aGoogleAccountWithAnotherAddressCanBeLinkedFromTheSession() {
        String email = TestAccounts.newEmail();
        String id = verifiedAccount(email);
        String subject = UUID.randomUUID().toString();
        String googleAddress = TestAccounts.newEmail();

        assertThat(link(browser, accounts.signIn(email).accessToken(), subject, googleAddress).status())
                .isEqualTo(200);

        assertThat(idOf(signInWithGoogle(browser, subject, googleAddress, true))).isEqualTo(id);
    }

    @Test
    void linkingNeedsASignedInSession() {
        Reply anonymous = browser.post("/api/v1/auth/oauth2/google/link", null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(browser.cookie(BrowserBinding.SECURE_NAME)).isNull();
    }

    @Test
    void aGoogleIdentityOfOneAccountIsNotLinkedToAnother() {
        String subject = UUID.randomUUID().toString();
        String googleUser = idOf(signInWithGoogle(browser, subject, TestAccounts.newEmail(), true));
        String email = TestAccounts.newEmail();
        verifiedAccount(email);

        Reply refused = link(newBrowser(), accounts.signIn(email).accessToken(), subject, email);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("oauth2-identity-linked-elsewhere");
        assertThat(idOf(signInWithGoogle(browser, subject, email, true))).isEqualTo(googleUser);
    }

    @Test
    void aLinkStartedInOneBrowserCannotBeFinishedInAnother() {
        String email = TestAccounts.newEmail();
        verifiedAccount(email);
        Reply started = browser.post("/api/v1/auth/oauth2/google/link", null,
                accounts.signIn(email).accessToken());
        URI back = approve(browser, URI.create(started.json().path("authorizationUri").asString()));

        assertThat(newBrowser().get(callbackPath(back)).problemType()).isEqualTo("oauth2-browser-mismatch");
    }

    /** Starts linking with the session's token, approves at "Google" as {@code subject}, and comes back. */
    private Reply link(Browser in, String accessToken, String subject, String googleAddress) {
        Reply started = in.post("/api/v1/auth/oauth2/google/link", null, accessToken);
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.header("Set-Cookie")).startsWith(BrowserBinding.SECURE_NAME + "=");
        URI back = approve(in, URI.create(started.json().path("authorizationUri").asString()));
        return finish(in, back, subject, googleAddress, true);
    }
}
