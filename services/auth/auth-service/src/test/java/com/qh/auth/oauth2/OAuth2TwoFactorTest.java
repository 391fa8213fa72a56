package com.qh.auth.oauth2;

import static com.qh.auth.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.TestAccounts;
import com.qh.auth.totp.Authenticator;
import com.qh.test.ApiClient.Reply;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 21, item 4: Google is one factor. An account with two-factor on gets no session from Google alone; it gets
 * the same {@code totp-required} problem password sign-in answers, with a token for the second step.
 */
class OAuth2TwoFactorTest extends MockGoogle {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void googleSignInOfAnAccountWithTwoFactorAsksForTheCodeBeforeAnySession() {
        Account account = accountWithGoogleAndTwoFactor();

        Reply first = signInWithGoogle(browser, account.subject(), account.email(), true);

        assertThat(first.status()).isEqualTo(401);
        assertThat(first.problemType()).isEqualTo("totp-required");
        assertThat(first.json().has("accessToken")).isFalse();
        assertThat(first.json().has("refreshToken")).isFalse();
        assertThat(first.json().has("twoFactorToken")).isTrue();
        assertThat(first.json().path("expiresIn").intValue()).isEqualTo(300);
        Reply second = browser.post("/api/v1/auth/oauth2/totp", Map.of("twoFactorToken",
                first.json().path("twoFactorToken").asString(), "totpCode", account.authenticator().nextCode()));
        assertThat(second.status()).isEqualTo(200);
        assertThat(idOf(second)).isEqualTo(account.id());
    }

    @Test
    void theTwoFactorStepWorksOnce() {
        Account account = accountWithGoogleAndTwoFactor();
        String token = twoFactorToken(account);
        assertThat(secondStep(token, account.authenticator().nextCode()).status()).isEqualTo(200);

        Reply again = secondStep(token, account.authenticator().codeAt(Instant.now().plusSeconds(60)));

        assertThat(again.status()).isEqualTo(401);
        assertThat(again.problemType()).isEqualTo("invalid-two-factor-step");
    }

    @Test
    void anUnknownTwoFactorTokenIsRefused() {
        Reply refused = secondStep(UUID.randomUUID().toString(), "123456");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.problemType()).isEqualTo("invalid-two-factor-step");
    }

    @Test
    void wrongCodesAfterGoogleCountTowardTheSignInLockout() {
        Account account = accountWithGoogleAndTwoFactor();
        String token = twoFactorToken(account);
        String[] wrongCodes = account.authenticator().wrongCodes();

        for (int i = 0; i < 4; i++) {
            Reply wrong = secondStep(token, wrongCodes[i]);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.problemType()).isEqualTo("invalid-totp-code");
        }
        Reply fifth = secondStep(token, wrongCodes[4]);

        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.problemType()).isEqualTo("account-locked");
        assertThat(secondStep(token, account.authenticator().nextCode()).status()).as("the right code while locked")
                .isEqualTo(429);
        assertThat(accounts.login(account.email(), PASSWORD).problemType()).isEqualTo("account-locked");
        assertThat(jdbc.queryForList("select type from audit_event where email = ?", String.class, account.email()))
                .contains("SIGN_IN_FAILED", "ACCOUNT_LOCKED");
    }

    /** Google's half of the sign-in: the token the second step needs. */
    private String twoFactorToken(Account account) {
        return signInWithGoogle(browser, account.subject(), account.email(), true).json().path("twoFactorToken")
                .asString();
    }

    private Reply secondStep(String token, String code) {
        return browser.post("/api/v1/auth/oauth2/totp", Map.of("twoFactorToken", token, "totpCode", code));
    }

    /** A password account with Google linked from its session and two-factor confirmed. */
    private Account accountWithGoogleAndTwoFactor() {
        String email = TestAccounts.newEmail();
        String id = verifiedAccount(email);
        String access = accounts.signIn(email).accessToken();
        String subject = UUID.randomUUID().toString();
        Browser linking = newBrowser();
        Reply started = linking.post("/api/v1/auth/oauth2/google/link", null, access);
        URI back = approve(linking, URI.create(started.json().path("authorizationUri").asString()));
        assertThat(finish(linking, back, subject, email, true).status()).isEqualTo(200);
        return new Account(id, email, subject, Authenticator.enrolled(api.as(access)));
    }

    private record Account(String id, String email, String subject, Authenticator authenticator) {
    }
}
