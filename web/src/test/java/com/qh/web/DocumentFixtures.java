package com.qh.web;

/** The document service's answers as the gateway gives them. */
final class DocumentFixtures {

    static final String DOC = "4c7d2e1f-8a9b-4c0d-9e1f-2a3b4c5d6e7f";
    static final String SHARE = "5d8e3f20-9bac-4d1e-8f20-3b4c5d6e7f80";
    static final String TOKEN = "q8VtK2mN4pR6sT8vX0zB2dF4hJ6kL8nP0rS2uW4yA6c";

    private DocumentFixtures() {
    }

    static String list() {
        return """
                [{"id": "%s", "kind": "RESUME_UPLOAD", "title": "Резюме Веры Соколовой", "currentVersion": 3,
                  "fileName": "vera-sokolova-cv.pdf", "mediaType": "application/pdf", "size": 184320,
                  "sha256": "ab", "createdAt": "2026-11-20T10:00:00Z", "updatedAt": "2026-12-03T10:00:00Z"},
                 {"id": "6e9f4031-acbd-4e2f-9031-4c5d6e7f8091", "kind": "PHOTO", "title": null, "currentVersion": 1,
                  "fileName": "photo.jpg", "mediaType": "image/jpeg", "size": 2411724, "sha256": "cd",
                  "createdAt": "2026-11-21T10:00:00Z", "updatedAt": "2026-11-21T10:00:00Z"}]""".formatted(DOC);
    }

    static String one() {
        return """
                {"id": "%s", "kind": "RESUME_UPLOAD", "title": "Резюме Веры Соколовой", "currentVersion": 3,
                 "fileName": "vera-sokolova-cv.pdf", "mediaType": "application/pdf", "size": 184320,
                 "sha256": "ab", "createdAt": "2026-11-20T10:00:00Z", "updatedAt": "2026-12-03T10:00:00Z"}""".formatted(DOC);
    }

    static String versions() {
        return """
                [{"number": 3, "fileName": "vera-sokolova-cv.pdf", "mediaType": "application/pdf", "size": 184320,
                  "sha256": "ab", "restoredFrom": 1, "createdAt": "2026-12-03T10:00:00Z"},
                 {"number": 2, "fileName": "vera-sokolova-cv-2.pdf", "mediaType": "application/pdf", "size": 190000,
                  "sha256": "ef", "createdAt": "2026-11-25T10:00:00Z"},
                 {"number": 1, "fileName": "vera-sokolova-cv.pdf", "mediaType": "application/pdf", "size": 184320,
                  "sha256": "ab", "createdAt": "2026-11-20T10:00:00Z"}]""";
    }

    static String shares() {
        return """
                [{"id": "%s", "documentId": "%s", "expiresAt": "2099-12-31T21:00:00Z", "passwordProtected": true,
                  "downloadCount": 2, "createdAt": "2026-12-01T10:00:00Z"},
                 {"id": "7fa05142-bdce-4f30-a142-5d6e7f8091a2", "documentId": "%s", "passwordProtected": false,
                  "revokedAt": "2026-11-30T10:00:00Z", "downloadCount": 0, "createdAt": "2026-11-22T10:00:00Z"}]"""
                .formatted(SHARE, DOC, DOC);
    }

    static String usage() {
        return "{\"documents\": 2, \"bytes\": 2596044, \"maxDocuments\": 200, \"maxBytes\": 2147483648}";
    }
}
