package com.qh.auth.oauth2;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.AuthApi.Reply;
import com.qh.auth.api.UserRegistered;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Sign-in with "Google", played by mock-oauth2-server: a real OAuth2/OIDC server with PKCE, in this JVM. */
class OAuth2SignInTest extends MockGoogle {

    @Test
    void offersOnlyConfiguredProviders() {
        assertThat(api.get("/api/v1/auth/oauth2/providers").list()).containsExactly("google");
        assertThat(api.get("/api/v1/auth/oauth2/github/authorize").status()).isEqualTo(404);
    }

    @Test
    void authorizeRedirectsToProviderWithStateAndS256Challenge() {
        Reply started = api.get("/api/v1/auth/oauth2/google/authorize");

        assertThat(started.status()).isEqualTo(302);
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(started.headers().getLocation()).build()
                .getQueryParams();
        assertThat(started.headers().getLocation().toString()).startsWith(GOOGLE.authorizationEndpointUrl("google")
                .toString());
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("code_challenge")).hasSize(43);
        assertThat(query.getFirst("state")).hasSize(43);
        assertThat(query.getFirst("client_id")).isEqualTo("qh-test-client");
        assertThat(query.getFirst("response_type")).isEqualTo("code");
    }

    @Test
    void newGoogleUserGetsAnAccountWithVerifiedAddressAndNoPassword() {
        String email = newPersonEmail();

        Reply signedIn = signInWithGoogle(browser, UUID.randomUUID().toString(), email, true);

        assertThat(signedIn.status()).isEqualTo(200);
        Reply me = api.get("/api/v1/auth/me", signedIn.string("accessToken"));
        assertThat(me.json()).containsEntry("email", email).containsEntry("emailVerified", true)
                .containsEntry("hasPassword", false).containsEntry("displayName", "Ada Lovelace");
        assertThat(events.ofType(UserRegistered.class).matchingValue(UserRegistered::email, email))
                .singleElement().satisfies(registered -> assertThat(registered.emailVerified()).isTrue());
    }

    @Test
    void sameGoogleIdentitySignsIntoTheSameAccountAgain() {
        String subject = UUID.randomUUID().toString();
        String email = newPersonEmail();

        String first = idOf(signInWithGoogle(browser, subject, email, true));
        String second = idOf(signInWithGoogle(browser, subject, email, true));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void verifiedGoogleAddressOfAnExistingAccountIsNotLinkedWithoutItsSession() {
        String email = newPersonEmail();
        verifiedAccount(email);
        String subject = UUID.randomUUID().toString();

        Reply refused = signInWithGoogle(browser, subject, email, true);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("account-exists-link-required");
        assertThat(refused.json()).doesNotContainKey("accessToken").containsEntry("provider", "google");
        assertThat(refused.string("detail")).contains("/api/v1/auth/oauth2/google/link");
        assertThat(signInWithGoogle(browser, subject, email, true).status())
                .as("nothing was linked by trying").isEqualTo(409);
        assertThat(api.login(email, PASSWORD).status()).as("the password still works").isEqualTo(200);
    }

    @Test
    void unverifiedAccountWithTheAddressIsNotTakenOverByGoogleEither() {
        String email = newPersonEmail();
        api.register(email, PASSWORD);

        Reply refused = signInWithGoogle(browser, UUID.randomUUID().toString(), email, true);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("account-exists-link-required");
        assertThat(api.login(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void unverifiedGoogleAddressIsNeverLinkedToAnExistingAccount() {
        String email = newPersonEmail();
        api.register(email, PASSWORD);

        Reply refused = signInWithGoogle(browser, UUID.randomUUID().toString(), email, false);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("account-exists-link-required");
    }

    @Test
    void unknownOrReusedStateIsRefused() {
        Reply unknown = browser.get("/api/v1/auth/oauth2/google/callback?code=abc&state=" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.problemType()).isEqualTo("invalid-oauth2-state");

        URI back = approveAtProvider(browser);
        String cookie = browser.cookie(BrowserBinding.SECURE_NAME);
        assertThat(finish(browser, back, UUID.randomUUID().toString(), newPersonEmail(), true).status())
                .isEqualTo(200);

        Browser replaying = newBrowser();
        replaying.setCookie(BrowserBinding.SECURE_NAME, cookie);
        assertThat(replaying.get(callbackPath(back)).problemType())
                .as("single use, even with the starting browser's cookie").isEqualTo("invalid-oauth2-state");
    }

    @Test
    void declinedConsentIsAClearBadRequest() {
        Reply declined = api.get("/api/v1/auth/oauth2/google/callback?error=access_denied&state=x");

        assertThat(declined.status()).isEqualTo(400);
        assertThat(declined.problemType()).isEqualTo("oauth2-declined");
    }
}
