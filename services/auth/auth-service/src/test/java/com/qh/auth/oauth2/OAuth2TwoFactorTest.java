package com.qh.auth.oauth2;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.AuthApi.Reply;
import com.qh.auth.totp.TotpCodes;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 21, item 4: Google is one factor. An account with two-factor on gets no session from Google alone; it gets
 * the same {@code totp-required} problem password sign-in answers, with a token for the second step.
 */
class OAuth2TwoFactorTest extends MockGoogle {

    final TotpCodes authenticator = new TotpCodes("QH");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void googleSignInOfAnAccountWithTwoFactorAsksForTheCodeBeforeAnySession() {
        Account account = accountWithGoogleAndTwoFactor();

        Reply first = signInWithGoogle(browser, account.subject(), account.email(), true);

        assertThat(first.status()).isEqualTo(401);
        assertThat(first.problemType()).isEqualTo("totp-required");
        assertThat(first.json()).doesNotContainKeys("accessToken", "refreshToken").containsKey("twoFactorToken")
                .containsEntry("expiresIn", 300);
        Reply second = browser.post("/api/v1/auth/oauth2/totp", Map.of("twoFactorToken",
                first.string("twoFactorToken"), "totpCode", nextCode(account)));
        assertThat(second.status()).isEqualTo(200);
        assertThat(idOf(second)).isEqualTo(account.id());
    }

    @Test
    void theTwoFactorStepWorksOnce() {
        Account account = accountWithGoogleAndTwoFactor();
        String token = signInWithGoogle(browser, account.subject(), account.email(), true).string("twoFactorToken");
        assertThat(secondStep(token, nextCode(account)).status()).isEqualTo(200);

        Reply again = secondStep(token, authenticator.codeAt(account.secret(), Instant.now().plusSeconds(60)));

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
        String token = signInWithGoogle(browser, account.subject(), account.email(), true).string("twoFactorToken");
        String[] wrongCodes = wrongCodes(account.secret());

        for (int i = 0; i < 4; i++) {
            Reply wrong = secondStep(token, wrongCodes[i]);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.problemType()).isEqualTo("invalid-totp-code");
        }
        Reply fifth = secondStep(token, wrongCodes[4]);

        assertThat(fifth.status()).isEqualTo(429);
        assertThat(fifth.problemType()).isEqualTo("account-locked");
        assertThat(secondStep(token, nextCode(account)).status()).as("the right code while locked").isEqualTo(429);
        assertThat(api.login(account.email(), PASSWORD).problemType()).isEqualTo("account-locked");
        assertThat(jdbc.queryForList("select type from audit_event where email = ?", String.class, account.email()))
                .contains("SIGN_IN_FAILED", "ACCOUNT_LOCKED");
    }

    private Reply secondStep(String token, String code) {
        return browser.post("/api/v1/auth/oauth2/totp", Map.of("twoFactorToken", token, "totpCode", code));
    }

    /** A password account with Google linked from its session and two-factor confirmed. */
    private Account accountWithGoogleAndTwoFactor() {
        String email = newPersonEmail();
        String id = verifiedAccount(email);
        String access = api.login(email, PASSWORD).string("accessToken");
        String subject = UUID.randomUUID().toString();
        Browser linking = newBrowser();
        Reply started = linking.post("/api/v1/auth/oauth2/google/link", null, access);
        URI back = approve(linking, URI.create(started.string("authorizationUri")));
        assertThat(finish(linking, back, subject, email, true).status()).isEqualTo(200);
        String secret = api.post("/api/v1/auth/2fa/totp", null, access).string("secret");
        assertThat(api.post("/api/v1/auth/2fa/totp/confirm", Map.of("code", authenticator.codeAt(secret,
                Instant.now())), access).status()).isEqualTo(204);
        return new Account(id, email, subject, secret);
    }

    /** A code the confirmation did not use yet: the next time step, inside the accepted drift. */
    private String nextCode(Account account) {
        return authenticator.codeAt(account.secret(), Instant.now().plusSeconds(30));
    }

    /** Five codes no authenticator shows around now (the accepted window is one step either side). */
    private String[] wrongCodes(String secret) {
        Instant now = Instant.now();
        Set<String> valid = Set.of(authenticator.codeAt(secret, now.minusSeconds(60)),
                authenticator.codeAt(secret, now.minusSeconds(30)), authenticator.codeAt(secret, now),
                authenticator.codeAt(secret, now.plusSeconds(30)), authenticator.codeAt(secret, now.plusSeconds(60)));
        return IntStream.range(0, 20).mapToObj(i -> String.format("%06d", (i * 7919 + 123) % 1_000_000))
                .filter(code -> !valid.contains(code)).limit(5).toArray(String[]::new);
    }

    private record Account(String id, String email, String subject, String secret) {
    }
}
