package com.qh.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import java.time.LocalDate;

/** An account with a few applications, kept matches, a ranking and a salary estimate: the dashboard's data. */
final class InsightsFixtures {

    static final String BACKEND = "5d1c8a52-8f3e-4c7e-9a51-2b3f1e0c9d77";
    static final String PLATFORM = "6e2d9b63-9f4f-4d8f-8b62-3c4f2f1d0e88";
    static final String FINTECH = "7f3eac74-a05a-4e90-9c73-4d5a3a2e1f99";

    private InsightsFixtures() {
    }

    /** Three applications: one rejected after an interview, one at an offer, one only saved. */
    static void stub(FakeApi api, LocalDate today) {
        api.server.stubFor(get("/api/v1/vacancies?size=30").willReturn(okJson("""
                {"items": [{"id": "%s", "title": "Java backend developer", "status": "OFFER"},
                           {"id": "%s", "title": "Platform engineer", "status": "REJECTED"},
                           {"id": "%s", "title": "Fintech Kotlin developer", "status": "SAVED"}],
                 "page": 0, "size": 30, "total": 3}""".formatted(BACKEND, PLATFORM, FINTECH))));
        api.server.stubFor(get("/api/v1/vacancies/" + BACKEND).willReturn(okJson(vacancy(BACKEND, today,
                "SAVED:30", "APPLIED:24", "INTERVIEW:10", "OFFER:2"))));
        api.server.stubFor(get("/api/v1/vacancies/" + PLATFORM).willReturn(okJson(vacancy(PLATFORM, today,
                "SAVED:20", "APPLIED:17", "INTERVIEW:9", "REJECTED:3"))));
        api.server.stubFor(get("/api/v1/vacancies/" + FINTECH).willReturn(okJson(vacancy(FINTECH, today,
                "SAVED:1"))));
        api.server.stubFor(get("/api/v1/analysis/matches?limit=100").willReturn(okJson("""
                [{"id": "a1", "vacancyId": "%1$s", "documentId": null, "vacancyTitle": "Java backend developer",
                  "createdAt": "2026-12-04T10:00:00Z", "score": 82, "missingSkills": ["Apache Kafka"]},
                 {"id": "a0", "vacancyId": "%1$s", "documentId": null, "vacancyTitle": "Java backend developer",
                  "createdAt": "2026-11-20T10:00:00Z", "score": 64, "missingSkills": ["Apache Kafka", "Kubernetes"]},
                 {"id": "a2", "vacancyId": "%2$s", "documentId": null, "vacancyTitle": "Platform engineer",
                  "createdAt": "2026-11-25T10:00:00Z", "score": 58, "missingSkills": ["Kubernetes", "Terraform"]},
                 {"id": "a3", "vacancyId": "%2$s", "documentId": "9c000000-0000-4000-8000-000000000001",
                  "vacancyTitle": "Platform engineer", "createdAt": "2026-12-01T10:00:00Z", "score": 99,
                  "missingSkills": ["Go"]}]""".formatted(BACKEND, PLATFORM))));
        api.server.stubFor(get("/api/v1/analysis/recommended-vacancies?limit=30").willReturn(okJson("""
                {"vacancies": [
                  {"vacancyId": "%1$s", "origin": "SAVED", "title": "Java backend developer", "score": 80,
                   "topMissingSkill": "Apache Kafka"},
                  {"vacancyId": "%2$s", "origin": "SAVED", "title": "Fintech Kotlin developer", "score": 47,
                   "topMissingSkill": "Kotlin"},
                  {"vacancyId": "aa000000-0000-4000-8000-000000000001", "origin": "MARKET",
                   "title": "Senior Java developer", "employer": "Ozon", "score": 77, "topMissingSkill": "Kubernetes"},
                  {"vacancyId": "aa000000-0000-4000-8000-000000000002", "origin": "MARKET",
                   "title": "Java developer", "employer": "Avito", "score": 71, "topMissingSkill": "Kubernetes"},
                  {"vacancyId": "aa000000-0000-4000-8000-000000000003", "origin": "MARKET",
                   "title": "Backend developer", "employer": "Tinkoff", "score": 66, "topMissingSkill": "ClickHouse"}],
                 "marketIndexed": 3, "marketRefreshedAt": "2026-12-04T09:00:00Z"}""".formatted(BACKEND, FINTECH))));
        api.server.stubFor(get("/api/v1/analysis/market/skill-gaps?vacancies=50&limit=20").willReturn(okJson("""
                {"skills": [{"skill": "Kubernetes", "vacancies": 31, "required": 20},
                            {"skill": "ClickHouse", "vacancies": 9, "required": 2},
                            {"skill": "Apache Kafka", "vacancies": 4, "required": 1}],
                 "vacancies": 50, "marketIndexed": 4495, "marketRefreshedAt": "2026-12-04T09:00:00Z"}""")));
        api.server.stubFor(get("/api/v1/analysis/salary/me").willReturn(okJson(SalaryPageTest.accountantInMoscow())));
    }

    /** A vacancy whose tracker took each {@code STATUS:daysAgo} step, oldest first. */
    static String vacancy(String id, LocalDate today, String... steps) {
        StringBuilder tracker = new StringBuilder();
        for (String step : steps) {
            String[] parts = step.split(":");
            if (!tracker.isEmpty()) {
                tracker.append(", ");
            }
            tracker.append("{\"status\": \"%s\", \"date\": \"%s\", \"recordedAt\": \"%sT09:00:00Z\"}".formatted(
                    parts[0], today.minusDays(Integer.parseInt(parts[1])), today.minusDays(Integer.parseInt(parts[1]))));
        }
        return "{\"id\": \"%s\", \"title\": \"t\", \"status\": \"%s\", \"tracker\": [%s]}".formatted(id,
                steps[steps.length - 1].split(":")[0], tracker);
    }
}
