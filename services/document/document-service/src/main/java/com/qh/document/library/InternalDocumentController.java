package com.qh.document.library;

import com.qh.document.api.DocumentKind;
import com.qh.document.library.Views.DocumentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.PositiveOrZero;
import java.io.IOException;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * For other services, with their service token (role SERVICE, audience {@code document}): store a file they
 * generated for a user, with the same checks, quota and events as an upload; and read a user's document when no
 * user token is at hand (the analysis of a resume that an upload started). Only the services in
 * {@code qh.document.internal.allowed-callers} may ({@link InternalCallers}). Not routed by the gateway.
 */
@RestController
@RequestMapping("/api/v1/internal/documents")
@Tag(name = "Documents (internal)", description = "Generated files stored by other services with a service token.")
@PreAuthorize("hasRole('SERVICE')")
class InternalDocumentController {

    private final Documents documents;
    private final Spooler spooler;
    private final InternalCallers callers;
    private final Downloads downloads;

    InternalDocumentController(Documents documents, Spooler spooler, InternalCallers callers, Downloads downloads) {
        this.documents = documents;
        this.spooler = spooler;
        this.callers = callers;
        this.downloads = downloads;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a user's document", description = "The same view the owner gets.")
    @ApiResponse(responseCode = "403", description = "Not a service token, or a service not in "
            + "qh.document.internal.allowed-callers")
    @ApiResponse(responseCode = "404", description = "No such document of that user's")
    DocumentView read(@Parameter(hidden = true) @AuthenticationPrincipal Jwt caller, @PathVariable UUID id,
            @Parameter(description = "Whose document it is") @RequestParam UUID userId) {
        callers.check(caller);
        return documents.get(userId, id);
    }

    @GetMapping("/{id}/versions/{version}/content")
    @Operation(summary = "Download a version of a user's document", description = "0 is the current version. "
            + "Decrypted as for the owner; ETag, Range and Content-Disposition as the owner's download.")
    @ApiResponse(responseCode = "200", description = "The bytes")
    @ApiResponse(responseCode = "403", description = "Not a service token, or a service not in "
            + "qh.document.internal.allowed-callers")
    @ApiResponse(responseCode = "404", description = "No such document of that user's, or no such version")
    void content(@Parameter(hidden = true) @AuthenticationPrincipal Jwt caller, @PathVariable UUID id,
            @PathVariable @PositiveOrZero int version,
            @Parameter(description = "Whose document it is") @RequestParam UUID userId,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        callers.check(caller);
        downloads.send(documents.version(userId, id, version), request, response, false);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Store a generated file for a user", description = "A new document, or with documentId a "
            + "new version of that user's document. The answer is the document.")
    @ApiResponse(responseCode = "201", description = "Stored")
    @ApiResponse(responseCode = "403", description = "Not a service token, or a service not in "
            + "qh.document.internal.allowed-callers")
    @ApiResponse(responseCode = "404", description = "documentId is not that user's document")
    @ApiResponse(responseCode = "415", description = "A type that is not kept")
    @ApiResponse(responseCode = "422", description = "Over the user's quota")
    ResponseEntity<DocumentView> store(@Parameter(hidden = true) @AuthenticationPrincipal Jwt caller,
            @Parameter(description = "The file") @RequestPart("file") MultipartFile file,
            @Parameter(description = "Whose document it is") @RequestParam UUID userId,
            @Parameter(description = "What the document is for") @RequestParam DocumentKind kind,
            @Parameter(description = "A title") @RequestParam(required = false) @Size(max = 300) String title,
            @Parameter(description = "Add a version to this document instead of making a new one")
            @RequestParam(required = false) UUID documentId) {
        callers.check(caller);
        try (Upload upload = DocumentController.spool(spooler, file)) {
            DocumentView stored;
            if (documentId == null) {
                stored = documents.create(userId, kind, title, upload);
            }
            else {
                documents.addVersion(userId, documentId, upload);
                stored = documents.get(userId, documentId);
            }
            return ResponseEntity.created(URI.create("/api/v1/documents/" + stored.id())).body(stored);
        }
    }
}
