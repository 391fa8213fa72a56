package com.qh.web;

/** The resume API's answers for Vera's resumes, as the resume service writes them. */
final class ResumeFixtures {

    static final String RESUME = "6b1f0e4a-1c2d-4e3f-8a9b-0c1d2e3f4a5b";
    static final String VACANCY = PagesTest.VACANCY_ID;
    static final String RESUME_DOC = "7c2e1f00-0000-4000-8000-00000000000d";
    static final String JOB = "3a000000-0000-4000-8000-000000000002";
    /** A 1×1 PNG, as the preview answers (only its bytes matter here). */
    static final byte[] PNG = java.util.Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private ResumeFixtures() {
    }

    static String javaBackendResume(int version) {
        return """
                {"id": "%s", "version": %d,
                 "design": {"title": "Java backend", "language": "en", "template": "modern",
                   "appearance": {"fontFamily": "PT Sans", "baseSize": 10.5, "accent": "#1d4ed8", "pageSize": "A4",
                                  "dateStyle": "MONTH"},
                   "sections": [{"part": "EXPERIENCE", "order": ["%s"], "hiddenEntries": []},
                                {"part": "SKILLS"}, {"part": "EDUCATION"}, {"part": "INTERESTS", "hidden": true}],
                   "headline": "Backend developer", "targetVacancyId": null,
                   "tailoring": {"hideIrrelevant": false, "targetTitle": null}},
                 "documentId": "%s", "createdAt": "2026-12-01T10:00:00Z", "updatedAt": "2026-12-03T10:00:00Z"}"""
                .formatted(RESUME, version, JOB, RESUME_DOC);
    }

    static String list() {
        return """
                [{"id": "%s", "title": "Java backend", "language": "en", "template": "modern", "targetVacancyId": "%s",
                  "version": 3, "updatedAt": "2026-12-03T10:00:00Z"},
                 {"id": "8d000000-0000-4000-8000-000000000001", "title": "Бэкенд, русский", "language": "ru",
                  "template": "classic", "version": 1, "updatedAt": "2026-11-20T10:00:00Z"}]""".formatted(RESUME, VACANCY);
    }

    static String templates() {
        return """
                [{"id": "classic", "nameRu": "Классический", "nameEn": "Classic", "description": "Serif, one column",
                  "columns": 1, "atsPlain": true, "photo": false, "thumbnail": "/api/v1/resumes/templates/classic/thumbnail"},
                 {"id": "modern", "nameRu": "Современный", "nameEn": "Modern", "description": "Sans, accent colour",
                  "columns": 1, "atsPlain": false, "photo": false, "thumbnail": "/api/v1/resumes/templates/modern/thumbnail"},
                 {"id": "sidebar", "nameRu": "С боковой колонкой", "nameEn": "Sidebar", "description": "Two columns",
                  "columns": 2, "atsPlain": false, "photo": true, "thumbnail": "/api/v1/resumes/templates/sidebar/thumbnail"}]""";
    }

    static String fonts() {
        return """
                [{"family": "Noto Sans", "files": ["NotoSans-Regular.ttf"]}, {"family": "PT Sans", "files": ["PTSans-Regular.ttf"]},
                 {"family": "PT Serif", "files": ["PTSerif-Regular.ttf"]}]""";
    }

    static String versions() {
        return """
                [{"version": 3, "title": "Java backend", "createdAt": "2026-12-03T10:00:00Z"},
                 {"version": 2, "title": "Java backend", "createdAt": "2026-12-02T10:00:00Z"},
                 {"version": 1, "title": "Backend", "createdAt": "2026-12-01T10:00:00Z"}]""";
    }

    static String vacancies() {
        return """
                {"items": [{"id": "%s", "title": "Senior Java developer", "company": "Yandex", "status": "SAVED"}],
                 "page": 0, "size": 100, "total": 1}""".formatted(VACANCY);
    }

    static String tailored() {
        return javaBackendResume(4).replace("\"targetVacancyId\": null", "\"targetVacancyId\": \"" + VACANCY + "\"")
                .replaceFirst("}$", """
                        , "tailoring": {"changes": [
                            {"kind": "TITLE_CHANGED", "before": ["Backend developer"], "after": ["Senior Java developer"]},
                            {"kind": "ENTRY_MOVED", "part": "EXPERIENCE", "entryId": "%s", "entry": "Backend developer",
                             "from": 1, "to": 0},
                            {"kind": "ENTRY_HIDDEN", "part": "PROJECTS", "entryId": "x", "entry": "Photo blog", "from": 0}],
                          "match": {"met": ["Java", "Spring Boot"], "missing": ["Apache Kafka"]}}}""".formatted(JOB));
    }
}
