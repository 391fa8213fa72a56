package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Every screen in a real browser (Playwright for Java driving Debian's Chromium, {@code /usr/bin/chromium}) at a
 * phone's 390×844, a small phone's 360×740 and a desktop's 1366×768, written as PNG files to look at. Not part of {@code ./mvnw verify}: it
 * needs Chromium installed and takes longer than a unit test should. Run it with
 * {@code ./mvnw -pl web verify -Dqh.web.browser=true -Dtest=ScreensTest -Dqh.web.screenshots=/tmp/qh/web-shots}.
 * Besides the pictures it checks that no page broke its Content-Security-Policy (a blocked script or style shows in
 * the console) and that axe-core finds no serious or critical violation on any screen ({@link Axe}).
 */
@EnabledIfSystemProperty(named = "qh.web.browser", matches = "true")
class ScreensTest extends WebAppTestBase {

    static final List<Chromium.Size> SIZES = List.of(Chromium.PHONE, Chromium.SMALL, Chromium.DESKTOP);


    @Test
    void photographsEveryScreenAtPhoneAndDesktopSizes() {
        richFixtures();
        try (Chromium chromium = Chromium.launch(port)) {
            for (Chromium.Size size : SIZES) {
                // The narrowest phone only in Russian, whose longer words are the ones that could overflow it.
                for (String lang : size == Chromium.SMALL ? List.of("ru") : List.of("en", "ru")) {
                    Page page = chromium.open(size, lang);
                    String prefix = size.name() + "-" + lang + "-";
                    chromium.shoot(page, prefix + "01-sign-in", "/sign-in");
                    page.fill("#f-email", "vera@example.org");
                    page.fill("#f-password", "wrong");
                    page.click("button[type=submit]");
                    page.waitForSelector(".error-summary");
                    chromium.look(page, prefix + "02-sign-in-error");
                    chromium.shoot(page, prefix + "03-sign-up", "/sign-up");
                    page.fill("#f-displayName", "Vera");
                    page.fill("#f-email", "vera@example.org");
                    page.fill("#f-password", "password123");
                    page.click("main button[type=submit]");
                    page.waitForSelector(".error-summary");
                    chromium.look(page, prefix + "04-sign-up-error");
                    chromium.shoot(page, prefix + "05-verify-email", "/verify-email?token=t");
                    chromium.shoot(page, prefix + "06-forgot-password", "/forgot-password");
                    chromium.shoot(page, prefix + "07-reset-password", "/reset-password?token=t");
                    chromium.signIn(page);
                    chromium.look(page, prefix + "10-vacancies");
                    // The import form posts through htmx; a refusal (4xx) must still replace the page with its message.
                    page.click(".import-card button[type=submit]");
                    page.waitForSelector(".import-card .error-summary");
                    chromium.look(page, prefix + "10b-import-error");
                    chromium.shoot(page, prefix + "11-vacancy", "/vacancies/" + PagesTest.VACANCY_ID);
                    // The tracker moves through htmx: the fragment comes back with its confirmation.
                    page.selectOption("#f-status-move", "INTERVIEW");
                    page.click("#tracker button[type=submit]");
                    page.waitForSelector("#tracker .notice");
                    chromium.look(page, prefix + "11b-tracker-moved");
                    // The match of the vacancy: a missing skill added through the profile API, then matched again.
                    chromium.shoot(page, prefix + "11c-match", "/vacancies/" + PagesTest.VACANCY_ID + "/match");
                    page.click("#missing-skills li:first-child button[type=submit]");
                    page.waitForSelector(".notice");
                    chromium.look(page, prefix + "11d-match-skill-added");
                    chromium.shoot(page, prefix + "19-salary", "/salary");
                    chromium.shoot(page, prefix + "19c-insights", "/insights");
                    chromium.shoot(page, prefix + "19b-salary-other", "/salary?title=Java&city=Moscow&experience=between3And6");
                    chromium.shoot(page, prefix + "20-analysis-list", "/analysis");
                    chromium.shoot(page, prefix + "21-analysis-match", "/analysis/jobs/" + AnalysisFixtures.MATCH_JOB);
                    chromium.shoot(page, prefix + "22-analysis-review", "/analysis/jobs/" + AnalysisFixtures.REVIEW_JOB);
                    chromium.shoot(page, prefix + "23-analysis-running", "/analysis/jobs/" + AnalysisFixtures.RUNNING_JOB);
                    // The running job polls through htmx; once the API says it is done, the report replaces it.
                    var finished = api.server.stubFor(get("/api/v1/analysis/jobs/" + AnalysisFixtures.RUNNING_JOB)
                            .atPriority(1).willReturn(okJson(AnalysisFixtures.doneReview())));
                    page.waitForSelector("#job .big-score-number");
                    api.server.removeStub(finished);
                    chromium.shoot(page, prefix + "24-analysis-failed", "/analysis/jobs/" + AnalysisFixtures.FAILED_JOB);
                    chromium.shoot(page, prefix + "25-analysis-salary", "/analysis/jobs/" + AnalysisFixtures.SALARY_JOB);
                    chromium.shoot(page, prefix + "26-documents", "/documents");
                    // An upload goes through htmx as multipart, and htmx then loads the new document's page.
                    page.setInputFiles("#f-file", new com.microsoft.playwright.options.FilePayload("cv.pdf",
                            "application/pdf", "%PDF-1.7 a resume".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    page.click(".import-card button[type=submit]");
                    page.waitForURL("**/documents/" + DocumentFixtures.DOC);
                    assertThat(page.textContent(".notice")).isNotBlank();
                    chromium.shoot(page, prefix + "27-document", "/documents/" + DocumentFixtures.DOC);
                    page.fill("#f-password", "long enough secret");
                    page.fill("#f-expiresAt", "2099-12-31");
                    page.click(".share-form button[type=submit]");
                    page.waitForSelector(".share-made");
                    chromium.look(page, prefix + "28-share-made");
                    chromium.shoot(page, prefix + "29-shared", "/shared/" + DocumentFixtures.TOKEN);
                    chromium.shoot(page, prefix + "12-profile", "/profile");
                    // Deleting a job asks first (htmx's confirm), then htmx loads the profile with the notice.
                    page.onceDialog(dialog -> dialog.accept());
                    page.click("#experience .entry:last-child button.danger");
                    page.waitForSelector(".notice");
                    chromium.look(page, prefix + "12b-job-deleted");
                    chromium.shoot(page, prefix + "13-personal", "/profile/personal");
                    chromium.shoot(page, prefix + "14-experience", "/profile/experience/new");
                    chromium.shoot(page, prefix + "14b-education", "/profile/education/e0000000-0000-4000-8000-000000000001/edit");
                    chromium.shoot(page, prefix + "14c-summary", "/profile/summary");
                    chromium.shoot(page, prefix + "14d-import", "/profile/import");
                    page.setInputFiles("#f-file", new com.microsoft.playwright.options.FilePayload("resume.json",
                            "application/json", JsonResumeImportTest.RESUME.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    page.click("main button[type=submit]");
                    page.waitForSelector(".import-lines");
                    chromium.look(page, prefix + "14e-import-preview");
                    chromium.shoot(page, prefix + "15-account", "/account");
                    page.click("#two-factor button[type=submit]");
                    page.waitForSelector("svg.qr");
                    chromium.look(page, prefix + "15b-two-factor");
                    chromium.shoot(page, prefix + "17b-notification-settings", "/notifications/preferences");
                    chromium.shoot(page, prefix + "17-notifications", "/notifications");
                    page.click(".message.unread .link-button");
                    page.waitForSelector("#inbox-count");
                    assertThat(page.url()).endsWith("/notifications");
                    chromium.shoot(page, prefix + "18-admin-users", "/admin/users");
                    chromium.shoot(page, prefix + "18b-admin-ai", "/admin/ai");
                    chromium.shoot(page, prefix + "18c-admin-audit", "/admin/audit?user=ivan%40example.org");
                    chromium.shoot(page, prefix + "18d-admin-templates", "/admin/templates");
                    chromium.shoot(page, prefix + "18g-admin-jobs", "/admin/jobs?status=FAILED");
                    chromium.shoot(page, prefix + "18h-admin-market", "/admin/market");
                    chromium.shoot(page, prefix + "18e-admin-template", AdminTemplatesTest.PAGE);
                    page.click("button[value=preview]");
                    page.waitForSelector(".template-preview");
                    chromium.look(page, prefix + "18f-admin-template-preview");
                    chromium.shoot(page, prefix + "16-not-found", "/no-such-page");
                    page.context().close();
                }
            }
        }
    }

    private void richFixtures() {
        api.veraSignsIn(900);
        api.veraIsAdmin();
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/admin/users")).willReturn(okJson(FakeApi.users())));
        api.server.stubFor(post("/api/v1/auth/login").atPriority(10).willReturn(
                FakeApi.problem(401, "invalid-credentials", "Wrong e-mail or password.", "")));
        api.server.stubFor(post("/api/v1/auth/register").willReturn(FakeApi.problem(422, "weak-password",
                "The password is too weak.",
                "{\"field\": \"password\", \"message\": \"is one of the most common passwords\"}")));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).willReturn(okJson("""
                {"items": [
                  {"id": "%s", "title": "Senior Java developer", "company": "Yandex", "city": "Moscow",
                   "salary": {"from": 350000, "to": 450000, "currency": "RUB"}, "status": "INTERVIEW",
                   "statusChangedAt": "2026-12-01T10:00:00Z", "skills": ["Java", "Spring", "PostgreSQL", "Kafka"]},
                  {"id": "%s", "title": "Backend engineer (Kotlin)", "company": "Tinkoff", "city": "Saint Petersburg",
                   "salary": {"from": 300000, "currency": "RUB"}, "status": "APPLIED",
                   "statusChangedAt": "2026-11-28T10:00:00Z", "skills": ["Kotlin", "Kubernetes"]},
                  {"id": "%s", "title": "Platform engineer", "company": "Ozon", "city": "",
                   "salary": {}, "status": "SAVED", "statusChangedAt": "2026-11-20T10:00:00Z", "skills": []}
                ], "page": 0, "size": 20, "total": 3}""".formatted(PagesTest.VACANCY_ID, PagesTest.VACANCY_ID,
                PagesTest.VACANCY_ID))));
        api.server.stubFor(get("/api/v1/vacancies/" + PagesTest.VACANCY_ID)
                .willReturn(okJson(TrackerDocumentsTest.appliedWithDocuments())));
        api.server.stubFor(post("/api/v1/analysis/match").willReturn(okJson(MatchPageTest.seniorJavaMatchWithUnscored())));
        api.server.stubFor(get("/api/v1/profile/skills").willReturn(okJson("[]").withHeader("ETag", "\"v12\"")));
        api.server.stubFor(post("/api/v1/profile/skills").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"s1\", \"name\": \"Apache Kafka\"}")));
        api.server.stubFor(get("/api/v1/analysis/salary/me").willReturn(okJson(SalaryPageTest.accountantInMoscow())));
        api.server.stubFor(post("/api/v1/analysis/salary").willReturn(okJson(SalaryPageTest.accountantInMoscow())));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/admin/ai/usage")).willReturn(okJson(AdminAiUsageTest.usage())));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/auth/admin/audit")).willReturn(okJson(AdminAuditTest.events(2))));
        AdminAuditTest.stubAdmin();
        InsightsFixtures.stub(api, java.time.LocalDate.now());
        api.server.stubFor(get(urlPathEqualTo("/api/v1/analysis/admin/jobs")).willReturn(okJson(AdminJobsTest.jobs())));
        api.server.stubFor(get("/api/v1/auth/admin/users/" + AdminAuditTest.IVAN).willReturn(okJson(
                "{\"id\": \"" + AdminAuditTest.IVAN + "\", \"email\": \"ivan.petrov@example.org\"}")));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/market/imports")).willReturn(okJson(AdminMarketTest.runs(3))));
        api.server.stubFor(get("/api/v1/notifications/admin/templates").willReturn(okJson(AdminTemplatesTest.catalog())));
        api.server.stubFor(get(AdminTemplatesTest.API).willReturn(okJson(AdminTemplatesTest.template())));
        api.server.stubFor(post(AdminTemplatesTest.API + "/preview").willReturn(okJson("""
                {"subject": "Добро пожаловать в QH", "text": "Здравствуйте, Вера Соколова!\\nhttps://qh.example.org/\\n",
                 "html": "<p>Здравствуйте, <b>Вера Соколова</b>!</p><p><a href=\\"https://qh.example.org/\\">Открыть QH</a></p>"}""")));
        api.server.stubFor(get("/api/v1/profile").willReturn(okJson("""
                {"primaryLanguage": "RU", "personal": {"firstName": {"ru": "Вера", "en": "Vera"},
                  "lastName": {"ru": "Соколова", "en": "Sokolova"}, "headline": {"en": "Backend developer, 7 years",
                  "ru": "Бэкенд-разработчица, 7 лет"}, "contacts": {"email": "vera@example.org", "phone": "+79161234567"},
                  "location": {"city": {"ru": "Москва", "en": "Moscow"}},
                  "desiredSalary": {"amount": 350000, "currency": "RUB"}},
                 "experience": [
                  {"id": "a1d3c1e2-0000-4000-8000-000000000001", "position": {"en": "Senior backend developer",
                   "ru": "Ведущий бэкенд-разработчик"}, "employer": {"en": "Yandex", "ru": "Яндекс"},
                   "startDate": "2021-03", "current": true},
                  {"id": "a1d3c1e2-0000-4000-8000-000000000002", "position": {"en": "Java developer"},
                   "employer": {"en": "Sber"}, "startDate": "2018-01", "endDate": "2021-02"}],
                 "summary": {"en": "Backend developer with seven years of Java: payments, search, and the teams around them.",
                  "ru": "Бэкенд-разработчица, семь лет на Java: платежи, поиск и команды вокруг них."},
                 "education": [{"id": "e0000000-0000-4000-8000-000000000001",
                  "institution": {"ru": "Казанский федеральный университет", "en": "Kazan Federal University"},
                  "area": {"ru": "Прикладная математика", "en": "Applied mathematics"}, "level": "MASTER",
                  "startDate": "2010-09", "endDate": "2016-06"}],
                 "skills": [{"id": "e0000000-0000-4000-8000-000000000002", "name": "Java", "level": "Expert"},
                  {"id": "e0000000-0000-4000-8000-000000000003", "name": "PostgreSQL"}],
                 "languages": [{"id": "e0000000-0000-4000-8000-000000000004", "language": "English", "cefr": "C1"}]}""")
                .withHeader("ETag", "\"v12\"")));
        api.server.stubFor(get("/api/v1/profile/completeness").willReturn(okJson("""
                {"score": 68, "findings": [
                  {"section": "experience", "itemId": "a1d3c1e2-0000-4000-8000-000000000002", "field": "highlights",
                   "severity": "WEAK", "advice": "Add achievements to the job at Sber."},
                  {"section": "summary", "severity": "MISSING", "advice": "Write a summary of two or three sentences."},
                  {"section": "skills", "severity": "SUGGESTION", "advice": "List at least five skills."}]}""")));
        api.server.stubFor(get("/api/v1/profile/personal").willReturn(okJson("""
                {"firstName": {"ru": "Вера", "en": "Vera"}, "lastName": {"ru": "Соколова", "en": "Sokolova"},
                 "contacts": {"email": "vera@example.org", "phone": "+79161234567"},
                 "location": {"city": {"ru": "Москва", "en": "Moscow"}, "workFormat": "HYBRID"},
                 "desiredSalary": {"amount": 350000, "currency": "RUB"}}""").withHeader("ETag", "\"v12\"")));
        api.server.stubFor(get("/api/v1/profile/experience").willReturn(okJson("[]").withHeader("ETag", "\"v12\"")));
        api.server.stubFor(get("/api/v1/profile/education/e0000000-0000-4000-8000-000000000001").willReturn(okJson("""
                {"id": "e0000000-0000-4000-8000-000000000001",
                 "institution": {"ru": "Казанский федеральный университет", "en": "Kazan Federal University"},
                 "area": {"ru": "Прикладная математика", "en": "Applied mathematics"}, "level": "MASTER",
                 "startDate": "2010-09", "endDate": "2016-06", "courses": [{"en": "Numerical methods",
                 "ru": "Численные методы"}]}""").withHeader("ETag", "\"v12\"")));
        api.server.stubFor(get("/api/v1/profile/summary").willReturn(okJson("""
                {"primaryLanguage": "ru", "summary": {"en": "Backend developer with seven years of Java."}}""")
                .withHeader("ETag", "\"v12\"")));
        api.server.stubFor(post(urlPathEqualTo("/api/v1/profile/import")).willReturn(okJson(JsonResumeImportTest.DIFF)
                .withHeader("ETag", "\"v12\"")));
        api.server.stubFor(post("/api/v1/auth/verify-email").willReturn(aResponse().withStatus(204)));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/notifications")).willReturn(okJson(PagesTest.inbox())));
        api.server.stubFor(post(urlPathEqualTo("/api/v1/notifications/" + PagesTest.MESSAGE_ID + "/read"))
                .willReturn(aResponse().withStatus(204)));
        String doc = "/api/v1/documents/" + DocumentFixtures.DOC;
        api.server.stubFor(get("/api/v1/documents").willReturn(okJson(TrackerDocumentsTest.documents())));
        api.server.stubFor(get("/api/v1/documents/usage").willReturn(okJson(DocumentFixtures.usage())));
        api.server.stubFor(get(doc).willReturn(okJson(DocumentFixtures.one())));
        api.server.stubFor(get(doc + "/versions").willReturn(okJson(DocumentFixtures.versions())));
        api.server.stubFor(get(doc + "/shares").willReturn(okJson(DocumentFixtures.shares())));
        api.server.stubFor(post("/api/v1/documents").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(DocumentFixtures.one())));
        api.server.stubFor(post(doc + "/shares").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"" + DocumentFixtures.SHARE
                        + "\", \"token\": \"" + DocumentFixtures.TOKEN + "\", \"passwordProtected\": true}")));
        api.server.stubFor(get("/api/v1/notifications/preferences").willReturn(okJson(
                NotificationSettingsTest.settings().replace("{\"categories\": [", """
                        {"categories": [
                          {"category": "account", "mandatory": false,
                           "channels": {"EMAIL": true, "IN_APP": true, "SMS": false, "PUSH": false}},
                          {"category": "documents", "mandatory": false,
                           "channels": {"EMAIL": false, "IN_APP": true, "SMS": false, "PUSH": false}},
                          {"category": "news", "mandatory": false,
                           "channels": {"EMAIL": false, "IN_APP": false, "SMS": false, "PUSH": false}},"""))));
        api.server.stubFor(post("/api/v1/auth/2fa/totp").willReturn(okJson("{\"secret\": \""
                + TwoFactorTest.SECRET + "\", \"otpauthUri\": \"" + TwoFactorTest.URI + "\"}")));
        api.server.stubFor(get("/api/v1/notifications/unread-count").willReturn(okJson("{\"unread\": 3}")));
        api.server.stubFor(get("/api/v1/analysis/jobs?limit=50").willReturn(okJson(AnalysisFixtures.list())));
        api.server.stubFor(get("/api/v1/analysis/jobs/" + AnalysisFixtures.MATCH_JOB)
                .willReturn(okJson(AnalysisFixtures.doneMatch())));
        api.server.stubFor(get("/api/v1/analysis/jobs/" + AnalysisFixtures.REVIEW_JOB)
                .willReturn(okJson(AnalysisFixtures.doneReview())));
        api.server.stubFor(get("/api/v1/analysis/jobs/" + AnalysisFixtures.RUNNING_JOB)
                .willReturn(okJson(AnalysisFixtures.running())));
        api.server.stubFor(get("/api/v1/analysis/jobs/" + AnalysisFixtures.FAILED_JOB)
                .willReturn(okJson(AnalysisFixtures.failed())));
        api.server.stubFor(get("/api/v1/analysis/jobs/" + AnalysisFixtures.SALARY_JOB)
                .willReturn(okJson(AnalysisFixtures.salaryUnavailable())));
        api.server.stubFor(post("/api/v1/vacancies/" + PagesTest.VACANCY_ID + "/tracker")
                .willReturn(okJson(PagesTest.vacancy("INTERVIEW"))));
        api.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.delete(
                urlPathEqualTo("/api/v1/profile/experience/a1d3c1e2-0000-4000-8000-000000000002"))
                .willReturn(aResponse().withStatus(204)));
    }
}
