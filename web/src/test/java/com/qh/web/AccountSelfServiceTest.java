package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signing out on every device and deleting the account from the account page. */
class AccountSelfServiceTest extends WebAppTestBase {

    @Test
    void signsOutEverywhereAtAuthThenEndsTheWebSession() {
        Browser browser = signedInVera();
        api.server.stubFor(post("/api/v1/auth/logout-all").willReturn(noContent()));
        assertThat(browser.get("/account").body()).contains("Sign out everywhere");

        HttpResponse<String> out = browser.post("/account/sign-out-everywhere", Map.of());

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/auth/logout-all"))
                .withHeader("Authorization", equalTo("Bearer " + FakeApi.ACCESS)));
        assertThat(browser.get("/sign-in").body()).contains("You are signed out on every device.");
        assertThat(browser.get("/account").statusCode()).as("the web session is over").isEqualTo(302);
    }

    @Test
    void signingOutEverywhereEndsTheWebSessionEvenWhenAuthHadEndedItAlready() {
        Browser browser = signedInVera();
        api.server.stubFor(post("/api/v1/auth/logout-all").willReturn(
                FakeApi.problem(401, "unauthorized", "The access token is invalid, expired or revoked.", "")));
        browser.get("/account");

        HttpResponse<String> out = browser.post("/account/sign-out-everywhere", Map.of());

        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
        assertThat(browser.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void theDangerZoneSaysWhatIsErasedAndAsksForThePassword() {
        Browser browser = signedInVera();

        String page = browser.get("/account").body();

        assertThat(page).contains("Delete account").contains("cannot be undone")
                .contains("saved vacancies and the application tracker").contains("To keep your profile, export it")
                .contains("id=\"f-password\"").doesNotContain("id=\"f-totpCode\"").doesNotContain("id=\"f-confirm\"");
    }

    @Test
    void deletesTheAccountWithThePasswordAndLandsOnTheHomePageWithAMessage() {
        Browser browser = signedInVera();
        api.server.stubFor(delete("/api/v1/auth/me").withRequestBody(equalToJson("{\"password\": \"correct horse\"}"))
                .willReturn(noContent()));
        browser.get("/account");

        HttpResponse<String> deleted = browser.post("/account/delete", Map.of("password", "correct horse"));

        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).matches(".*:\\d+/$|^/$");
        api.server.verify(deleteRequestedFor(urlPathEqualTo("/api/v1/auth/me"))
                .withHeader("Authorization", equalTo("Bearer " + FakeApi.ACCESS)));
        HttpResponse<String> home = browser.get("/");
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
        assertThat(browser.get("/sign-in").body())
                .contains("Your account is deleted; everything QH kept about you is being erased.");
        assertThat(browser.get("/account").statusCode()).as("the web session is over").isEqualTo(302);
    }

    @Test
    void aWrongPasswordIsShownBesideTheFieldAndTheSessionStays() {
        Browser browser = signedInVera();
        api.server.stubFor(delete("/api/v1/auth/me").willReturn(
                FakeApi.problem(401, "wrong-password", "The password is not correct.", "")));
        browser.get("/account");

        HttpResponse<String> refused = browser.post("/account/delete", Map.of("password", "not it"));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("id=\"f-password-error\">The password is wrong.");
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
    }

    @Test
    void twoFactorAccountsAreAskedForTheCodeInRussianToo() {
        Browser browser = signedInVera().header("Accept-Language", "ru");
        api.server.stubFor(get("/api/v1/auth/me").atPriority(1).willReturn(okJson(FakeApi.veraAccount()
                .replace("\"totpEnabled\": false", "\"totpEnabled\": true"))));
        api.server.stubFor(delete("/api/v1/auth/me").willReturn(FakeApi.problem(400, "reauthentication-required",
                "To delete this account, enter its password and the current two-factor code.",
                "{\"field\": \"totpCode\", \"message\": \"is required\"}")));
        String page = browser.get("/account").body();
        assertThat(page).contains("Удаление аккаунта").contains("id=\"f-totpCode\"").contains("id=\"f-password\"");

        HttpResponse<String> refused = browser.post("/account/delete", Map.of("password", "correct horse"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Заполните поля, подтверждающие, что это вы.")
                .contains("id=\"f-totpCode-error\">Заполните это поле.");
    }

    @Test
    void anAccountWithoutPasswordConfirmsWithItsAddress() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/auth/me").atPriority(1).willReturn(okJson(FakeApi.veraAccount()
                .replace("\"hasPassword\": true", "\"hasPassword\": false"))));
        api.server.stubFor(delete("/api/v1/auth/me").withRequestBody(equalToJson("{\"confirm\": \"vera@example.org\"}"))
                .willReturn(noContent()));
        api.server.stubFor(delete("/api/v1/auth/me").withRequestBody(equalToJson("{\"confirm\": \"ivan@example.org\"}"))
                .willReturn(FakeApi.problem(400, "confirmation-mismatch", "Type the address exactly.",
                        "{\"field\": \"confirm\", \"message\": \"is not this account's e-mail address\"}")));
        String page = browser.get("/account").body();
        assertThat(page).contains("id=\"f-confirm\"").doesNotContain("id=\"f-password\"");

        HttpResponse<String> mismatch = browser.post("/account/delete", Map.of("confirm", "ivan@example.org"));
        HttpResponse<String> deleted = browser.post("/account/delete", Map.of("confirm", " vera@example.org "));

        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("id=\"f-confirm-error\">That is not this account’s e-mail address.")
                .contains("value=\"ivan@example.org\"");
        assertThat(deleted.statusCode()).isEqualTo(302);
    }

}
