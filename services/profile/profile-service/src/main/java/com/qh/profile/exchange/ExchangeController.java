package com.qh.profile.exchange;

import com.qh.platform.security.AuthenticatedUser;
import com.qh.platform.web.QhException;
import com.qh.profile.model.Language;
import com.qh.profile.model.Profile;
import com.qh.profile.profile.ProfileSnapshot;
import com.qh.profile.profile.Profiles;
import com.qh.profile.profile.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Export and import of the signed-in user's profile, and the native format's JSON Schema. */
@RestController
@Tag(name = "Profile export and import", description = "The native JSON (schema at /api/v1/profile/schema) and "
        + "JSON Resume 1.2.1, with a dry run before an import is applied.")
class ExchangeController {

    static final String NATIVE = "native";
    static final String JSON_RESUME = "json-resume";
    static final String DOCUMENT = "document";
    static final int SCHEMA_VERSION = 1;
    static final String SCHEMA_RESOURCE = "schema/profile.schema.v1.json";

    private final Profiles profiles;
    private final ProfileImports imports;

    ExchangeController(Profiles profiles, ProfileImports imports) {
        this.profiles = profiles;
        this.imports = imports;
    }

    @GetMapping("/api/v1/profile/export")
    @Operation(summary = "Export the profile",
            description = "format=native: the whole profile in both languages, as {format, schemaVersion, "
                    + "exportedAt, profile}. format=json-resume: a JSON Resume 1.2.1 document in one language "
                    + "(texts missing in it fall back to the other).")
    @ApiResponse(responseCode = "200", description = "The document, as a download")
    @ApiResponse(responseCode = "400", description = "Unknown format or language")
    ResponseEntity<Object> export(AuthenticatedUser user,
            @Parameter(description = "native or json-resume") @RequestParam(defaultValue = NATIVE) String format,
            @Parameter(description = "ru or en; json-resume only; default the profile's primary language")
            @RequestParam(required = false) String language) {
        ProfileSnapshot snapshot = profiles.read(user.id());
        Object body;
        String fileName;
        if (JSON_RESUME.equals(format)) {
            body = JsonResume.export(snapshot.profile(), language(language, snapshot.profile().primaryLanguage()));
            fileName = "resume.json";
        }
        else if (NATIVE.equals(format)) {
            body = new NativeDocument("qh-profile", SCHEMA_VERSION, Instant.now(), snapshot.profile());
            fileName = "profile.json";
        }
        else {
            throw unknownFormat(format);
        }
        return ResponseEntity.ok().eTag(snapshot.etag()).contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(body);
    }

    @PostMapping("/api/v1/profile/import")
    @Operation(summary = "Import a profile, or see what an import would change",
            description = "format=json-resume replaces the sections the resume has (texts go into the given "
                    + "language; personal data it has no field for, such as citizenship or the salary looked for, "
                    + "is kept). format=native replaces the whole profile. format=document takes no body: the "
                    + "uploaded resume documentId is read by the analysis service (with the caller's token, so "
                    + "only their own documents) and imported like a JSON Resume, in the given language or else "
                    + "the file's. dryRun=true (the default) changes nothing and lists the changes; dryRun=false "
                    + "applies them and needs If-Match.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "json-resume", value = """
                            {"basics": {"name": "Ada Lovelace", "label": "Analyst", "email": "ada@example.org"},
                             "skills": [{"name": "Mathematics", "level": "Master", "keywords": ["Analysis"]}]}"""))))
    @ApiResponse(responseCode = "200", description = "The changes, and when applied the new ETag")
    @ApiResponse(responseCode = "400", description = "Not a valid document, or an invalid field in it; "
            + "format=document without documentId")
    @ApiResponse(responseCode = "404", description = "format=document: no such uploaded document of the caller's")
    @ApiResponse(responseCode = "412", description = "The profile changed since it was read (apply only)")
    @ApiResponse(responseCode = "415", description = "format=document: not a PDF, DOC, DOCX, RTF, ODT or text file")
    @ApiResponse(responseCode = "422", description = "format=document: the file is empty, a scan, encrypted or "
            + "damaged (the analysis service's problem type and detail)")
    @ApiResponse(responseCode = "428", description = "If-Match is missing (apply only)")
    @ApiResponse(responseCode = "503", description = "format=document: the analysis service is not answering")
    ResponseEntity<ImportResult> importProfile(AuthenticatedUser user,
            @Parameter(description = "native, json-resume or document")
            @RequestParam(defaultValue = JSON_RESUME) String format,
            @Parameter(description = "ru or en: the language texts go into (json-resume, document)")
            @RequestParam(required = false) String language,
            @Parameter(description = "format=document: the id of the user's uploaded resume in the document service")
            @RequestParam(required = false) UUID documentId,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody(required = false) JsonNode document) {
        ImportResult result = DOCUMENT.equals(format)
                ? imports.applyDocument(user.id(), documentId, language, dryRun, ifMatch)
                : imports.apply(user.id(), format, language, dryRun, ifMatch, document);
        return ResponseEntity.ok().eTag(Versions.etag(result.version())).body(result);
    }

    @GetMapping(value = "/api/v1/profile/schema", produces = "application/schema+json")
    @Operation(summary = "The JSON Schema of the native format",
            description = "Version 1; the version is also in every native export (schemaVersion).")
    ResponseEntity<String> schema() {
        try (InputStream in = new ClassPathResource(SCHEMA_RESOURCE).getInputStream()) {
            return ResponseEntity.ok().body(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Language language(String code, Language fallback) {
        return ProfileImports.language(code, fallback);
    }

    private static QhException unknownFormat(String format) {
        return ProfileImports.unknownFormat(format);
    }

    /**
     * The native export.
     *
     * @param format always {@code qh-profile}
     * @param schemaVersion the version of {@code /api/v1/profile/schema} it follows
     */
    record NativeDocument(String format, int schemaVersion, Instant exportedAt, Profile profile) {
    }

    /**
     * An import's outcome.
     *
     * @param dryRun whether nothing was changed
     * @param changes what differs between the profile and the import
     * @param version the profile's version: unchanged on a dry run, the new one when applied
     */
    record ImportResult(boolean dryRun, List<ImportDiff.Change> changes, long version) {
    }
}
