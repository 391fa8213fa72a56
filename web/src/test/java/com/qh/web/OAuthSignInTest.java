package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Signing in with Google or GitHub through the web app, with WireMock as auth (behind the gateway) and the test's
 * {@link Browser} as the person's browser: the buttons only for what auth offers, the provider's address with
 * auth's binding cookie kept on the server, the callback finished server-side (signed in, the two-factor step, or a
 * message), a callback this session did not start refused without asking auth, and linking from the account page.
 * The providers are asked afresh for every page here ({@code oauth-providers-ttl=0s}), so each test sets its own.
 */
@TestPropertySource(properties = "qh.web.oauth-providers-ttl=0s")
class OAuthSignInTest extends WebAppTestBase {

    static final String STATE = "st8-Kq3xZ_w";
    static final String NONCE = "nonce-of-the-browser-binding";
    static final String BINDING = "__Host-qh_oauth=" + NONCE;
    /** Google's codes hold slashes; a plus and an equals sign check that the code reaches auth unchanged. */
    static final String CODE = "4/0AbC+d=e";
    static final String TWO_FACTOR_TOKEN = "two-factor-token-from-auth";

    @Test
    void offersOnlyTheProvidersAuthHasConfigured() {
        api.server.stubFor(get("/api/v1/auth/oauth2/providers").willReturn(okJson("[\"github\"]")));
        Browser browser = browser();

        String signIn = browser.get("/sign-in?next=/vacancies").body();
        String signUp = browser.get("/sign-up").body();
        String russian = browser().header("Accept-Language", "ru").get("/sign-in").body();

        assertThat(signIn).contains("<a class=\"button oauth-button\" href=\"/sign-in/github?next=%2Fvacancies\">")
                .contains("<span>Continue with GitHub</span>").doesNotContain("/sign-in/google")
                .doesNotContain("Google");
        assertThat(signIn.indexOf("href=\"/sign-in/github")).isGreaterThan(signIn.indexOf("action=\"/sign-in\""));
        assertThat(signUp).contains("href=\"/sign-in/github\"").contains("Continue with GitHub")
                .doesNotContain("Google");
        assertThat(russian).contains("<span>Войти через GitHub</span>").contains(">или<");
    }

    @Test
    void rendersTheSignInPageWithoutButtonsWhenAuthCannotBeAsked() {
        api.server.stubFor(get("/api/v1/auth/oauth2/providers").willReturn(aResponse().withStatus(503)));

        HttpResponse<String> page = browser().get("/sign-in");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("action=\"/sign-in\"").doesNotContain("class=\"oauth\"")
                .doesNotContain("Continue with");
    }

    @Test
    void sendsTheBrowserToTheProviderAndKeepsAuthsBindingCookieOnTheServer() {
        googleIsConfigured();
        Browser browser = browser();
        browser.get("/sign-in?next=/vacancies");

        HttpResponse<String> started = browser.get("/sign-in/google?next=/vacancies");

        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(started.headers().firstValue("Location").orElseThrow()).isEqualTo(googleConsentPage());
        assertThat(started.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("qh_oauth")
                || cookie.contains(NONCE));
        assertThat(started.body()).doesNotContain(NONCE);
        api.server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/auth/oauth2/google/authorize"))
                .withHeader("X-Forwarded-For", equalTo("127.0.0.1")));
    }

    @Test
    void signsInWhenTheProviderSendsTheBrowserBackAndLandsOnNext() {
        googleIsConfigured();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/oauth2/google/callback"))
                .withQueryParam("code", equalTo(CODE)).withQueryParam("state", equalTo(STATE))
                .withCookie("__Host-qh_oauth", equalTo(NONCE))
                .willReturn(okJson(FakeApi.tokens(FakeApi.ACCESS, FakeApi.REFRESH, 900))
                        .withHeader("Set-Cookie", "__Host-qh_oauth=; Path=/; Max-Age=0; Secure; HttpOnly")));
        api.server.stubFor(get("/api/v1/auth/me").willReturn(okJson(FakeApi.veraAccount())));
        Browser browser = startedAtGoogle("/vacancies?status=APPLIED");

        HttpResponse<String> back = browser.get(callback(CODE, STATE));

        assertThat(back.statusCode()).isEqualTo(302);
        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/vacancies?status=APPLIED");
        assertThat(back.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("qh_oauth"));
        String account = browser.get("/account").body();
        assertThat(account).contains("vera@example.org").doesNotContain(FakeApi.ACCESS)
                .doesNotContain(FakeApi.REFRESH);
        api.server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/auth/oauth2/google/callback")));
    }

    @Test
    void asksForTheTwoFactorCodeAfterTheProviderAndFinishesAtAuth() {
        googleIsConfigured();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/oauth2/google/callback")).willReturn(aResponse()
                .withStatus(401).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\": \"https://qh.dev/problems/totp-required\", \"status\": 401, \"detail\": "
                        + "\"Send the code.\", \"twoFactorToken\": \"" + TWO_FACTOR_TOKEN + "\", \"expiresIn\": 300}")));
        api.server.stubFor(post("/api/v1/auth/oauth2/totp").withRequestBody(equalToJson(
                        "{\"twoFactorToken\": \"" + TWO_FACTOR_TOKEN + "\", \"totpCode\": \"000000\"}"))
                .willReturn(FakeApi.problem(401, "invalid-totp-code", "Wrong code.", "")));
        api.server.stubFor(post("/api/v1/auth/oauth2/totp").withRequestBody(equalToJson(
                        "{\"twoFactorToken\": \"" + TWO_FACTOR_TOKEN + "\", \"totpCode\": \"123456\"}"))
                .willReturn(okJson(FakeApi.tokens(FakeApi.ACCESS, FakeApi.REFRESH, 900))));
        api.server.stubFor(get("/api/v1/auth/me").willReturn(okJson(FakeApi.veraAccount())));
        Browser browser = startedAtGoogle("/profile");

        HttpResponse<String> askedForCode = browser.get(callback(CODE, STATE));

        assertThat(askedForCode.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in/code?next=/profile");
        String codePage = browser.get("/sign-in/code?next=/profile").body();
        assertThat(codePage).contains("autocomplete=\"one-time-code\"").doesNotContain(TWO_FACTOR_TOKEN);
        HttpResponse<String> wrong = browser.post("/sign-in/code", Map.of("code", "000 000", "next", "/profile"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("id=\"f-code-error\">The code is wrong or has expired.");

        HttpResponse<String> signedIn = browser.post("/sign-in/code", Map.of("code", "123 456", "next", "/profile"));

        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/profile");
        assertThat(browser.get("/account").body()).contains("vera@example.org");
        api.server.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/auth/login")));
    }

    @Test
    void startsAgainWhenTheProvidersTwoFactorStepHasExpired() {
        googleIsConfigured();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/oauth2/google/callback")).willReturn(aResponse()
                .withStatus(401).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\": \"https://qh.dev/problems/totp-required\", \"status\": 401, "
                        + "\"twoFactorToken\": \"" + TWO_FACTOR_TOKEN + "\", \"expiresIn\": 300}")));
        api.server.stubFor(post("/api/v1/auth/oauth2/totp").willReturn(FakeApi.problem(401, "invalid-two-factor-step",
                "This two-factor step is unknown, expired or already completed.", "")));
        Browser browser = startedAtGoogle(null);
        browser.get(callback(CODE, STATE));
        browser.get("/sign-in/code");

        HttpResponse<String> expired = browser.post("/sign-in/code", Map.of("code", "123456"));

        assertThat(expired.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
        assertThat(browser.get("/sign-in").body()).contains("That took too long. Please sign in again.");
        assertThat(browser.get("/sign-in/code").headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
    }

    @Test
    void saysAnExistingAccountMustLinkFirst() {
        googleIsConfigured();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/oauth2/google/callback")).willReturn(FakeApi.problem(
                409, "account-exists-link-required", "An account with this e-mail address exists.", "")));
        Browser browser = startedAtGoogle("/vacancies");

        HttpResponse<String> back = browser.get(callback(CODE, STATE));

        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?next=/vacancies");
        String page = browser.get("/sign-in?next=/vacancies").body();
        assertThat(page).contains("role=\"alert\"").contains("An account with this e-mail address already exists. "
                + "Sign in with your password, then link Google or GitHub on your account page.");
        assertThat(browser.get("/account").headers().firstValue("Location").orElseThrow()).contains("/sign-in");
    }

    @Test
    void saysAnExpiredAttemptInThePagesLanguage() {
        googleIsConfigured();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/oauth2/google/callback")).willReturn(FakeApi.problem(
                400, "invalid-oauth2-state", "This sign-in attempt is unknown, expired or already completed.", "")));
        Browser browser = startedAtGoogle(null).header("Accept-Language", "ru");

        HttpResponse<String> back = browser.get(callback(CODE, STATE));

        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
        assertThat(browser.get("/sign-in").body())
                .contains("Срок этого входа истёк, или он уже использован. Начните заново кнопкой ниже.");
    }

    @Test
    void refusesACallbackThisSessionDidNotStartWithoutAskingAuth() {
        googleIsConfigured();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/oauth2/google/callback"))
                .willReturn(okJson(FakeApi.tokens(FakeApi.ACCESS, FakeApi.REFRESH, 900))));
        api.server.stubFor(get("/api/v1/auth/me").willReturn(okJson(FakeApi.veraAccount())));

        // Someone else's callback address planted in a browser that started nothing (login CSRF).
        Browser stranger = browser();
        HttpResponse<String> planted = stranger.get(callback("attackers-code", STATE));
        assertThat(planted.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
        assertThat(stranger.get("/sign-in").body()).contains("That sign-in was not started here");
        assertThat(stranger.get("/account").headers().firstValue("Location").orElseThrow()).contains("/sign-in");

        // A browser that did start one, brought back with another state, or for another provider.
        Browser browser = startedAtGoogle(null);
        assertThat(browser.get(callback(CODE, "forged-state")).headers().firstValue("Location").orElseThrow())
                .endsWith("/sign-in");
        assertThat(browser.get("/sign-in/github/callback?code=x&state=" + STATE).headers().firstValue("Location")
                .orElseThrow()).endsWith("/sign-in");
        api.server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/auth/oauth2/google/callback")));

        // Its own callback still works afterwards, once.
        assertThat(browser.get(callback(CODE, STATE)).headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(browser().get(callback(CODE, STATE)).headers().firstValue("Location").orElseThrow())
                .endsWith("/sign-in");
        api.server.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/auth/oauth2/google/callback")));
    }

    @Test
    void saysACancelledSignInWithoutAskingAuth() {
        googleIsConfigured();
        Browser browser = startedAtGoogle(null);

        HttpResponse<String> back = browser.get("/sign-in/google/callback?error=access_denied&state=" + STATE);

        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
        assertThat(browser.get("/sign-in").body()).contains("Signing in was cancelled. Nothing was changed.");
        api.server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/auth/oauth2/google/callback")));
    }

    @Test
    void refusesAProviderAuthDoesNotOffer() {
        api.server.stubFor(get("/api/v1/auth/oauth2/providers").willReturn(okJson("[\"github\"]")));
        Browser browser = browser();
        browser.get("/sign-in");

        HttpResponse<String> refused = browser.get("/sign-in/google");

        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
        assertThat(browser.get("/sign-in").body()).contains("That way of signing in is not available now.");
        api.server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/auth/oauth2/google/authorize")));
    }

    @Test
    void linksGitHubToTheSignedInAccount() {
        api.server.stubFor(get("/api/v1/auth/oauth2/providers").willReturn(okJson("[\"github\", \"google\"]")));
        api.veraSignsIn(900);
        String consent = "https://github.com/login/oauth/authorize?response_type=code&client_id=qh&state=" + STATE;
        api.server.stubFor(post("/api/v1/auth/oauth2/github/link")
                .withHeader("Authorization", equalTo("Bearer " + FakeApi.ACCESS))
                .willReturn(okJson("{\"authorizationUri\": \"" + consent + "\"}")
                        .withHeader("Set-Cookie", BINDING + "; Path=/; Max-Age=600; Secure; HttpOnly; SameSite=Lax")));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/oauth2/github/callback"))
                .withQueryParam("state", equalTo(STATE)).withCookie("__Host-qh_oauth", equalTo(NONCE))
                .willReturn(okJson("{\"provider\": \"github\", \"linked\": true}")));
        Browser browser = browser();
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("email", "vera@example.org", "password", "correct horse"));
        assertThat(browser.get("/account").body()).contains("<span>Link GitHub</span>").contains("<span>Link Google</span>");

        HttpResponse<String> started = browser.get("/account/link/github");
        assertThat(started.headers().firstValue("Location").orElseThrow()).isEqualTo(consent);
        assertThat(started.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("qh_oauth"));

        HttpResponse<String> back = browser.get("/sign-in/github/callback?code=gh-code&state=" + STATE);

        assertThat(back.headers().firstValue("Location").orElseThrow()).endsWith("/account");
        assertThat(browser.get("/account").body()).contains("Linked. You can now sign in with it too.");
    }

    private void googleIsConfigured() {
        api.server.stubFor(get("/api/v1/auth/oauth2/providers").willReturn(okJson("[\"github\", \"google\"]")));
        api.server.stubFor(get("/api/v1/auth/oauth2/google/authorize").willReturn(aResponse().withStatus(302)
                .withHeader("Location", googleConsentPage())
                .withHeader("Set-Cookie", BINDING + "; Path=/; Max-Age=600; Secure; HttpOnly; SameSite=Lax")));
    }

    private static String googleConsentPage() {
        return "https://accounts.google.com/o/oauth2/v2/auth?response_type=code&client_id=qh-client"
                + "&redirect_uri=http://localhost:8080/sign-in/google/callback&state=" + STATE
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256";
    }

    /** A browser that pressed "Continue with Google" (with {@code next}, if any) and is now at Google. */
    private Browser startedAtGoogle(String next) {
        Browser browser = browser();
        browser.get("/sign-in");
        HttpResponse<String> started = browser.get("/sign-in/google"
                + (next == null ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
        assertThat(started.headers().firstValue("Location").orElseThrow()).startsWith("https://accounts.google.com/");
        return browser;
    }

    /** Where Google sends the browser back, as the redirect URI auth gave it says. */
    private static String callback(String code, String state) {
        return "/sign-in/google/callback?state=" + URLEncoder.encode(state, StandardCharsets.UTF_8) + "&code="
                + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&scope=email";
    }
}
