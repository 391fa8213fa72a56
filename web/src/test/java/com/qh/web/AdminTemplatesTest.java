package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin's message templates against the notification service's template API. */
class AdminTemplatesTest extends WebAppTestBase {

    static final String API = "/api/v1/notifications/admin/templates/user.registered.v1/email/ru";
    static final String PAGE = "/admin/templates/user.registered.v1/email/ru";

    @Test
    void listsEveryTemplateByEventWithTheEditedOnesMarked() {
        Browser browser = signedInAdmin();
        api.server.stubFor(get("/api/v1/notifications/admin/templates").willReturn(okJson(catalog())));

        String html = browser.get("/admin/templates").body();

        assertThat(html).contains("<h1>Message templates</h1>").contains("Welcome after sign-up")
                .contains("href=\"/admin/templates/user.registered.v1/email/ru\">E-mail · RU</a>")
                .contains("href=\"/admin/templates/user.registered.v1/in-app/en\">In the app · EN</a>")
                .containsOnlyOnce("<span class=\"chip-edited\"")
                .contains("href=\"/admin/templates\" aria-current=\"page\"");
    }

    @Test
    void previewsTheDraftWithSampleValuesInASandboxedFrameAndSavesIt() {
        Browser browser = signedInAdmin();
        stubTemplate();
        api.server.stubFor(post(API + "/preview").willReturn(okJson("""
                {"subject": "Добро пожаловать, Вера Соколова", "text": "Здравствуйте, Вера Соколова!",
                 "html": "<p>Здравствуйте, <b>Вера Соколова</b>!</p><script>alert(1)</script>"}""")));
        api.server.stubFor(put(API).willReturn(okJson("{}")));
        String editor = browser.get(PAGE).body();
        assertThat(editor).contains("<code>user.registered.v1</code> · the shipped text is in use")
                .contains("Placeholders: <code>{{displayName}}</code>, <code>{{link}}</code>")
                .contains("Здравствуйте, {{displayName}}!\n{{link}}\n</textarea>")
                .contains("<h1>Welcome after sign-up · <span class=\"nowrap\">E-mail · RU</span></h1>")
                .contains("formaction=\"" + PAGE + "#preview-title\"");

        HttpResponse<String> preview = browser.post(PAGE, Map.of("action", "preview",
                "subject", "Добро пожаловать, {{displayName}}", "text", "Здравствуйте, {{displayName}}!",
                "html", "<p>Здравствуйте, <b>{{displayName}}</b>!</p>"));

        api.server.verify(postRequestedFor(urlPathEqualTo(API + "/preview")).withRequestBody(equalToJson("""
                {"template": {"subject": "Добро пожаловать, {{displayName}}", "text": "Здравствуйте, {{displayName}}!",
                  "html": "<p>Здравствуйте, <b>{{displayName}}</b>!</p>"},
                 "values": {"displayName": "Vera Sokolova", "link": "https://qh.example.org/verify-email?token=sample"}}""")));
        // The rendered HTML only ever sits, escaped, in a sandboxed frame's srcdoc: no script of the API's runs here.
        assertThat(preview.body()).contains("<iframe class=\"preview-html\" sandbox=\"\" srcdoc=\"&lt;p&gt;")
                .doesNotContain("<script>alert(1)</script>")
                .contains("Здравствуйте, {{displayName}}!</textarea>");
        api.server.verify(0, putRequestedFor(urlPathEqualTo(API)));

        HttpResponse<String> saved = browser.post(PAGE, Map.of("action", "save", "subject", "",
                "text", "Здравствуйте, {{displayName}}!\r\n", "html", ""));

        assertThat(saved.statusCode()).isEqualTo(302);
        api.server.verify(putRequestedFor(urlPathEqualTo(API)).withRequestBody(equalToJson(
                "{\"subject\": null, \"text\": \"Здравствуйте, {{displayName}}!\\n\", \"html\": null}")));
        assertThat(browser.get(PAGE).body()).contains("The template is saved; the next message uses it.");
    }

    @Test
    void showsARefusedTemplateBesideItsFieldKeepingWhatWasTyped() {
        Browser browser = signedInAdmin();
        stubTemplate();
        api.server.stubFor(put(API).willReturn(FakeApi.problem(400, "validation", "1 field is invalid: text.",
                "{\"field\": \"text\", \"message\": \"must not be blank\"}")));
        browser.get(PAGE);

        HttpResponse<String> refused = browser.post(PAGE, Map.of("action", "save", "subject", "Привет",
                "text", " ", "html", "<p>Привет</p>"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<p class=\"field-error\" id=\"f-text-error\">must not be blank</p>")
                .contains("href=\"#f-text\">Plain text: must not be blank").contains("value=\"Привет\"")
                .contains("&lt;p&gt;Привет&lt;/p&gt;</textarea>");
    }

    @Test
    void showsAMalformedPlaceholderBesideItsFieldWithoutSendingTheDraft() {
        Browser browser = signedInAdmin().header("Accept-Language", "ru");
        stubTemplate();
        browser.get(PAGE);

        HttpResponse<String> preview = browser.post(PAGE, Map.of("action", "preview", "subject", "Привет, {displayName}}",
                "text", "Здравствуйте, {{displayName}}!\nСсылка: {{ссылка}}", "html",
                "<style>@media (max-width: 600px) { p { margin: 0 }}</style><p>{{link}}</p>"));

        assertThat(preview.statusCode()).isEqualTo(400);
        assertThat(preview.body())
                .contains("id=\"f-subject-error\">«Привет, {displayName}}» — не подстановка: пишите её как {{name}}")
                .contains("id=\"f-text-error\">«{{ссылка}}» — не подстановка")
                .doesNotContain("f-html-error")
                .contains("Здравствуйте, {{displayName}}!\nСсылка: {{ссылка}}</textarea>");
        api.server.verify(0, postRequestedFor(urlPathEqualTo(API + "/preview")));
        api.server.verify(0, putRequestedFor(urlPathEqualTo(API)));
    }

    @Test
    void restoresTheShippedTextAfterHtmxConfirms() {
        Browser browser = signedInAdmin();
        stubTemplate();
        api.server.stubFor(delete(API).willReturn(aResponse().withStatus(204)));
        browser.get(PAGE);

        HttpResponse<String> reset = browser.header("HX-Request", "true").post(PAGE + "/reset", Map.of());

        assertThat(reset.headers().firstValue("HX-Redirect")).contains(PAGE);
        api.server.verify(deleteRequestedFor(urlPathEqualTo(API)));
    }

    @Test
    void answersAnUnknownChannelWithNotFound() {
        Browser admin = signedInAdmin();

        assertThat(admin.get("/admin/templates/user.registered.v1/fax/ru").statusCode()).isEqualTo(404);
        assertThat(admin.get("/admin/templates/..%2F..%2Fauth/email/ru").statusCode()).isIn(400, 404);
        assertThat(api.server.getAllServeEvents()).noneMatch(event -> event.getRequest().getUrl().contains("fax")
                || event.getRequest().getUrl().contains("auth/email"));
    }

    @Test
    void isForAdminsOnly() {
        Browser person = signedInVera();

        assertThat(person.get("/admin/templates").statusCode()).isEqualTo(403);
        assertThat(person.post(PAGE + "/reset", Map.of()).statusCode()).isEqualTo(403);
        api.server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/notifications/admin/templates")));
        api.server.verify(0, deleteRequestedFor(urlPathEqualTo(API)));
    }

    private void stubTemplate() {
        api.server.stubFor(get(API).willReturn(okJson(template())));
    }

    static String template() {
        return """
                {"subject": "Добро пожаловать в QH", "text": "Здравствуйте, {{displayName}}!\\n{{link}}\\n",
                 "html": "<p>Здравствуйте, {{displayName}}!</p>", "overridden": false,
                 "placeholders": ["displayName", "link"]}""";
    }

    static String catalog() {
        return """
                [{"eventType": "analysis.completed.v1", "channel": "email", "language": "en", "overridden": false, "shipped": true},
                 {"eventType": "user.registered.v1", "channel": "email", "language": "en", "overridden": true,
                  "shipped": true, "updatedAt": "2026-12-01T10:00:00Z"},
                 {"eventType": "user.registered.v1", "channel": "email", "language": "ru", "overridden": false, "shipped": true},
                 {"eventType": "user.registered.v1", "channel": "in-app", "language": "en", "overridden": false, "shipped": true}]""";
    }
}
