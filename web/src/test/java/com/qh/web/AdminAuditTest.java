package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The admin's audit log against auth's {@code /api/v1/auth/admin/audit}. */
class AdminAuditTest extends WebAppTestBase {

    static final String IVAN = "1c2d3e4f-0000-4000-8000-000000000002";

    @Test
    void findsTheUserByAddressAndAsksForTheirEventsOfTheseUtcDays() {
        Browser browser = signedInAdmin();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/admin/users")).willReturn(okJson(FakeApi.users())));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/admin/audit")).willReturn(okJson(events(120))));
        stubAdmin();

        HttpResponse<String> page = browser.get("/admin/audit?user=ivan%40example.org&type=SIGN_IN_FAILED"
                + "&from=2026-12-01&to=2026-12-04");

        assertThat(page.statusCode()).isEqualTo(200);
        api.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/auth/admin/audit"))
                .withQueryParam("userId", equalTo(IVAN)).withQueryParam("type", equalTo("SIGN_IN_FAILED"))
                .withQueryParam("from", equalTo("2026-12-01T00:00:00Z"))
                .withQueryParam("to", equalTo("2026-12-05T00:00:00Z")).withQueryParam("page", equalTo("0")));
        String html = page.body();
        assertThat(html).contains("<h1>Audit log</h1>").contains("href=\"/admin/audit\" aria-current=\"page\"")
                .contains("120 events, 1–2 shown, newest first")
                .contains("<span class=\"audit-type failure\">Sign-in failed</span>")
                .contains("<span class=\"audit-type\">Role changed</span>")
                .contains("href=\"/admin/audit?user=ivan%40example.org\"")
                .contains("by vera@example.org").contains("203.0.113.7")
                .contains("<option value=\"SIGN_IN_FAILED\" selected>Sign-in failed</option>")
                // More pages: the next keeps the filters.
                .contains("href=\"/admin/audit?user=ivan%40example.org&amp;type=SIGN_IN_FAILED&amp;from=2026-12-01"
                        + "&amp;to=2026-12-04&amp;page=1\" rel=\"next\"");
    }

    @Test
    void explainsFiltersItCannotUseBesideTheirFieldsWithoutAskingTheLog() {
        Browser browser = signedInAdmin().header("Accept-Language", "ru");
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/admin/users")).willReturn(okJson(
                "{\"items\": [], \"page\": 0, \"size\": 5, \"total\": 0}")));

        HttpResponse<String> noUser = browser.get("/admin/audit?user=nobody%40example.org");
        HttpResponse<String> backwards = browser.get("/admin/audit?from=2026-12-04&to=2026-12-01");
        HttpResponse<String> notADay = browser.get("/admin/audit?from=yesterday");

        assertThat(noUser.statusCode()).isEqualTo(400);
        assertThat(noUser.body()).contains("id=\"f-user-error\">Нет пользователя с таким адресом.");
        assertThat(backwards.body()).contains("id=\"f-to-error\">Конец раньше начала.");
        assertThat(notADay.body()).contains("id=\"f-from-error\">Введите дату в виде 2026-12-04.")
                .contains("value=\"yesterday\"");
        api.server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/auth/admin/audit")));
    }

    @Test
    void showsAuthsRefusalBesideTheFieldItNames() {
        Browser browser = signedInAdmin();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/admin/audit")).willReturn(FakeApi.problem(400,
                "validation", "1 field is invalid: from.", "{\"field\": \"from\", \"message\": \"must be after 2020\"}")));

        HttpResponse<String> page = browser.get("/admin/audit?from=1999-01-01");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<p class=\"field-error\" id=\"f-from-error\">must be after 2020</p>")
                .contains("value=\"1999-01-01\"").contains("Fix the filters above to see events.")
                .doesNotContain("<table");
    }

    @Test
    void saysSoWhenNoEventMatchesWithoutAPager() {
        Browser browser = signedInAdmin();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/admin/audit")).willReturn(okJson(
                "{\"items\": [], \"page\": 0, \"size\": 50, \"total\": 0}")));

        HttpResponse<String> page = browser.get("/admin/audit?type=ACCOUNT_LOCKED");

        assertThat(page.statusCode()).isEqualTo(200);
        api.server.verify(getRequestedFor(urlPathEqualTo("/api/v1/auth/admin/audit"))
                .withQueryParam("type", equalTo("ACCOUNT_LOCKED")).withQueryParam("size", equalTo("50")));
        assertThat(page.body()).contains("No events match these filters.").doesNotContain("<table")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void isForAdminsOnly() {
        Browser person = signedInVera();

        HttpResponse<String> page = person.get("/admin/audit");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("403");
        api.server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/auth/admin/audit")));
    }

    /** The admin who acted in {@link #events}, as auth's admin API gives her. */
    static void stubAdmin() {
        api.server.stubFor(get("/api/v1/auth/admin/users/0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11").willReturn(okJson(
                "{\"id\": \"0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11\", \"email\": \"vera@example.org\"}")));
    }

    static String events(int total) {
        return """
                {"items": [
                  {"id": "e1", "occurredAt": "2026-12-03T10:15:00Z", "type": "SIGN_IN_FAILED", "userId": "%s",
                   "email": "ivan@example.org", "ip": "203.0.113.7", "detail": "wrong password"},
                  {"id": "e2", "occurredAt": "2026-12-02T08:00:00Z", "type": "ROLE_CHANGED", "userId": "%s",
                   "actorId": "0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11", "email": "ivan@example.org",
                   "ip": "198.51.100.2", "detail": "USER -> ADMIN"}],
                 "page": 0, "size": 50, "total": %d}""".formatted(IVAN, IVAN, total);
    }
}
