package com.qh.document.library;

import com.qh.document.api.DocumentKind;
import com.qh.document.library.Views.DocumentView;
import com.qh.document.library.Views.Usage;
import com.qh.document.library.Views.VersionView;
import com.qh.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The signed-in user's own documents. A document id of someone else's is simply not found. Uploads are
 * {@code multipart/form-data} with the file in the part {@code file}; the type is found from the content.
 */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "Uploaded and generated files with versions: upload, list, download (Range, "
        + "ETag), restore an older version, delete.")
class DocumentController {

    private final Documents documents;
    private final Spooler spooler;
    private final Downloads downloads;

    DocumentController(Documents documents, Spooler spooler, Downloads downloads) {
        this.documents = documents;
        this.spooler = spooler;
        this.downloads = downloads;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a document", description = "PDF, DOC, DOCX, RTF, ODT, TXT, PNG or JPEG, decided from "
            + "the bytes, not the name. Up to qh.document.max-size (100 MB by default).")
    @ApiResponse(responseCode = "201", description = "Stored; Location names the document")
    @ApiResponse(responseCode = "413", description = "Larger than the limit")
    @ApiResponse(responseCode = "415", description = "A type that is not kept, or a file disguised as another")
    @ApiResponse(responseCode = "422", description = "Over the quota (quota-exceeded), or a decompression bomb")
    ResponseEntity<DocumentView> upload(AuthenticatedUser user,
            @Parameter(description = "The file") @RequestPart("file") MultipartFile file,
            @Parameter(description = "What the document is for") @RequestParam DocumentKind kind,
            @Parameter(description = "A title to show instead of the file name")
            @RequestParam(required = false) @Size(max = 300) String title) {
        try (Upload upload = spool(spooler, file)) {
            DocumentView created = documents.create(user.id(), kind, title, upload);
            return ResponseEntity.created(URI.create("/api/v1/documents/" + created.id())).body(created);
        }
    }

    @GetMapping
    @Operation(summary = "List the user's documents", description = "Newest first, each with its current version.")
    List<DocumentView> list(AuthenticatedUser user,
            @Parameter(description = "Only documents of this kind") @RequestParam(required = false)
            DocumentKind kind) {
        return documents.list(user.id(), kind);
    }

    @GetMapping("/usage")
    @Operation(summary = "What the user keeps against their quota")
    Usage usage(AuthenticatedUser user) {
        return documents.usage(user.id());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a document's description")
    @ApiResponse(responseCode = "404", description = "No such document of the user's")
    DocumentView get(AuthenticatedUser user, @PathVariable UUID id) {
        return documents.get(user.id(), id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a document", description = "With every version and share link; bytes no other "
            + "version needs are removed from the store.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such document of the user's")
    ResponseEntity<Void> delete(AuthenticatedUser user, @PathVariable UUID id) {
        documents.delete(user.id(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/content")
    @Operation(summary = "Download the current version", description = "ETag is the SHA-256; If-None-Match gives "
            + "304; one Range gives 206 (416 past the end). Content-Disposition has the name in UTF-8 "
            + "(filename*) and an ASCII fallback.")
    @ApiResponse(responseCode = "200", description = "The bytes")
    @ApiResponse(responseCode = "206", description = "The requested range")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @ApiResponse(responseCode = "416", description = "The range lies outside the file")
    void content(AuthenticatedUser user, @PathVariable UUID id, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        downloads.send(documents.version(user.id(), id, 0), request, response, false);
    }

    @PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a new version", description = "It becomes the current one; the older ones stay.")
    @ApiResponse(responseCode = "201", description = "Stored; Location names the version's content")
    @ApiResponse(responseCode = "404", description = "No such document of the user's")
    @ApiResponse(responseCode = "415", description = "A type that is not kept")
    ResponseEntity<VersionView> addVersion(AuthenticatedUser user, @PathVariable UUID id,
            @Parameter(description = "The file") @RequestPart("file") MultipartFile file) {
        try (Upload upload = spool(spooler, file)) {
            VersionView added = documents.addVersion(user.id(), id, upload);
            return ResponseEntity.created(versionUri(id, added.number())).body(added);
        }
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "List a document's versions", description = "Newest first.")
    @ApiResponse(responseCode = "404", description = "No such document of the user's")
    List<VersionView> versions(AuthenticatedUser user, @PathVariable UUID id) {
        return documents.versions(user.id(), id);
    }

    @GetMapping("/{id}/versions/{number}/content")
    @Operation(summary = "Download one version", description = "As the current version's download: ETag, Range, "
            + "Content-Disposition.")
    @ApiResponse(responseCode = "404", description = "No such document or version")
    void versionContent(AuthenticatedUser user, @PathVariable UUID id, @PathVariable @Positive int number,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        downloads.send(documents.version(user.id(), id, number), request, response, false);
    }

    @PostMapping("/{id}/versions/{number}/restore")
    @Operation(summary = "Restore an older version", description = "Adds a new version with that version's "
            + "content; no bytes are copied.")
    @ApiResponse(responseCode = "201", description = "The new current version")
    @ApiResponse(responseCode = "404", description = "No such document or version")
    ResponseEntity<VersionView> restore(AuthenticatedUser user, @PathVariable UUID id,
            @PathVariable @Positive int number) {
        VersionView restored = documents.restore(user.id(), id, number);
        return ResponseEntity.created(versionUri(id, restored.number())).body(restored);
    }

    static Upload spool(Spooler spooler, MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return spooler.spool(in, file.getOriginalFilename());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI versionUri(UUID id, int number) {
        return URI.create("/api/v1/documents/" + id + "/versions/" + number + "/content");
    }
}
