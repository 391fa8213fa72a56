package com.qh.auth.oauth2;

import static com.qh.auth.TestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.TestAccounts;
import com.qh.auth.api.EmailVerificationRequested;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import com.qh.test.QhServiceTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.PublishedEventsExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Google", played by mock-oauth2-server (a real OAuth2/OIDC server with PKCE in this JVM), shared by the OAuth2
 * test classes, which thereby share one Spring context too. The server lives as long as the test JVM.
 */
@QhServiceTest(properties = "qh.auth.login.attempts-per-ip=10000")
@ExtendWith(PublishedEventsExtension.class)
abstract class MockGoogle {

    static final MockOAuth2Server GOOGLE = startedProvider();

    @LocalServerPort
    int port;

    /** Every event the service publishes during the test, on any thread (the requests run on the server's). */
    PublishedEvents events;

    ApiClient api;

    TestAccounts accounts;

    /** The user's own browser; tests that need a second one make it with {@link #newBrowser()}. */
    Browser browser;

    @DynamicPropertySource
    static void pointGoogleAtTheMockServer(DynamicPropertyRegistry registry) {
        registry.add("qh.auth.oauth2.providers.google.client-id", () -> "qh-test-client");
        registry.add("qh.auth.oauth2.providers.google.client-secret", () -> "qh-test-secret");
        registry.add("qh.auth.oauth2.providers.google.authorization-uri",
                () -> GOOGLE.authorizationEndpointUrl("google").toString());
        registry.add("qh.auth.oauth2.providers.google.token-uri", () -> GOOGLE.tokenEndpointUrl("google").toString());
        registry.add("qh.auth.oauth2.providers.google.user-info-uri", () -> GOOGLE.userInfoUrl("google").toString());
    }

    @BeforeEach
    void connect(PublishedEvents published) {
        api = ApiClient.on(port);
        accounts = new TestAccounts(api);
        browser = newBrowser();
        events = published;
    }

    Browser newBrowser() {
        return new Browser(ApiClient.at("http://localhost:" + port));
    }

    /** The whole sign-in in {@code in}: start, approve at the provider, come back. */
    Reply signInWithGoogle(Browser in, String subject, String email, boolean emailVerified) {
        return finish(in, approveAtProvider(in), subject, email, emailVerified);
    }

    /** Starts at auth in {@code in}, lets the provider approve at once, and returns where it sends the browser. */
    URI approveAtProvider(Browser in) {
        Reply started = in.get("/api/v1/auth/oauth2/google/authorize");
        assertThat(started.status()).isEqualTo(302);
        return approve(in, URI.create(started.location()));
    }

    /** The provider's consent page approves at once and redirects back with a code and the state. */
    static URI approve(Browser in, URI authorizationUri) {
        Reply atProvider = in.get(authorizationUri);
        assertThat(atProvider.status()).isEqualTo(302);
        return URI.create(atProvider.location());
    }

    /**
     * Comes back to auth's callback in {@code in}, the provider vouching for the given user when auth exchanges
     * the code. Only for callbacks that reach the exchange: the provider keeps an unused user for the next one.
     */
    Reply finish(Browser in, URI providerRedirect, String subject, String email, boolean emailVerified) {
        GOOGLE.enqueueCallback(new DefaultOAuth2TokenCallback("google", subject, "JWT", List.of("qh-test-client"),
                Map.of("email", email, "email_verified", emailVerified, "name", "Ada Lovelace"), 3600));
        return in.get(callbackPath(providerRedirect));
    }

    static String callbackPath(URI providerRedirect) {
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(providerRedirect).build().getQueryParams();
        return "/api/v1/auth/oauth2/google/callback?code=" + query.getFirst("code") + "&state="
                + query.getFirst("state");
    }

    String idOf(Reply signedIn) {
        assertThat(signedIn.status()).isEqualTo(200);
        return api.as(signedIn.json().path("accessToken").asString()).get("/api/v1/auth/me").json().path("id")
                .asString();
    }

    /** A verified password account; returns its id. */
    String verifiedAccount(String email) {
        String id = accounts.register(email, PASSWORD).json().path("id").asString();
        String token = assertThat(events.ofType(EmailVerificationRequested.class)
                .matchingValue(EmailVerificationRequested::email, email)).singleElement().actual().token();
        assertThat(api.post("/api/v1/auth/verify-email", Map.of("token", token)).status()).isEqualTo(204);
        return id;
    }

    private static MockOAuth2Server startedProvider() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }
}
