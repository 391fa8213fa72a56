package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin's market data page against the vacancy service's {@code /api/v1/market/*}. */
class AdminMarketTest extends WebAppTestBase {

    static final byte[] CSV = "id,title,city,salary_from,salary_to,salary_currency\n1,Сварщик,Пермь,90000,,RUR\n"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void listsEveryRunWithWhatItDidWhyRecordsWereSkippedAndWhyOneBrokeOff() {
        Browser browser = signedInAdmin().header("Accept-Language", "ru");
        api.server.stubFor(get(urlPathEqualTo("/api/v1/market/imports")).willReturn(okJson(runs(45))));
        AdminAuditTest.stubAdmin();

        HttpResponse<String> page = browser.get("/admin/market");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<h1>Данные рынка</h1>").contains("href=\"/admin/market\" aria-current=\"page\"")
                .contains("enctype=\"multipart/form-data\"").contains("action=\"/admin/market/sync\"")
                .contains("Запусков, наполнявших хранилище рынка: 45")
                .contains("<strong>Файл</strong> <span class=\"run-source\">hh-vacancies-train.csv</span>")
                .contains("vera@example.org")
                .contains("<strong>Синхронизация hh.ru</strong>").contains("по расписанию")
                .contains("Пропущено записей: 2; почему").contains("<li>line 5: no id or name</li>")
                .contains("Прервано: The file is not valid JSON after record 1")
                .contains("1 мин 5 с").contains("4\u00a0495")
                .contains("href=\"/admin/market?page=1\" rel=\"next\"");
    }

    @Test
    void importsAFileAndShowsItsRunFirstOrTheRefusalBesideTheForm() {
        Browser browser = signedInAdmin();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/market/imports")).willReturn(okJson(runs(3))));
        AdminAuditTest.stubAdmin();
        api.server.stubFor(post("/api/v1/market/import").willReturn(okJson(
                "{\"read\": 1, \"added\": 1, \"updated\": 0, \"skipped\": 0, \"problems\": []}")));
        browser.get("/admin/market");

        HttpResponse<String> imported = browser.postFile("/admin/market/import", Map.of(), "welders.csv", "text/csv",
                CSV);
        HttpResponse<String> after = browser.get("/admin/market");

        assertThat(imported.statusCode()).isEqualTo(302);
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/market/import")).withAnyRequestBodyPart(
                aMultipart("file").withBody(containing("Сварщик"))));
        assertThat(after.body()).contains("The file is imported: what it did is the first run below.");

        api.server.stubFor(post("/api/v1/market/import").willReturn(FakeApi.problem(422, "bad-csv-header",
                "The CSV needs at least the columns id and name (or title).", "")));
        HttpResponse<String> refused = browser.postFile("/admin/market/import", Map.of(), "wrong.csv", "text/csv",
                "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> none = browser.postFile("/admin/market/import", Map.of(), "", "text/csv", new byte[0]);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("The CSV needs at least the columns id and name (or title).");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("id=\"f-file-error\">Choose a .csv or .json file.");
    }

    @Test
    void startsTheSyncAndSaysSoWhileItRunsOrWhenOneIsRunningAlready() {
        Browser browser = signedInAdmin();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/market/imports")).willReturn(okJson(runs(3)
                .replace("\"total\": 3}", "\"total\": 3, \"syncRunning\": {\"since\": \"2026-12-04T11:00:00Z\"}}"))));
        AdminAuditTest.stubAdmin();
        api.server.stubFor(post("/api/v1/market/sync").willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json").withBody("{\"started\": true}")));
        browser.get("/admin/market");

        HttpResponse<String> started = browser.post("/admin/market/sync", Map.of());
        String afterStart = browser.get("/admin/market").body();
        api.server.stubFor(post("/api/v1/market/sync").willReturn(FakeApi.problem(409, "sync-running",
                "Sync running", "")));
        browser.post("/admin/market/sync", Map.of());
        String afterRefusal = browser.get("/admin/market").body();

        assertThat(started.statusCode()).isEqualTo(302);
        api.server.verify(postRequestedFor(urlPathEqualTo("/api/v1/market/sync")));
        assertThat(afterStart).contains("The sync has started; its run appears below when it ends.")
                .contains("A sync is running since Dec 4, 2026, 11:00\u202fAM (on schedule).");
        assertThat(afterRefusal).contains("A sync is running already; its run appears below when it ends.");
    }

    @Test
    void answersAPageNumberThatIsNoNumberWithoutAServerError() {
        HttpResponse<String> page = signedInAdmin().get("/admin/market?page=two");

        assertThat(page.statusCode()).isEqualTo(400);
    }

    @Test
    void isForAdminsOnly() {
        HttpResponse<String> page = signedInVera().get("/admin/market");

        assertThat(page.statusCode()).isEqualTo(403);
        api.server.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/market/imports")));
    }

    static String runs(int total) {
        return """
                {"items": [
                  {"id": "r1", "origin": "import", "source": "hh-vacancies-train.csv",
                   "actor": "0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11", "startedAt": "2026-12-04T10:00:00Z",
                   "finishedAt": "2026-12-04T10:01:05Z", "read": 4497, "added": 4495, "updated": 0, "skipped": 2,
                   "problems": ["line 5: no id or name", "line 9: no id or name"]},
                  {"id": "r2", "origin": "sync", "source": "сварщик (areas 3)",
                   "startedAt": "2026-12-04T06:00:00Z", "finishedAt": "2026-12-04T06:00:00.300Z", "read": 20,
                   "added": 2, "updated": 18, "skipped": 0, "problems": []},
                  {"id": "r3", "origin": "import", "source": "broken.json",
                   "actor": "0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11", "startedAt": "2026-12-03T06:00:00Z",
                   "finishedAt": "2026-12-03T06:00:01Z", "read": 1, "added": 1, "updated": 0, "skipped": 0,
                   "problems": [], "failure": "The file is not valid JSON after record 1: unexpected end."}],
                 "page": 0, "size": 20, "total": %d}""".formatted(total);
    }
}
