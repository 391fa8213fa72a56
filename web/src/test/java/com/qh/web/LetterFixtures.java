package com.qh.web;

/** The letter API's answers for Vera's letter to Yandex, as the letter service writes them. */
final class LetterFixtures {

    static final String LETTER = "5a000000-0000-4000-8000-0000000000a1";
    static final String LETTER_DOC = "5d000000-0000-4000-8000-0000000000d1";
    static final String TEXT = "Dear hiring team,\n\nI led the search backend at Yandex for 12 years and I am very keen "
            + "on this role.\n\nKind regards,\nVera Sokolova";

    private LetterFixtures() {
    }

    /** Version {@code version}, with a fact-check warning on "12 years" and a tone finding on "very". */
    static String yandexLetter(int version) {
        int years = TEXT.indexOf("12 years");
        int very = TEXT.indexOf("very");
        return """
                {"id": "%s", "vacancyId": "%s", "language": "en", "tone": "neutral", "length": "standard",
                 "company": "Yandex", "role": "Senior Java developer", "version": %d, "subject": "Senior Java developer",
                 "greeting": "Dear hiring team,",
                 "paragraphs": ["I led the search backend at Yandex for 12 years and I am very keen on this role."],
                 "closing": "Kind regards,", "signature": "Vera Sokolova", "text": "%s", "origin": "EDIT",
                 "createdAt": "2026-12-04T10:00:00Z", "updatedAt": "2026-12-04T11:00:00Z",
                 "factCheck": {"checked": true, "warnings": [{"start": %d, "end": %d, "span": "12 years",
                   "kind": "NUMBER", "reason": "The profile shows 7 years of work.", "removed": false}]},
                 "toneReport": {"language": "en", "findings": [{"type": "FILLER", "start": %d, "end": %d,
                   "text": "very", "suggestion": "Drop it."}]},
                 "notes": []}""".formatted(LETTER, PagesTest.VACANCY_ID, version, TEXT.replace("\n", "\\n"), years,
                years + 8, very, very + 4);
    }

    static String list() {
        return """
                [{"id": "%s", "vacancyId": "%s", "company": "Yandex", "role": "Senior Java developer", "language": "en",
                  "version": 2, "updatedAt": "2026-12-04T11:00:00Z"}]""".formatted(LETTER, PagesTest.VACANCY_ID);
    }

    static String versions() {
        return """
                [{"version": 2, "origin": "EDIT", "createdAt": "2026-12-04T11:00:00Z", "text": "..."},
                 {"version": 1, "origin": "OFFLINE", "createdAt": "2026-12-04T10:00:00Z", "text": "..."}]""";
    }

    static String diff() {
        return """
                {"from": 1, "to": 2, "runs": [{"op": "EQUAL", "text": "I led the search backend at Yandex for "},
                  {"op": "DELETE", "text": "7"}, {"op": "INSERT", "text": "12"}, {"op": "EQUAL", "text": " years."}]}""";
    }
}
