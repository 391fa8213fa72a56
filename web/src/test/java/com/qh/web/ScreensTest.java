package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ColorScheme;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    record Size(String name, int width, int height) {
    }

    static final List<Size> SIZES = List.of(new Size("phone", 390, 844), new Size("small", 360, 740),
            new Size("desktop", 1366, 768));

    private final List<String> axeViolations = new ArrayList<>();

    @Test
    void photographsEveryScreenAtPhoneAndDesktopSizes() {
        richFixtures();
        Path out = Paths.get(System.getProperty("qh.web.screenshots", "target/screenshots"));
        List<String> consoleErrors = new ArrayList<>();
        axeViolations.clear();
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(System.getProperty("qh.web.chromium", "/usr/bin/chromium")))
                    .setHeadless(true));
            for (Size size : SIZES) {
                for (String lang : List.of("en", "ru")) {
                    BrowserContext context = chromium.newContext(new Browser.NewContextOptions()
                            .setViewportSize(size.width(), size.height()).setLocale(lang)
                            .setColorScheme(lang.equals("ru") ? ColorScheme.DARK : ColorScheme.LIGHT));
                    Page page = context.newPage();
                    page.onConsoleMessage(message -> {
                        if ("error".equals(message.type())) {
                            consoleErrors.add(page.url() + ": " + message.text());
                        }
                    });
                    String prefix = size.name() + "-" + lang + "-";
                    shoot(page, out, prefix + "01-sign-in", "/sign-in");
                    page.fill("#f-email", "vera@example.org");
                    page.fill("#f-password", "wrong");
                    page.click("button[type=submit]");
                    look(page, out, prefix + "02-sign-in-error");
                    shoot(page, out, prefix + "03-sign-up", "/sign-up");
                    page.fill("#f-displayName", "Vera");
                    page.fill("#f-email", "vera@example.org");
                    page.fill("#f-password", "password123");
                    page.click("main button[type=submit]");
                    look(page, out, prefix + "04-sign-up-error");
                    shoot(page, out, prefix + "05-verify-email", "/verify-email?token=t");
                    shoot(page, out, prefix + "06-forgot-password", "/forgot-password");
                    shoot(page, out, prefix + "07-reset-password", "/reset-password?token=t");
                    page.navigate(base() + "/sign-in");
                    page.fill("#f-email", "vera@example.org");
                    page.fill("#f-password", "correct horse");
                    page.click("main button[type=submit]");
                    page.waitForURL("**/vacancies");
                    look(page, out, prefix + "10-vacancies");
                    // The import form posts through htmx; a refusal (4xx) must still replace the page with its message.
                    page.click(".import-card button[type=submit]");
                    page.waitForSelector(".import-card .error-summary");
                    look(page, out, prefix + "10b-import-error");
                    shoot(page, out, prefix + "11-vacancy", "/vacancies/" + PagesTest.VACANCY_ID);
                    // The tracker moves through htmx: the fragment comes back with its confirmation.
                    page.selectOption("#f-status-move", "INTERVIEW");
                    page.click("#tracker button[type=submit]");
                    page.waitForSelector("#tracker .notice");
                    look(page, out, prefix + "11b-tracker-moved");
                    // The match of the vacancy: a missing skill added through the profile API, then matched again.
                    shoot(page, out, prefix + "11c-match", "/vacancies/" + PagesTest.VACANCY_ID + "/match");
                    page.click("#missing-skills li:first-child button[type=submit]");
                    page.waitForSelector(".notice");
                    look(page, out, prefix + "11d-match-skill-added");
                    shoot(page, out, prefix + "19-salary", "/salary");
                    shoot(page, out, prefix + "19b-salary-other", "/salary?title=Java&city=Moscow&experience=between3And6");
                    shoot(page, out, prefix + "20-analysis-list", "/analysis");
                    shoot(page, out, prefix + "21-analysis-match", "/analysis/jobs/" + AnalysisFixtures.MATCH_JOB);
                    shoot(page, out, prefix + "22-analysis-review", "/analysis/jobs/" + AnalysisFixtures.REVIEW_JOB);
                    shoot(page, out, prefix + "23-analysis-running", "/analysis/jobs/" + AnalysisFixtures.RUNNING_JOB);
                    // The running job polls through htmx; once the API says it is done, the report replaces it.
                    var finished = api.server.stubFor(get("/api/v1/analysis/jobs/" + AnalysisFixtures.RUNNING_JOB)
                            .atPriority(1).willReturn(okJson(AnalysisFixtures.doneReview())));
                    page.waitForSelector("#job .big-score-number");
                    api.server.removeStub(finished);
                    shoot(page, out, prefix + "24-analysis-failed", "/analysis/jobs/" + AnalysisFixtures.FAILED_JOB);
                    shoot(page, out, prefix + "25-analysis-salary", "/analysis/jobs/" + AnalysisFixtures.SALARY_JOB);
                    shoot(page, out, prefix + "26-documents", "/documents");
                    // An upload goes through htmx as multipart, and htmx then loads the new document's page.
                    page.setInputFiles("#f-file", new com.microsoft.playwright.options.FilePayload("cv.pdf",
                            "application/pdf", "%PDF-1.7 a resume".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    page.click(".import-card button[type=submit]");
                    page.waitForURL("**/documents/" + DocumentFixtures.DOC);
                    assertThat(page.textContent(".notice")).isNotBlank();
                    shoot(page, out, prefix + "27-document", "/documents/" + DocumentFixtures.DOC);
                    page.fill("#f-password", "long enough secret");
                    page.fill("#f-expiresAt", "2099-12-31");
                    page.click(".share-form button[type=submit]");
                    page.waitForSelector(".share-made");
                    look(page, out, prefix + "28-share-made");
                    shoot(page, out, prefix + "29-shared", "/shared/" + DocumentFixtures.TOKEN);
                    shoot(page, out, prefix + "12-profile", "/profile");
                    // Deleting a job asks first (htmx's confirm), then htmx loads the profile with the notice.
                    page.onceDialog(dialog -> dialog.accept());
                    page.click("#experience .entry:last-child button.danger");
                    page.waitForSelector(".notice");
                    look(page, out, prefix + "12b-job-deleted");
                    shoot(page, out, prefix + "13-personal", "/profile/personal");
                    shoot(page, out, prefix + "14-experience", "/profile/experience/new");
                    shoot(page, out, prefix + "15-account", "/account");
                    page.click("#two-factor button[type=submit]");
                    page.waitForSelector("svg.qr");
                    look(page, out, prefix + "15b-two-factor");
                    shoot(page, out, prefix + "17b-notification-settings", "/notifications/preferences");
                    shoot(page, out, prefix + "17-notifications", "/notifications");
                    page.click(".message.unread .link-button");
                    page.waitForSelector("#inbox-count");
                    assertThat(page.url()).endsWith("/notifications");
                    shoot(page, out, prefix + "18-admin-users", "/admin/users");
                    shoot(page, out, prefix + "18b-admin-ai", "/admin/ai");
                    shoot(page, out, prefix + "16-not-found", "/no-such-page");
                    context.close();
                }
            }
            chromium.close();
        }
        // A refused form is answered 4xx on purpose, and the browser logs each such answer; nothing else may show.
        assertThat(consoleErrors).filteredOn(error -> !error.contains("Failed to load resource")).isEmpty();
        assertThat(axeViolations).as("axe-core's serious and critical violations").isEmpty();
    }

    private void shoot(Page page, Path out, String name, String path) {
        page.navigate(base() + path);
        look(page, out, name);
    }

    /** Writes the screen as it is now, checks the basics and gathers what axe-core finds serious or critical on it. */
    private void look(Page page, Path out, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(out.resolve(name + ".png")).setFullPage(true));
        assertAccessibleBasics(page, name);
        axeViolations.addAll(Axe.seriousViolations(page, name));
    }

    /**
     * Checks of our own beside axe-core's (which allows more than one h1 and does not insist on a label element):
     * a language, one h1, a label for every control, a name for every link and button.
     */
    private static void assertAccessibleBasics(Page page, String name) {
        Object problems = page.evaluate("""
                () => {
                  const found = [];
                  if (!document.documentElement.lang) found.push('no lang');
                  if (document.querySelectorAll('h1').length !== 1) found.push('h1 count ' + document.querySelectorAll('h1').length);
                  document.querySelectorAll('input:not([type=hidden]), select, textarea').forEach(c => {
                    if (!c.labels || c.labels.length === 0) found.push('unlabelled ' + (c.name || c.id));
                  });
                  document.querySelectorAll('a, button').forEach(c => {
                    if (!(c.getAttribute('aria-label') || c.textContent).trim()) found.push('nameless ' + c.outerHTML);
                  });
                  document.querySelectorAll('[id]').forEach(e => {
                    if (document.querySelectorAll('#' + CSS.escape(e.id)).length > 1) found.push('duplicate id ' + e.id);
                  });
                  return found;
                }""");
        assertThat((List<?>) problems).as(name).isEmpty();
    }

    private String base() {
        return "http://localhost:" + port;
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
        api.server.stubFor(post("/api/v1/analysis/match").willReturn(okJson(MatchPageTest.seniorJavaMatch())));
        api.server.stubFor(get("/api/v1/profile/skills").willReturn(okJson("[]").withHeader("ETag", "\"v12\"")));
        api.server.stubFor(post("/api/v1/profile/skills").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"id\": \"s1\", \"name\": \"Apache Kafka\"}")));
        api.server.stubFor(get("/api/v1/analysis/salary/me").willReturn(okJson(SalaryPageTest.accountantInMoscow())));
        api.server.stubFor(post("/api/v1/analysis/salary").willReturn(okJson(SalaryPageTest.accountantInMoscow())));
        api.server.stubFor(get(urlPathEqualTo("/api/v1/admin/ai/usage")).willReturn(okJson(AdminAiUsageTest.usage())));
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
                   "employer": {"en": "Sber"}, "startDate": "2018-01", "endDate": "2021-02"}]}""")
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
