package com.qh.auth.oauth2;

import static com.qh.auth.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.TestAccounts;
import com.qh.auth.api.UserRegistered;
import com.qh.test.ApiClient.Reply;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** Sign-in with "Google", played by mock-oauth2-server: a real OAuth2/OIDC server with PKCE, in this JVM. */
class OAuth2SignInTest extends MockGoogle {

    @Test
    void offersOnlyConfiguredProviders() {
        assertThat(api.get("/api/v1/auth/oauth2/providers").json().valueStream().map(JsonNode::asString))
                .containsExactly("google");
        assertThat(api.get("/api/v1/auth/oauth2/github/authorize").status()).isEqualTo(404);
    }

    @Test
    void authorizeRedirectsToProviderWithStateAndS256Challenge() {
        Reply started = api.get("/api/v1/auth/oauth2/google/authorize");

        assertThat(started.status()).isEqualTo(302);
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUriString(started.location()).build()
                .getQueryParams();
        assertThat(started.location()).startsWith(GOOGLE.authorizationEndpointUrl("google")
                .toString());
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        assertThat(query.getFirst("code_challenge")).hasSize(43);
        assertThat(query.getFirst("state")).hasSize(43);
        assertThat(query.getFirst("client_id")).isEqualTo("qh-test-client");
        assertThat(query.getFirst("response_type")).isEqualTo("code");
    }

    @Test
    void newGoogleUserGetsAnAccountWithVerifiedAddressAndNoPassword() {
        String email = TestAccounts.newEmail();

        Reply signedIn = signInWithGoogle(browser, UUID.randomUUID().toString(), email, true);

        assertThat(signedIn.status()).isEqualTo(200);
        JsonNode me = api.as(signedIn.json().path("accessToken").asString()).get("/api/v1/auth/me").json();
        assertThat(me.path("email").asString()).isEqualTo(email);
        assertThat(me.path("emailVerified").booleanValue()).isTrue();
        assertThat(me.path("hasPassword").booleanValue()).isFalse();
        assertThat(me.path("displayName").asString()).isEqualTo("Ada Lovelace");
        assertThat(events.ofType(UserRegistered.class).matchingValue(UserRegistered::email, email))
                .singleElement().satisfies(registered -> assertThat(registered.emailVerified()).isTrue());
    }

    @Test
    void sameGoogleIdentitySignsIntoTheSameAccountAgain() {
        String subject = UUID.randomUUID().toString();
        String email = TestAccounts.newEmail();

        String first = idOf(signInWithGoogle(browser, subject, email, true));
        String second = idOf(signInWithGoogle(browser, subject, email, true));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void verifiedGoogleAddressOfAnExistingAccountIsNotLinkedWithoutItsSession() {
        String email = TestAccounts.newEmail();
        verifiedAccount(email);
        String subject = UUID.randomUUID().toString();

        Reply refused = signInWithGoogle(browser, subject, email, true);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("account-exists-link-required");
        assertThat(refused.json().has("accessToken")).isFalse();
        assertThat(refused.json().path("provider").asString()).isEqualTo("google");
        assertThat(refused.detail()).contains("/api/v1/auth/oauth2/google/link");
        assertThat(signInWithGoogle(browser, subject, email, true).status())
                .as("nothing was linked by trying").isEqualTo(409);
        assertThat(accounts.login(email, PASSWORD).status()).as("the password still works").isEqualTo(200);
    }

    @Test
    void unverifiedAccountWithTheAddressIsNotTakenOverByGoogleEither() {
        String email = TestAccounts.newEmail();
        accounts.registered(email);

        Reply refused = signInWithGoogle(browser, UUID.randomUUID().toString(), email, true);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("account-exists-link-required");
        assertThat(accounts.login(email, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void unverifiedGoogleAddressIsNeverLinkedToAnExistingAccount() {
        String email = TestAccounts.newEmail();
        accounts.registered(email);

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
        assertThat(finish(browser, back, UUID.randomUUID().toString(), TestAccounts.newEmail(), true).status())
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
