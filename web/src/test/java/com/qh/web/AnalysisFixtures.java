package com.qh.web;

/**
 * The analysis service's answers ({@code JobView}) as the gateway gives them: a match done, a resume review done, a
 * job still running, one failed, and the list of jobs.
 */
final class AnalysisFixtures {

    static final String MATCH_JOB = "7c1e4b8a-2f3d-4a6b-9c0d-1e2f3a4b5c6d";
    static final String REVIEW_JOB = "8d2f5c9b-3a4e-4b7c-8d1e-2f3a4b5c6d7e";
    static final String RUNNING_JOB = "9e3a6dac-4b5f-4c8d-9e2f-3a4b5c6d7e8f";
    static final String FAILED_JOB = "af4b7ebd-5c6a-4d9e-8f3a-4b5c6d7e8f9a";
    static final String SALARY_JOB = "b05c8fce-6d7b-4eaf-9a4b-5c6d7e8f9a0b";
    static final String DOCUMENT = "3b6f1c2e-9d4a-4e8b-a1f0-52c7d9e8b301";

    private AnalysisFixtures() {
    }

    static String doneMatch() {
        return """
                {"id": "%s", "type": "MATCH", "status": "DONE", "progress": 100, "step": "match",
                 "vacancyId": "%s", "attempts": 1, "createdAt": "2026-12-04T14:05:00Z",
                 "startedAt": "2026-12-04T14:05:01Z", "finishedAt": "2026-12-04T14:05:02Z",
                 "result": {"vacancyTitle": "Senior Java developer", "match": {
                   "score": 72,
                   "parts": {"skills": 78, "experience": 85, "education": 100, "languages": 50, "location": 100,
                             "salary": null},
                   "requirements": [
                     {"requirement": "Java", "kind": "SKILL", "importance": "MUST", "status": "MET",
                      "evidence": [{"section": "work", "entryId": "a1d3c1e2-0000-4000-8000-000000000001",
                                    "text": "Built the search backend in Java 21 and Spring Boot"},
                                   {"section": "skills", "entryId": null, "text": "Java"}],
                      "skills": ["Java"], "source": "Java от 3 лет"},
                     {"requirement": "Опыт коммерческой разработки от 5 лет", "kind": "EXPERIENCE",
                      "importance": "MUST", "status": "MET", "evidence": [{"section": "work",
                      "entryId": "a1d3c1e2-0000-4000-8000-000000000002", "text": "Java developer, Sber, 2018–2021"}],
                      "skills": [], "source": "Опыт коммерческой разработки от 5 лет"},
                     {"requirement": "Apache Kafka", "kind": "SKILL", "importance": "MUST", "status": "MISSING",
                      "evidence": [], "skills": ["Apache Kafka"], "source": "Kafka"},
                     {"requirement": "Kubernetes", "kind": "SKILL", "importance": "MUST", "status": "PARTIAL",
                      "evidence": [{"section": "projects", "entryId": "p1", "text": "Home lab on k3s"}],
                      "skills": ["Kubernetes"], "source": "Kubernetes"},
                     {"requirement": "English B2", "kind": "LANGUAGE", "importance": "PLUS", "status": "MISSING",
                      "evidence": [], "skills": [], "source": "English B2"},
                     {"requirement": "ClickHouse", "kind": "SKILL", "importance": "PLUS", "status": "MISSING",
                      "evidence": [], "skills": ["ClickHouse"], "source": "ClickHouse"}],
                   "missingSkills": ["Apache Kafka", "ClickHouse"],
                   "experienceBySkill": [],
                   "recommendations": [
                     {"kind": "LEARN", "section": "skills", "entryId": null, "gain": 9.5,
                      "en": "Learn Apache Kafka: the vacancy requires it and your profile does not show it.",
                      "ru": "Изучите Apache Kafka: вакансия требует его, а в профиле его нет."},
                     {"kind": "QUANTIFY_ACHIEVEMENT", "section": "work",
                      "entryId": "a1d3c1e2-0000-4000-8000-000000000001", "gain": 2.5,
                      "en": "Put a number on “Improved the search latency” at Yandex.",
                      "ru": "Добавьте цифры к «Улучшил задержку поиска» в Яндексе."},
                     {"kind": "ADD_SKILL", "section": "skills", "entryId": null, "gain": 1,
                      "en": "List Spring Boot among your skills: your jobs show it.",
                      "ru": "Добавьте Spring Boot в навыки: он есть в вашем опыте."},
                     {"kind": "FILL_SECTION", "section": "languages", "entryId": null, "gain": 0.5,
                      "en": "Add your English level.", "ru": "Укажите уровень английского."}],
                   "unscored": [{"text": "Willing to travel to clients in the North-West", "importance": "MUST",
                                 "duty": false}],
                   "taxonomyVersion": "1", "graphVersion": "1"}}}""".formatted(MATCH_JOB, PagesTest.VACANCY_ID);
    }

    static String doneReview() {
        return """
                {"id": "%s", "type": "RESUME_REVIEW", "status": "DONE", "progress": 100, "step": "salary",
                 "documentId": "%s", "attempts": 1, "createdAt": "2026-12-04T14:05:00Z",
                 "startedAt": "2026-12-04T14:05:01Z", "finishedAt": "2026-12-04T14:05:03Z",
                 "result": {"documentId": "%s",
                   "parse": {"fileName": "vera-sokolova-cv.pdf", "mediaType": "application/pdf", "language": "ru",
                     "pages": 2, "name": {"value": "Вера Соколова", "confidence": 0.95},
                     "headline": {"value": "Backend-разработчик", "confidence": 0.9},
                     "experience": [{}, {}, {}],
                     "skills": [{"name": "Java", "written": "Java", "section": "skills", "confidence": 0.95},
                                {"name": "Spring Boot", "written": "Spring Boot", "section": "skills", "confidence": 0.95},
                                {"name": "PostgreSQL", "written": "Postgres", "section": "skills", "confidence": 0.95}]},
                   "ats": {"score": 64, "findings": [
                     {"code": "NO_PHONE", "severity": "WARNING", "penalty": 6, "en": "No phone number found.",
                      "ru": "Не найден номер телефона."},
                     {"code": "CONTACTS_IN_HEADER", "severity": "ERROR", "penalty": 12,
                      "en": "The e-mail is only in the page header, which many ATS skip.",
                      "ru": "Почта есть только в колонтитуле, который многие ATS пропускают."},
                     {"code": "MULTI_COLUMN", "severity": "WARNING", "penalty": 8,
                      "en": "Two columns: some ATS read them line by line across.",
                      "ru": "Две колонки: некоторые ATS читают их построчно поперёк."},
                     {"code": "DATES_YEARS_ONLY", "severity": "INFO", "penalty": 2,
                      "en": "Some dates give only the year.", "ru": "У некоторых дат указан только год."}],
                     "facts": {"mediaType": "application/pdf", "bytes": 120000, "pages": 2, "columns": 2,
                       "words": 640, "images": 0, "fontsNotEmbedded": [], "sections": ["Опыт работы", "Ключевые навыки"]}},
                   "tone": {"available": true, "language": "ru", "findingCount": 5,
                     "counts": {"WEAK_VERB": 2, "NO_NUMBERS": 2, "CLICHE": 1},
                     "worst": [
                       {"type": "WEAK_VERB", "text": "участвовала", "suggestion": "Напишите, что сделали вы: «разработала», «внедрила»."},
                       {"type": "NO_NUMBERS", "text": "ускорила поиск", "suggestion": "Добавьте цифру: во сколько раз или на сколько процентов."},
                       {"type": "CLICHE", "text": "стрессоустойчивость", "suggestion": "Уберите или покажите примером."}],
                     "sentiment": "NEUTRAL", "confidence": "MEDIUM", "readability": "STANDARD"},
                   "salary": {"available": true, "title": "Backend-разработчик", "city": "Москва",
                     "estimate": {"currency": "RUB", "period": "month", "basis": "NET", "p10": 180000,
                       "p25": 230000, "median": 285000, "p75": 340000, "p90": 420000, "sampleSize": 214,
                       "confidence": "HIGH", "comparables": [],
                       "explanation": "214 comparable vacancies in Moscow.",
                       "explanationRu": "214 похожих вакансий в Москве."}}}}""".formatted(REVIEW_JOB, DOCUMENT, DOCUMENT);
    }

    static String running() {
        return """
                {"id": "%s", "type": "RESUME_REVIEW", "status": "RUNNING", "progress": 40, "step": "ats",
                 "documentId": "%s", "attempts": 1, "createdAt": "2026-12-04T14:05:00Z",
                 "startedAt": "2026-12-04T14:05:01Z"}""".formatted(RUNNING_JOB, DOCUMENT);
    }

    static String failed() {
        return """
                {"id": "%s", "type": "RESUME_REVIEW", "status": "FAILED", "progress": 5, "step": "parse",
                 "documentId": "%s", "attempts": 1, "createdAt": "2026-12-04T14:05:00Z",
                 "startedAt": "2026-12-04T14:05:01Z", "finishedAt": "2026-12-04T14:05:02Z",
                 "problem": {"type": "https://qh.dev/problems/image-only-document", "title": "Unprocessable",
                   "status": 422, "detail": "The document holds only images."}}""".formatted(FAILED_JOB, DOCUMENT);
    }

    static String salaryUnavailable() {
        return """
                {"id": "%s", "type": "SALARY", "status": "DONE", "progress": 100, "step": "estimate",
                 "attempts": 1, "createdAt": "2026-12-03T09:00:00Z", "finishedAt": "2026-12-03T09:00:01Z",
                 "result": {"currency": "RUB", "period": "month", "basis": "NET", "p10": null, "p25": null,
                   "median": null, "p75": null, "p90": null, "sampleSize": 3, "confidence": "NONE",
                   "comparables": [], "explanation": "Only 3 comparable vacancies: too few for a fair figure.",
                   "explanationRu": "Всего 3 похожие вакансии: слишком мало для честной оценки."}}""".formatted(SALARY_JOB);
    }

    static String list() {
        return """
                [{"id": "%s", "type": "RESUME_REVIEW", "status": "RUNNING", "progress": 40, "step": "ats",
                  "attempts": 1, "createdAt": "2026-12-04T14:06:00Z"},
                 {"id": "%s", "type": "MATCH", "status": "DONE", "progress": 100, "step": "match",
                  "attempts": 1, "createdAt": "2026-12-04T14:05:00Z"},
                 {"id": "%s", "type": "RESUME_REVIEW", "status": "FAILED", "progress": 5, "step": "parse",
                  "attempts": 1, "createdAt": "2026-12-02T11:00:00Z"}]""".formatted(RUNNING_JOB, MATCH_JOB, FAILED_JOB);
    }
}
