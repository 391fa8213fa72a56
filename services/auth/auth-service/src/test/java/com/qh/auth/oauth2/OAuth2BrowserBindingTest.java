package com.qh.auth.oauth2;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.TestAccounts;
import com.qh.test.ApiClient.Reply;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 21, item 5: the OAuth2 {@code state} is bound to the browser that started the sign-in, so neither a leaked
 * callback URL nor an attacker's own callback URL planted in a victim's browser signs anybody in.
 */
class OAuth2BrowserBindingTest extends MockGoogle {

    @Test
    void authorizeSetsAHostPrefixedSecureHttpOnlyLaxCookie() {
        Reply started = browser.get("/api/v1/auth/oauth2/google/authorize");

        assertThat(started.status()).isEqualTo(302);
        String setCookie = started.header("Set-Cookie");
        assertThat(setCookie).startsWith(BrowserBinding.SECURE_NAME + "=").contains("; Path=/", "; Secure",
                "; HttpOnly", "; SameSite=Lax").doesNotContainIgnoringCase("domain=");
        assertThat(browser.cookie(BrowserBinding.SECURE_NAME)).hasSize(43);
    }

    @Test
    void leakedCallbackUrlIsRefusedInAnotherBrowserAndStillWorksForItsOwner() {
        String email = TestAccounts.newEmail();
        URI back = approveAtProvider(browser);

        Reply replayed = newBrowser().get(callbackPath(back));

        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.problemType()).isEqualTo("oauth2-browser-mismatch");
        assertThat(replayed.json().has("accessToken")).isFalse();
        Reply owner = finish(browser, back, UUID.randomUUID().toString(), email, true);
        assertThat(owner.status()).as("a refused replay does not cancel the owner's sign-in").isEqualTo(200);
        assertThat(api.as(owner.json().path("accessToken").asString()).get("/api/v1/auth/me").json().path("email")
                .asString()).isEqualTo(email);
    }

    @Test
    void attackersCallbackOpenedInTheVictimsBrowserDoesNotSignTheVictimIn() {
        Browser attacker = newBrowser();
        URI attackersCallback = approveAtProvider(attacker);
        Browser victim = newBrowser();
        assertThat(victim.get("/api/v1/auth/oauth2/google/authorize").status())
                .as("the victim's own sign-in in progress, with its own cookie").isEqualTo(302);

        Reply forced = victim.get(callbackPath(attackersCallback));

        assertThat(forced.status()).isEqualTo(400);
        assertThat(forced.problemType()).isEqualTo("oauth2-browser-mismatch");
    }

    @Test
    void aCookieWithoutTheHostPrefixDoesNotCount() {
        URI back = approveAtProvider(browser);
        Browser other = newBrowser();
        other.setCookie(BrowserBinding.PLAIN_NAME, browser.cookie(BrowserBinding.SECURE_NAME));

        assertThat(other.get(callbackPath(back)).problemType()).isEqualTo("oauth2-browser-mismatch");
    }

    @Test
    void finishedSignInClearsTheCookie() {
        Reply signedIn = signInWithGoogle(browser, UUID.randomUUID().toString(), TestAccounts.newEmail(), true);

        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(signedIn.header("Set-Cookie")).startsWith(BrowserBinding.SECURE_NAME + "=;")
                .contains("Max-Age=0");
        assertThat(browser.cookie(BrowserBinding.SECURE_NAME)).isNull();
    }
}
