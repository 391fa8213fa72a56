package com.qh.analysis.resume;

import com.qh.platform.web.UnprocessableException;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A user's uploaded resume, read from the document service and parsed once per version: what the match, the
 * resume review job and the web app use. Someone else's document, or none, is a 404.
 */
@Service
public class UploadedResumes {

    /** Kinds of document that are never a resume, refused before their file is read, and what to call them. */
    private static final Map<String, String> NOT_RESUMES = Map.of("PHOTO", "a photo",
            "GENERATED_LETTER", "a cover letter");

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
     * @throws com.qh.platform.web.QhException 422 {@code not-a-resume} for a photo or a cover letter; 422 or 415
     *         when the file cannot be read as a resume
     */
    public ParsedResume parsed(UUID userId, UUID documentId) {
        DocumentFiles.Description description = documents.describe(userId, documentId);
        String notResume = NOT_RESUMES.get(description.kind());
        if (notResume != null) {
            throw new UnprocessableException("not-a-resume", "Document " + documentId + " is " + notResume
                    + ", not a resume: choose a resume you uploaded or one QH generated.");
        }
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
