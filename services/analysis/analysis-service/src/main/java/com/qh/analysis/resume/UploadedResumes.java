package com.qh.analysis.resume;

import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A user's uploaded resume, read from the document service and parsed once per version: what the match, the
 * resume review job and the web app use. Someone else's document, or none, is a 404.
 */
@Service
public class UploadedResumes {

    private final DocumentFiles documents;
    private final ParsedResumeCache cache;
    private final ResumeParser parser;

    UploadedResumes(DocumentFiles documents, ParsedResumeCache cache, ResumeParser parser) {
        this.documents = documents;
        this.cache = cache;
        this.parser = parser;
    }

    /** A stored file: its name and bytes (the current version). */
    public record StoredFile(UUID documentId, int version, String fileName, String sha256, byte[] content) {
    }

    /**
     * The parse of the document's current version, from the cache when that content was parsed before.
     *
     * @throws com.qh.platform.web.NotFoundException when the user has no such document
     * @throws com.qh.platform.web.QhException 422 or 415 when the file cannot be read as a resume
     */
    public ParsedResume parsed(UUID userId, UUID documentId) {
        DocumentFiles.Description description = documents.describe(userId, documentId);
        if (description.sha256() != null) {
            var kept = cache.find(documentId, description.sha256());
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        byte[] content = documents.content(userId, documentId, description.currentVersion());
        ParsedResume parsed = parser.parse(content, description.fileName());
        if (description.sha256() != null) {
            cache.keep(userId, documentId, description.sha256(), parsed);
        }
        return parsed;
    }

    /** The document's current file, for checks that read the file itself (the ATS check). */
    public StoredFile file(UUID userId, UUID documentId) {
        DocumentFiles.Description description = documents.describe(userId, documentId);
        byte[] content = documents.content(userId, documentId, description.currentVersion());
        return new StoredFile(documentId, description.currentVersion(), description.fileName(),
                description.sha256(), content);
    }
}
