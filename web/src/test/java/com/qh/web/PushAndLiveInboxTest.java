package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Web Push behind the preferences page (the VAPID key, a browser's subscription registered and removed with the
 * session's token, the CSRF token required in a header), and the inbox's parts the live channel asks for.
 */
class PushAndLiveInboxTest extends WebAppTestBase {

    static final String SUBSCRIPTION_ID = "2f6a0b1c-3d4e-4f5a-8b6c-7d8e9f0a1b2c";
    static final String SUBSCRIPTION = """
            {"endpoint": "https://fcm.googleapis.com/fcm/send/dpH5lCsTSSM:APA91bH", "expirationTime": null,
             "keys": {"p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
                      "auth": "tBHItJI5svbpez7KI4CCXg"}}""";
    private static final Pattern CSRF_HEADER = Pattern.compile("data-csrf-header=\"([^\"]+)\" data-csrf=\"([^\"]+)\"");

    @Test
    void listsTheBrowsersThatGetPushWithTheButtonsForThisOne() {
        Tab tab = signedIn();

        String page = tab.get("/notifications/preferences").body();

        assertThat(page).contains("id=\"push\"").contains("id=\"push-on\" class=\"button primary\" hidden")
                .contains("This browser cannot receive push notifications here, or JavaScript is off.")
                .contains("fcm.googleapis.com").contains("since ")
                .contains("action=\"/notifications/push/subscriptions/" + SUBSCRIPTION_ID + "/delete\"")
                .contains("aria-label=\"Stop push to fcm.googleapis.com\"").contains("/js/live.js");
        assertThat(CSRF_HEADER.matcher(page).find()).isTrue();
    }

    @Test
    void givesTheServicesKeyAndRegistersThisBrowserWithTheSessionsToken() {
        Tab tab = signedIn();
        api.server.stubFor(get("/api/v1/notifications/push/public-key")
                .willReturn(okJson("{\"publicKey\": \"BPub-key_of-the-service\"}")));
        api.server.stubFor(post("/api/v1/notifications/push/subscriptions").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"" + SUBSCRIPTION_ID
                        + "\", \"pushService\": \"fcm.googleapis.com\", \"createdAt\": \"2026-12-04T10:00:00Z\"}")));
        Matcher csrf = csrfOf(tab.get("/notifications/preferences").body());

        assertThat(tab.get("/notifications/push/key").body()).isEqualTo("{\"publicKey\":\"BPub-key_of-the-service\"}");
        HttpResponse<String> registered = tab.postJson("/notifications/push/subscriptions", SUBSCRIPTION,
                csrf.group(1), csrf.group(2));

        assertThat(registered.statusCode()).isEqualTo(201);
        assertThat(registered.body()).contains("\"id\":\"" + SUBSCRIPTION_ID + "\"")
                .contains("Push notifications are on in this browser.");
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/notifications/push/subscriptions"))
                .withHeader("Authorization", equalTo("Bearer " + FakeApi.ACCESS))
                .withRequestBody(equalToJson("""
                        {"endpoint": "https://fcm.googleapis.com/fcm/send/dpH5lCsTSSM:APA91bH",
                         "keys": {"p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
                                  "auth": "tBHItJI5svbpez7KI4CCXg"}}""")));
    }

    @Test
    void refusesARegistrationWithoutTheCsrfTokenOrWithAnEndpointTheServiceRefuses() {
        Tab tab = signedIn();
        api.server.stubFor(post("/api/v1/notifications/push/subscriptions").willReturn(FakeApi.problem(400,
                "invalid-push-endpoint", "The endpoint must be https on port 443.", "")));
        Matcher csrf = csrfOf(tab.get("/notifications/preferences").body());

        assertThat(tab.postJson("/notifications/push/subscriptions", SUBSCRIPTION, csrf.group(1), null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> refused = tab.postJson("/notifications/push/subscriptions", SUBSCRIPTION,
                csrf.group(1), csrf.group(2));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).isEqualTo("{\"message\":\"QH cannot deliver to this browser’s push service.\"}");
        assertThat(tab.postJson("/notifications/push/subscriptions", "{\"endpoint\": \"\"}", csrf.group(1),
                csrf.group(2)).statusCode()).isEqualTo(400);
    }

    @Test
    void removesThisBrowserByItsEndpointAndAnyListedBrowserByAForm() {
        Tab tab = signedIn();
        api.server.stubFor(post("/api/v1/notifications/push/subscriptions").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"" + SUBSCRIPTION_ID + "\"}")));
        api.server.stubFor(delete("/api/v1/notifications/push/subscriptions/" + SUBSCRIPTION_ID)
                .willReturn(aResponse().withStatus(204)));
        Matcher csrf = csrfOf(tab.get("/notifications/preferences").body());

        HttpResponse<String> off = tab.postJson("/notifications/push/unsubscribe", SUBSCRIPTION, csrf.group(1),
                csrf.group(2));
        assertThat(off.statusCode()).isEqualTo(200);
        assertThat(off.body()).contains("Push notifications are off in this browser.");
        api.server.verify(1, deleteRequestedFor(urlPathEqualTo("/api/v1/notifications/push/subscriptions/"
                + SUBSCRIPTION_ID)).withHeader("Authorization", equalTo("Bearer " + FakeApi.ACCESS)));

        HttpResponse<String> removed = tab.form("/notifications/push/subscriptions/" + SUBSCRIPTION_ID + "/delete",
                Map.of());
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(removed.headers().firstValue("Location").orElseThrow()).endsWith("/notifications/preferences#push");
        api.server.verify(2, deleteRequestedFor(urlPathEqualTo("/api/v1/notifications/push/subscriptions/"
                + SUBSCRIPTION_ID)));
        assertThat(tab.get("/notifications/preferences").body())
                .contains("That browser no longer gets push notifications.");
    }

    @Test
    void givesTheLiveChannelTheInboxAloneAndTellsTheBellWhenAMessageIsRead() {
        Tab tab = signedIn();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/notifications")).willReturn(okJson(PagesTest.inbox())));
        api.server.stubFor(post("/api/v1/notifications/" + PagesTest.MESSAGE_ID + "/read")
                .willReturn(aResponse().withStatus(204)));

        String page = tab.get("/notifications").body();
        assertThat(page).contains("hx-get=\"/notifications\" hx-trigger=\"qh:notification from:body, qh:resync "
                + "from:body\" hx-swap=\"outerHTML\"");
        String part = tab.get("/notifications?unread=true", "HX-Request", "true").body();
        assertThat(part).startsWith("<section id=\"inbox\"").doesNotContain("<html")
                .contains("hx-get=\"/notifications?unread=true\"").contains("Interview on Thursday");

        HttpResponse<String> read = tab.get("/notifications");
        assertThat(read.statusCode()).isEqualTo(200);
        HttpResponse<String> marked = tab.postHtmx("/notifications/" + PagesTest.MESSAGE_ID + "/read");
        assertThat(marked.headers().firstValue("HX-Trigger")).hasValue("qh:read");
    }

    private Tab signedIn() {
        api.veraSignsIn(900);
        api.server.stubFor(get("/api/v1/notifications/preferences")
                .willReturn(okJson(NotificationSettingsTest.settings())));
        api.server.stubFor(get("/api/v1/notifications/push/subscriptions").willReturn(okJson("""
                [{"id": "%s", "pushService": "fcm.googleapis.com", "createdAt": "2026-12-01T10:00:00Z"}]"""
                .formatted(SUBSCRIPTION_ID))));
        return new Tab(port).signedIn();
    }

    private static Matcher csrfOf(String page) {
        Matcher csrf = CSRF_HEADER.matcher(page);
        assertThat(csrf.find()).isTrue();
        return csrf;
    }
}
