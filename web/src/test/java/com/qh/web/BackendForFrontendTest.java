package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The backend-for-frontend's promises: tokens stay on the server, forms need CSRF tokens, the headers hold. */
class BackendForFrontendTest extends WebAppTestBase {

    @Test
    void signsInWithAnHttpOnlyLaxSessionCookieAndKeepsTheTokensOnTheServer() {
        api.veraSignsIn(900);
        api.server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).willReturn(okJson(FakeApi.emptyVacancyList())));
        Browser browser = browser();
        browser.get("/sign-in");

        HttpResponse<String> signedIn = browser.post("/sign-in",
                Map.of("email", "vera@example.org", "password", "correct horse", "next", "/vacancies"));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/vacancies"));
        String cookie = sessionCookie(signedIn);
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure")
                .doesNotContain(FakeApi.ACCESS).doesNotContain(FakeApi.REFRESH);

        HttpResponse<String> vacancies = browser.get("/vacancies");

        assertThat(vacancies.statusCode()).isEqualTo(200);
        assertThat(vacancies.body()).contains("Vacancies")
                .doesNotContain(FakeApi.ACCESS).doesNotContain(FakeApi.REFRESH);
        api.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/vacancies"))
                .withHeader("Authorization", equalTo("Bearer " + FakeApi.ACCESS)));
    }

    @Test
    void marksTheSessionCookieSecureWhenTheGatewaySaysHttps() {
        api.veraSignsIn(900);
        Browser browser = browser().header("X-Forwarded-Proto", "https");
        browser.get("/sign-in");

        HttpResponse<String> signedIn = browser.post("/sign-in",
                Map.of("email", "vera@example.org", "password", "correct horse"));

        assertThat(sessionCookie(signedIn)).contains("Secure").contains("HttpOnly");
    }

    @Test
    void refusesAFormWithoutItsCsrfToken() {
        api.veraSignsIn(900);
        Browser browser = browser();
        browser.get("/sign-in");

        HttpResponse<String> forged = browser.postRaw("/sign-in",
                Map.of("email", "vera@example.org", "password", "correct horse"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("This form has expired.");
        api.server.verify(0, postRequestedFor(urlPathEqualTo("/api/v1/auth/login")));
    }

    @Test
    void answersEveryPageWithAContentSecurityPolicyThatAllowsNoInlineScript() {
        HttpResponse<String> page = browser().get("/sign-in");

        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'").contains("style-src 'self'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                .doesNotContainPattern("\\son[a-z]+=").doesNotContain("style=\"");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void showsAWrongPasswordOnTheFormInThePersonsLanguage() {
        api.server.stubFor(post("/api/v1/auth/login").willReturn(
                FakeApi.problem(401, "invalid-credentials", "Wrong e-mail or password.", "")));
        Browser browser = browser().header("Accept-Language", "ru-RU,ru;q=0.9");
        browser.get("/sign-in");

        HttpResponse<String> refused = browser.post("/sign-in",
                Map.of("email", "vera@example.org", "password", "wrong"));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("lang=\"ru\"").contains("Неверная почта или пароль.")
                .contains("role=\"alert\"").contains("value=\"vera@example.org\"").doesNotContain("value=\"wrong\"");
    }

    @Test
    void putsTheApisFieldErrorsNextToTheFieldsTheyName() {
        api.server.stubFor(post("/api/v1/auth/register").willReturn(FakeApi.problem(422, "weak-password",
                "The password is too weak.",
                "{\"field\": \"password\", \"message\": \"is one of the most common passwords\"}")));
        Browser browser = browser();
        browser.get("/sign-up");

        HttpResponse<String> refused = browser.post("/sign-up",
                Map.of("displayName", "Vera", "email", "vera@example.org", "password", "password123"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Choose a stronger password.")
                .contains("<p class=\"field-error\" id=\"f-password-error\">is one of the most common passwords</p>")
                .contains("aria-describedby=\"f-password-hint f-password-error\"")
                .contains("href=\"#f-password\"");
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/auth/register"))
                .withRequestBody(matchingJsonPath("$.locale", equalTo("en"))));
    }

    @Test
    void asksForTheTwoFactorCodeAndSignsInWithIt() {
        api.server.stubFor(post("/api/v1/auth/login")
                .withRequestBody(equalToJson("{\"email\": \"vera@example.org\", \"password\": \"correct horse\"}"))
                .willReturn(FakeApi.problem(401, "totp-required", "A code is required.", "")));
        api.server.stubFor(post("/api/v1/auth/login")
                .withRequestBody(matchingJsonPath("$.totpCode", equalTo("123456")))
                .willReturn(okJson(FakeApi.tokens(FakeApi.ACCESS, FakeApi.REFRESH, 900))));
        api.server.stubFor(get("/api/v1/auth/me").willReturn(okJson(FakeApi.veraAccount())));
        Browser browser = browser();
        browser.get("/sign-in");

        HttpResponse<String> askedForCode = browser.post("/sign-in",
                Map.of("email", "vera@example.org", "password", "correct horse"));
        assertThat(askedForCode.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/sign-in/code"));
        HttpResponse<String> codePage = browser.get("/sign-in/code");
        assertThat(codePage.body()).contains("autocomplete=\"one-time-code\"").doesNotContain("correct horse");

        HttpResponse<String> signedIn = browser.post("/sign-in/code", Map.of("code", "123 456"));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(browser.get("/account").body()).contains("vera@example.org");
    }

    @Test
    void sendsSomeoneWithoutASessionToSignInAndBackAfterwards() {
        HttpResponse<String> profile = browser().get("/profile?tab=experience");

        assertThat(profile.statusCode()).isEqualTo(302);
        assertThat(profile.headers().firstValue("Location").orElseThrow())
                .endsWith("/sign-in?next=/profile?tab%3Dexperience");
    }

    @Test
    void refreshesADueAccessTokenOnceAndUsesTheNewOne() {
        api.veraSignsIn(5);
        api.server.stubFor(post("/api/v1/auth/refresh")
                .withRequestBody(equalToJson("{\"refreshToken\": \"" + FakeApi.REFRESH + "\"}"))
                .willReturn(okJson(FakeApi.tokens("second-access", "second-refresh", 900))));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).willReturn(okJson(FakeApi.emptyVacancyList())));
        Browser browser = browser();
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("email", "vera@example.org", "password", "correct horse"));

        browser.get("/vacancies");
        browser.get("/vacancies");

        api.server.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/auth/refresh")));
        api.server.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/vacancies"))
                .withHeader("Authorization", equalTo("Bearer second-access")));
    }

    @Test
    void endsTheWebSessionWhenTheApiNoLongerAcceptsTheToken() {
        api.veraSignsIn(900);
        api.server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).willReturn(
                FakeApi.problem(401, "unauthorized", "Sign in.", "")));
        Browser browser = browser();
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("email", "vera@example.org", "password", "correct horse"));

        HttpResponse<String> vacancies = browser.get("/vacancies");

        assertThat(vacancies.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?next=/vacancies");
        assertThat(browser.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void signsOutAtAuthAndForgetsTheSession() {
        api.veraSignsIn(900);
        api.server.stubFor(post("/api/v1/auth/logout").willReturn(com.github.tomakehurst.wiremock.client.WireMock
                .noContent()));
        Browser browser = browser();
        browser.get("/sign-in");
        browser.post("/sign-in", Map.of("email", "vera@example.org", "password", "correct horse"));
        browser.get("/account");

        HttpResponse<String> out = browser.post("/sign-out", Map.of());

        assertThat(out.statusCode()).isEqualTo(302);
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/auth/logout"))
                .withHeader("Authorization", equalTo("Bearer " + FakeApi.ACCESS))
                .withRequestBody(equalToJson("{\"refreshToken\": \"" + FakeApi.REFRESH + "\"}")));
        assertThat(browser.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void neverSendsAFreshlySignedInPersonToAnotherSite() {
        api.veraSignsIn(900);
        Browser browser = browser();
        browser.get("/sign-in");

        HttpResponse<String> signedIn = browser.post("/sign-in",
                Map.of("email", "vera@example.org", "password", "correct horse", "next", "//evil.example/x"));

        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("evil.example");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(cookie -> cookie.startsWith("qh_session=")).reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
    }
}
