package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.TestPropertySource;

/**
 * The Google and GitHub buttons in Chromium, at 390, 360 and 1366 px in English (light) and Russian (dark), with the
 * same checks as every screen (labels, names, axe-core, no CSP violation in the console): the sign-in and sign-up
 * pages, a provider sign-in refused with its message, and the whole way round in a real browser (WireMock plays the
 * provider's consent page, which sends the browser straight back) ending signed in on the account page with its
 * link buttons. Run with {@code -Dqh.web.browser=true}, like {@link ScreensTest}.
 */
@EnabledIfSystemProperty(named = "qh.web.browser", matches = "true")
@TestPropertySource(properties = "qh.web.oauth-providers-ttl=0s")
class OAuthScreensTest extends WebAppTestBase {

    @Test
    void showsTheProviderButtonsAndSignsInThroughThemInABrowser() {
        api.server.stubFor(get("/api/v1/auth/oauth2/providers").willReturn(okJson("[\"github\", \"google\"]")));
        api.server.stubFor(get("/api/v1/auth/oauth2/google/authorize").willReturn(aResponse().withStatus(302)
                .withHeader("Location", api.url() + "/provider/consent?state=" + OAuthSignInTest.STATE)
                .withHeader("Set-Cookie", OAuthSignInTest.BINDING + "; Path=/; Secure; HttpOnly; SameSite=Lax")));
        api.server.stubFor(get(urlPathEqualTo("/provider/consent")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://localhost:" + port + "/sign-in/google/callback?code=c0de&state="
                        + OAuthSignInTest.STATE)));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/oauth2/google/callback"))
                .willReturn(okJson(FakeApi.tokens(FakeApi.ACCESS, FakeApi.REFRESH, 900))));
        api.server.stubFor(get("/api/v1/auth/me").willReturn(okJson(FakeApi.veraAccount())));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/oauth2/github/callback")).willReturn(FakeApi.problem(
                409, "account-exists-link-required", "An account with this address exists.", "")));
        try (Chromium chromium = Chromium.launch(port)) {
            for (Chromium.Size size : List.of(Chromium.PHONE, Chromium.SMALL, Chromium.DESKTOP)) {
                for (String lang : List.of("en", "ru")) {
                    String prefix = size.name() + "-" + lang + "-";
                    Page page = chromium.open(size, lang);
                    chromium.shoot(page, prefix + "oauth-01-sign-in", "/sign-in");
                    assertThat(page.locator(".oauth-button").count()).isEqualTo(2);
                    chromium.shoot(page, prefix + "oauth-02-sign-up", "/sign-up");
                    page.navigate(chromium.url("/sign-in?next=/account"));
                    page.locator("a[href^='/sign-in/google']").click();
                    page.waitForURL("**/account");
                    assertThat(page.context().cookies()).noneMatch(cookie -> cookie.name.contains("qh_oauth"));
                    chromium.look(page, prefix + "oauth-03-account-links");
                    assertThat(page.locator("a[href='/account/link/github']").textContent().strip())
                            .isEqualTo(lang.equals("ru") ? "Привязать GitHub" : "Link GitHub");
                    page.context().close();

                    // A GitHub sign-in for an address that has an account: the message on the sign-in page.
                    Page refused = chromium.open(size, lang);
                    refused.navigate(chromium.url("/sign-in"));
                    api.server.stubFor(get("/api/v1/auth/oauth2/github/authorize").willReturn(aResponse()
                            .withStatus(302).withHeader("Location", "http://localhost:" + port
                                    + "/sign-in/github/callback?code=c0de&state=" + OAuthSignInTest.STATE)
                            .withHeader("Set-Cookie", OAuthSignInTest.BINDING + "; Path=/")));
                    refused.locator("a[href^='/sign-in/github']").click();
                    refused.waitForSelector(".error-summary");
                    chromium.look(refused, prefix + "oauth-04-sign-in-refused");
                    refused.context().close();
                }
            }
        }
        api.server.verify(6, getRequestedFor(urlPathEqualTo("/api/v1/auth/oauth2/google/callback")));
    }
}
