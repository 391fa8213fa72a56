package com.qh.document.library;

import com.qh.document.api.DocumentKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** What the API answers: records, never entities. */
final class Views {

    private Views() {
    }

    @Schema(description = "A document and its current version")
    record DocumentView(UUID id, DocumentKind kind, String title, int currentVersion, String fileName,
            String mediaType, long size, String sha256, Instant createdAt, Instant updatedAt) {

        static DocumentView of(Document document, DocumentVersion current) {
            String title = document.title() == null ? null : FileNames.withoutFormatting(document.title());
            return new DocumentView(document.id(), document.kind(), title, document.currentVersion(),
                    FileNames.shown(current.fileName()), current.mediaType(), current.size(), current.sha256(),
                    document.createdAt(), document.updatedAt());
        }
    }

    @Schema(description = "One version of a document")
    record VersionView(int number, String fileName, String mediaType, long size, String sha256,
            @Schema(description = "The version whose content this one restored, if it is a restore")
            Integer restoredFrom, Instant createdAt) {

        static VersionView of(DocumentVersion version) {
            return new VersionView(version.number(), FileNames.shown(version.fileName()), version.mediaType(),
                    version.size(), version.sha256(), version.restoredFrom(), version.createdAt());
        }
    }

    @Schema(description = "What the user keeps, against their limits")
    record Usage(long documents, long bytes, long maxDocuments, long maxBytes) {
    }

    @Schema(description = "A share link as listed; the token itself is only shown once, when it is made")
    record ShareView(UUID id, UUID documentId, Instant expiresAt, boolean passwordProtected, Instant revokedAt,
            long downloadCount, Instant createdAt) {

        static ShareView of(Share share) {
            return new ShareView(share.id(), share.documentId(), share.expiresAt(), share.passwordHash() != null,
                    share.revokedAt(), share.downloadCount(), share.createdAt());
        }
    }

    @Schema(description = "A new share link: give the path (or the token) to whoever should download the document")
    record CreatedShare(UUID id, String token, String path, Instant expiresAt, boolean passwordProtected) {
    }

    /**
     * A share link to make. A password has at least 8 characters: the link's lock (see {@code ShareLinks}) makes
     * guessing slow, the length makes it hopeless. An empty password means none, as it always has.
     */
    @Schema(description = "A share link to make")
    record ShareRequest(
            @Schema(description = "When the link stops working; never when absent") Instant expiresAt,
            @Schema(description = "A password (8 to 200 characters) the downloader must send in the X-Share-Password "
                    + "header; none when absent or empty", minLength = 8, maxLength = 200)
            @Size(min = 8, max = 200, message = "must be 8 to 200 characters long") String password) {

        ShareRequest {
            password = password == null || password.isEmpty() ? null : password;
        }
    }
}
