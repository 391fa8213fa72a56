package com.qh.auth.oauth2;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.AuthApi;
import com.qh.auth.AuthApi.Reply;
import com.qh.auth.PublishedEvents;
import com.qh.auth.api.EmailVerificationRequested;
import com.qh.auth.api.UserRegistered;
import com.qh.test.QhServiceTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Sign-in with "Google", played by mock-oauth2-server: a real OAuth2/OIDC server with PKCE, in this JVM. */
@QhServiceTest
@Import(PublishedEvents.Capture.class)
class OAuth2SignInTest {

    private static final String PASSWORD = "violet tractor sings at dawn";
    private static final MockOAuth2Server GOOGLE = startedProvider();

    @LocalServerPort
    int port;

    @Autowired
    PublishedEvents events;

    AuthApi api;

    @DynamicPropertySource
    static void pointGoogleAtTheMockServer(DynamicPropertyRegistry registry) {
        registry.add("qh.auth.oauth2.providers.google.client-id", () -> "qh-test-client");
        registry.add("qh.auth.oauth2.providers.google.client-secret", () -> "qh-test-secret");
        registry.add("qh.auth.oauth2.providers.google.authorization-uri",
                () -> GOOGLE.authorizationEndpointUrl("google").toString());
        registry.add("qh.auth.oauth2.providers.google.token-uri", () -> GOOGLE.tokenEndpointUrl("google").toString());
        registry.add("qh.auth.oauth2.providers.google.user-info-uri", () -> GOOGLE.userInfoUrl("google").toString());
    }

    @AfterAll
    static void stopProvider() {
        GOOGLE.shutdown();
    }

    @BeforeEach
    void connect() {
        api = new AuthApi("http://localhost:" + port);
    }

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

        Reply signedIn = signInWithGoogle(UUID.randomUUID().toString(), email, true);

        assertThat(signedIn.status()).isEqualTo(200);
        Reply me = api.get("/api/v1/auth/me", signedIn.string("accessToken"));
        assertThat(me.json()).containsEntry("email", email).containsEntry("emailVerified", true)
                .containsEntry("hasPassword", false).containsEntry("displayName", "Ada Lovelace");
        assertThat(events.last(UserRegistered.class, e -> e.email().equals(email)).orElseThrow().emailVerified())
                .isTrue();
    }

    @Test
    void sameGoogleIdentitySignsIntoTheSameAccountAgain() {
        String subject = UUID.randomUUID().toString();
        String email = newPersonEmail();

        String first = idOf(signInWithGoogle(subject, email, true));
        String second = idOf(signInWithGoogle(subject, email, true));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void verifiedGoogleAddressIsLinkedToTheExistingAccount() {
        String email = newPersonEmail();
        String id = api.register(email, PASSWORD).string("id");
        verifyAddressOf(email);

        Reply signedIn = signInWithGoogle(UUID.randomUUID().toString(), email, true);

        assertThat(idOf(signedIn)).isEqualTo(id);
        assertThat(api.login(email, PASSWORD).status()).as("the password still works").isEqualTo(200);
    }

    @Test
    void unprovenPasswordGoesWhenTheAddressOwnerSignsInWithGoogle() {
        String email = newPersonEmail();
        String id = api.register(email, PASSWORD).string("id");

        Reply owner = signInWithGoogle(UUID.randomUUID().toString(), email, true);

        assertThat(idOf(owner)).isEqualTo(id);
        assertThat(api.login(email, PASSWORD).status())
                .as("whoever registered the address without proving it is locked out").isEqualTo(401);
    }

    @Test
    void unverifiedGoogleAddressIsNeverLinkedToAnExistingAccount() {
        String email = newPersonEmail();
        api.register(email, PASSWORD);

        Reply refused = signInWithGoogle(UUID.randomUUID().toString(), email, false);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("oauth2-email-unverified");
    }

    @Test
    void unknownOrReusedStateIsRefused() {
        Reply unknown = api.get("/api/v1/auth/oauth2/google/callback?code=abc&state=" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.problemType()).isEqualTo("invalid-oauth2-state");

        URI back = approveAtProvider(UUID.randomUUID().toString(), newPersonEmail(), true);
        assertThat(api.get(callbackPath(back)).status()).isEqualTo(200);
        assertThat(api.get(callbackPath(back)).problemType()).isEqualTo("invalid-oauth2-state");
    }

    @Test
    void declinedConsentIsAClearBadRequest() {
        Reply declined = api.get("/api/v1/auth/oauth2/google/callback?error=access_denied&state=x");

        assertThat(declined.status()).isEqualTo(400);
        assertThat(declined.problemType()).isEqualTo("oauth2-declined");
    }

    private Reply signInWithGoogle(String subject, String email, boolean emailVerified) {
        return api.get(callbackPath(approveAtProvider(subject, email, emailVerified)));
    }

    /** Starts at auth, lets the provider approve at once, and returns where the provider sends the browser. */
    private URI approveAtProvider(String subject, String email, boolean emailVerified) {
        GOOGLE.enqueueCallback(new DefaultOAuth2TokenCallback("google", subject, "JWT", List.of("qh-test-client"),
                Map.of("email", email, "email_verified", emailVerified, "name", "Ada Lovelace"), 3600));
        Reply started = api.get("/api/v1/auth/oauth2/google/authorize");
        Reply atProvider = api.get(started.headers().getLocation());
        assertThat(atProvider.status()).isEqualTo(302);
        return atProvider.headers().getLocation();
    }

    private static String callbackPath(URI providerRedirect) {
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(providerRedirect).build().getQueryParams();
        return "/api/v1/auth/oauth2/google/callback?code=" + query.getFirst("code") + "&state="
                + query.getFirst("state");
    }

    private String idOf(Reply signedIn) {
        assertThat(signedIn.status()).isEqualTo(200);
        return api.get("/api/v1/auth/me", signedIn.string("accessToken")).string("id");
    }

    private void verifyAddressOf(String email) {
        String token = events.last(EmailVerificationRequested.class, e -> e.email().equals(email)).orElseThrow()
                .token();
        assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", token)).status()).isEqualTo(204);
    }

    private static String newPersonEmail() {
        return "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static MockOAuth2Server startedProvider() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }
}
