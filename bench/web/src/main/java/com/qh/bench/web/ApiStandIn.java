package com.qh.bench.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * The gateway's public API as WireMock on loopback, answering at once with what a seasoned user has: a profile with
 * two jobs, twenty vacancies, five documents with versions and share links, an inbox. Only the calls the measured
 * pages make are answered.
 */
final class ApiStandIn implements AutoCloseable {

    static final String EMAIL = "vera@example.org";
    static final String PASSWORD = "correct horse";
    static final String VACANCY = "5f0c6f4e-8a51-4c6c-9d4c-0d9a7c1f2b3a";
    static final String DOCUMENT = "3c7a9e10-8f1b-4c2d-8e1f-2a3b4c5d6e7f";

    private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
            .containerThreads(64));

    ApiStandIn start() {
        server.start();
        stubAccount();
        stubVacancies();
        stubProfile();
        stubDocuments();
        stubNotifications();
        return this;
    }

    String url() {
        return server.baseUrl();
    }

    @Override
    public void close() {
        server.stop();
    }

    private void stubAccount() {
        // An hour before the token is due: no refresh during a run.
        server.stubFor(post("/api/v1/auth/login").willReturn(okJson("""
                {"accessToken": "bench-access", "refreshToken": "bench-refresh", "expiresIn": 3600,
                 "tokenType": "Bearer"}""")));
        server.stubFor(get("/api/v1/auth/me").willReturn(okJson("""
                {"id": "0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11", "email": "vera@example.org",
                 "displayName": "Vera Sokolova", "locale": "en", "emailVerified": true, "roles": ["USER"],
                 "enabled": true, "totpEnabled": false, "hasPassword": true}""")));
    }

    private void stubVacancies() {
        StringBuilder items = new StringBuilder();
        String[] statuses = {"SAVED", "APPLIED", "INTERVIEW", "OFFER"};
        for (int i = 0; i < 20; i++) {
            items.append(i == 0 ? "" : ",").append("""
                    {"id": "%s", "title": "Senior Java developer %d", "company": "Northwind %d", "city": "Moscow",
                     "salary": {"from": 300000, "to": 400000, "currency": "RUB"}, "status": "%s",
                     "statusChangedAt": "2026-12-01T10:00:00Z", "skills": ["Java", "Spring", "PostgreSQL", "Kafka"]}"""
                    .formatted(VACANCY, i, i, statuses[i % statuses.length]));
        }
        server.stubFor(get(urlPathEqualTo("/api/v1/vacancies")).willReturn(okJson(
                "{\"items\": [" + items + "], \"page\": 0, \"size\": 20, \"total\": 57}")));
        server.stubFor(get("/api/v1/vacancies/" + VACANCY).willReturn(okJson("""
                {"id": "%s", "source": "HH", "sourceUrl": "https://hh.ru/vacancy/123", "title": "Senior Java developer",
                 "company": "Northwind Bank", "salary": {"from": 300000, "to": 400000, "currency": "RUB"},
                 "location": {"city": "Moscow"},
                 "description": {"text": "We build the bank's payments platform.\\nJava 21, Spring Boot, PostgreSQL."},
                 "keySkills": ["Java", "Spring Boot"], "requirements": {"skills": [
                   {"name": "Java", "importance": "MUST"}, {"name": "PostgreSQL", "importance": "MUST"},
                   {"name": "Spring Boot", "importance": "MUST"}, {"name": "Kafka", "importance": "NICE"}]},
                 "status": "APPLIED", "statusChangedAt": "2026-12-01T10:00:00Z",
                 "tracker": [{"status": "SAVED", "date": "2026-11-28"},
                   {"status": "APPLIED", "note": "Sent my CV", "date": "2026-12-01", "resumeDocumentId": "%s"}]}"""
                .formatted(VACANCY, DOCUMENT))));
    }

    private void stubProfile() {
        String personal = """
                {"firstName": {"ru": "Вера", "en": "Vera"}, "lastName": {"ru": "Соколова", "en": "Sokolova"},
                 "headline": {"en": "Backend developer, 7 years", "ru": "Бэкенд-разработчица, 7 лет"},
                 "contacts": {"email": "vera@example.org", "phone": "+79161234567"},
                 "location": {"city": {"ru": "Москва", "en": "Moscow"}, "workFormat": "HYBRID"},
                 "desiredSalary": {"amount": 350000, "currency": "RUB"}}""";
        server.stubFor(get("/api/v1/profile").willReturn(okJson("""
                {"primaryLanguage": "RU", "personal": %s,
                 "experience": [
                  {"id": "a1d3c1e2-0000-4000-8000-000000000001", "position": {"en": "Senior backend developer",
                   "ru": "Ведущий бэкенд-разработчик"}, "employer": {"en": "Yandex", "ru": "Яндекс"},
                   "startDate": "2021-03", "current": true},
                  {"id": "a1d3c1e2-0000-4000-8000-000000000002", "position": {"en": "Java developer"},
                   "employer": {"en": "Sber"}, "startDate": "2018-01", "endDate": "2021-02"}]}""".formatted(personal))
                .withHeader("ETag", "\"v12\"")));
        server.stubFor(get("/api/v1/profile/personal").willReturn(okJson(personal).withHeader("ETag", "\"v12\"")));
        server.stubFor(get("/api/v1/profile/completeness").willReturn(okJson("""
                {"score": 68, "findings": [
                  {"section": "summary", "severity": "MISSING", "advice": "Write a summary of two or three sentences."},
                  {"section": "skills", "severity": "SUGGESTION", "advice": "List at least five skills."}]}""")));
    }

    private void stubDocuments() {
        server.stubFor(get("/api/v1/documents").willReturn(okJson("""
                [{"id": "%s", "kind": "RESUME_UPLOAD", "title": "Vera Sokolova, resume", "currentVersion": 3,
                  "fileName": "vera-sokolova-cv.pdf", "mediaType": "application/pdf", "size": 184320,
                  "sha256": "ab", "createdAt": "2026-11-20T10:00:00Z", "updatedAt": "2026-12-03T10:00:00Z"},
                 {"id": "6e9f4031-acbd-4e2f-9031-4c5d6e7f8091", "kind": "PHOTO", "title": null, "currentVersion": 1,
                  "fileName": "photo.jpg", "mediaType": "image/jpeg", "size": 2411724, "sha256": "cd",
                  "createdAt": "2026-11-21T10:00:00Z", "updatedAt": "2026-11-21T10:00:00Z"},
                 {"id": "7fa05142-bdce-4f30-a142-5d6e7f8091a2", "kind": "GENERATED_LETTER", "title": "Letter to Yandex",
                  "currentVersion": 1, "fileName": "letter.pdf", "mediaType": "application/pdf", "size": 20000,
                  "sha256": "ef", "createdAt": "2026-11-22T10:00:00Z", "updatedAt": "2026-11-22T10:00:00Z"}]"""
                .formatted(DOCUMENT))));
        server.stubFor(get("/api/v1/documents/usage").willReturn(okJson(
                "{\"documents\": 3, \"bytes\": 2616044, \"maxDocuments\": 200, \"maxBytes\": 2147483648}")));
        String document = "/api/v1/documents/" + DOCUMENT;
        server.stubFor(get(document).willReturn(okJson("""
                {"id": "%s", "kind": "RESUME_UPLOAD", "title": "Vera Sokolova, resume", "currentVersion": 3,
                 "fileName": "vera-sokolova-cv.pdf", "mediaType": "application/pdf", "size": 184320,
                 "sha256": "ab", "createdAt": "2026-11-20T10:00:00Z", "updatedAt": "2026-12-03T10:00:00Z"}"""
                .formatted(DOCUMENT))));
        server.stubFor(get(document + "/versions").willReturn(okJson("""
                [{"number": 3, "fileName": "vera-sokolova-cv.pdf", "mediaType": "application/pdf", "size": 184320,
                  "sha256": "ab", "restoredFrom": 1, "createdAt": "2026-12-03T10:00:00Z"},
                 {"number": 2, "fileName": "vera-sokolova-cv-2.pdf", "mediaType": "application/pdf", "size": 190000,
                  "sha256": "ef", "createdAt": "2026-11-25T10:00:00Z"},
                 {"number": 1, "fileName": "vera-sokolova-cv.pdf", "mediaType": "application/pdf", "size": 184320,
                  "sha256": "ab", "createdAt": "2026-11-20T10:00:00Z"}]""")));
        server.stubFor(get(document + "/shares").willReturn(okJson("""
                [{"id": "8ab16253-cedf-4041-b253-6e7f8091a2b3", "documentId": "%s", "expiresAt": "2099-12-31T21:00:00Z",
                  "passwordProtected": true, "downloadCount": 2, "createdAt": "2026-12-01T10:00:00Z"}]"""
                .formatted(DOCUMENT))));
    }

    private void stubNotifications() {
        StringBuilder messages = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            messages.append(i == 0 ? "" : ",").append("""
                    {"id": "9a8b7c6d-0000-4000-8000-0000000000%02d", "eventType": "analysis.completed.v1",
                     "title": "Your resume review is ready", "body": "Score 74 of 100: three things to fix first.",
                     "link": "/vacancies/%s", "createdAt": "2026-12-03T09:00:00Z", "readAt": %s}"""
                    .formatted(i, VACANCY, i < 3 ? "null" : "\"2026-12-03T10:00:00Z\""));
        }
        server.stubFor(get(urlPathEqualTo("/api/v1/notifications")).willReturn(okJson("[" + messages + "]")));
        server.stubFor(get("/api/v1/notifications/unread-count").willReturn(okJson("{\"unread\": 3}")));
    }
}
