package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two-factor set-up with a QR code drawn here, turning it off, and taking one's data away. */
class TwoFactorTest extends WebAppTestBase {

    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    static final String URI = "otpauth://totp/QH:vera%40example.org?secret=" + SECRET + "&issuer=QH";

    @Test
    void setsUpTwoFactorWithAQrCodeAndAFirstCode() {
        Browser browser = signedInVera();
        api.server.stubFor(post("/api/v1/auth/2fa/totp").willReturn(okJson(
                "{\"secret\": \"" + SECRET + "\", \"otpauthUri\": \"" + URI + "\"}")));
        api.server.stubFor(post("/api/v1/auth/2fa/totp/confirm").withRequestBody(equalToJson("{\"code\": \"000000\"}"))
                .willReturn(FakeApi.problem(400, "invalid-totp-code", "Wrong code.", "")));
        api.server.stubFor(post("/api/v1/auth/2fa/totp/confirm").withRequestBody(equalToJson("{\"code\": \"123456\"}"))
                .willReturn(aResponse().withStatus(204)));
        assertThat(browser.get("/account").body()).contains("Set up two-factor sign-in").contains(">Off<");

        HttpResponse<String> begun = browser.post("/account/two-factor", Map.of());
        assertThat(begun.headers().firstValue("Location").orElseThrow()).endsWith("/account/two-factor");
        String setUp = browser.get("/account/two-factor").body();
        assertThat(setUp).contains("<svg").contains("class=\"qr\"").contains("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP")
                .doesNotContain("otpauth://");

        HttpResponse<String> malformed = browser.post("/account/two-factor/confirm", Map.of("code", "12ab"));
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("id=\"f-code-error\">Enter the six digits the app shows.");

        HttpResponse<String> wrong = browser.post("/account/two-factor/confirm", Map.of("code", "000 000"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("id=\"f-code-error\">The code is wrong or has expired.")
                .contains("JBSW Y3DP");
        api.server.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/auth/2fa/totp")));

        HttpResponse<String> confirmed = browser.post("/account/two-factor/confirm", Map.of("code", "123 456"));
        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/account");
        assertThat(browser.get("/account/two-factor").headers().firstValue("Location").orElseThrow())
                .endsWith("/account");
    }

    @Test
    void turnsTwoFactorOffOnlyWithACode() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/auth/me").atPriority(1).willReturn(okJson(FakeApi.veraAccount()
                .replace("\"totpEnabled\": false", "\"totpEnabled\": true"))));
        api.server.stubFor(post("/api/v1/auth/2fa/totp/disable").willReturn(
                FakeApi.problem(400, "invalid-totp-code", "Wrong code.", "")));
        assertThat(browser.get("/account").body()).contains(">On<").contains("Turn off two-factor sign-in");

        HttpResponse<String> refused = browser.post("/account/two-factor/disable", Map.of("disableCode", "111111"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"f-disableCode-error\">The code is wrong or has expired.");
    }

    @Test
    void exportsTheProfileAsAFile() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/profile/export?format=native").willReturn(okJson(
                "{\"format\": \"qh-profile\", \"schemaVersion\": 1, \"profile\": {}}")));

        HttpResponse<String> file = browser.get("/account/export");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).contains("\"qh-profile\"");
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"qh-profile.json\"");
    }

}
