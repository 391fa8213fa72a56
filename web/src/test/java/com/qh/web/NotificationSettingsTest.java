package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The notification settings: every category by every channel, what cannot be turned off left alone. */
class NotificationSettingsTest extends WebAppTestBase {

    static String settings() {
        return """
                {"categories": [
                  {"category": "security", "mandatory": true,
                   "channels": {"EMAIL": true, "IN_APP": true, "SMS": false, "PUSH": true}},
                  {"category": "vacancies", "mandatory": false,
                   "channels": {"EMAIL": true, "IN_APP": true, "SMS": false, "PUSH": false}},
                  {"category": "analysis-results", "mandatory": false,
                   "channels": {"EMAIL": true, "IN_APP": true, "SMS": false, "PUSH": true}}],
                 "phone": null, "phoneVerified": false, "pushSubscriptions": 0}""";
    }

    @Test
    void showsEveryCategoryByChannelWithSecurityMailLocked() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/notifications/preferences").willReturn(okJson(settings())));

        String html = browser.get("/notifications/preferences").body();

        assertThat(html).contains("Notification settings").contains("Analysis results")
                .contains("id=\"p-security-EMAIL\" name=\"security.EMAIL\" value=\"on\" checked disabled")
                .contains("id=\"p-vacancies-SMS\" name=\"vacancies.SMS\" value=\"on\">")
                .contains("E\u2011mail: Vacancies").contains("Texts need a confirmed phone number");
    }

    @Test
    void sendsOnlyWhatChangedAndNeverTheLockedPairs() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/notifications/preferences").willReturn(okJson(settings())));
        api.server.stubFor(put("/api/v1/notifications/preferences").willReturn(okJson(settings())));
        browser.get("/notifications/preferences");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("security.PUSH", "on");
        form.put("vacancies.IN_APP", "on");
        form.put("vacancies.PUSH", "on");
        form.put("analysis-results.EMAIL", "on");
        form.put("analysis-results.IN_APP", "on");
        HttpResponse<String> saved = browser.post("/notifications/preferences", form);

        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/notifications/preferences");
        api.server.verify(putRequestedFor(urlPathEqualTo("/api/v1/notifications/preferences")).withRequestBody(
                equalToJson("""
                        {"preferences": [
                          {"category": "vacancies", "channel": "EMAIL", "enabled": false},
                          {"category": "vacancies", "channel": "PUSH", "enabled": true},
                          {"category": "analysis-results", "channel": "PUSH", "enabled": false}]}""")));
        assertThat(browser.get("/notifications/preferences").body()).contains("Your notification settings are saved.");
    }

    @Test
    void showsARefusalOfTheService() {
        Browser browser = signedInVera();
        api.server.stubFor(get("/api/v1/notifications/preferences").willReturn(okJson(settings())));
        api.server.stubFor(put("/api/v1/notifications/preferences").willReturn(FakeApi.problem(422,
                "preference-not-allowed", "Some settings cannot be made.", "")));
        browser.get("/notifications/preferences");

        HttpResponse<String> refused = browser.post("/notifications/preferences", Map.of());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Some of these settings cannot be made.");
    }

}
