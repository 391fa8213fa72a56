package com.qh.profile.exchange;

import com.qh.platform.security.AuthenticatedUser;
import com.qh.platform.web.QhException;
import com.qh.profile.model.Language;
import com.qh.profile.model.Personal;
import com.qh.profile.model.Profile;
import com.qh.profile.model.Section;
import com.qh.profile.model.Text;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Export and import of the signed-in user's profile, and the native format's JSON Schema. */
@RestController
@Tag(name = "Profile export and import", description = "The native JSON (schema at /api/v1/profile/schema) and "
        + "JSON Resume 1.2.1, with a dry run before an import is applied.")
class ExchangeController {

    static final String NATIVE = "native";
    static final String JSON_RESUME = "json-resume";
    static final int SCHEMA_VERSION = 1;
    static final String SCHEMA_RESOURCE = "schema/profile.schema.v1.json";

    private final Profiles profiles;
    private final JsonMapper json;

    ExchangeController(Profiles profiles, JsonMapper json) {
        this.profiles = profiles;
        this.json = json;
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
                    + "is kept). format=native replaces the whole profile. dryRun=true (the default) changes "
                    + "nothing and lists the changes; dryRun=false applies them and needs If-Match.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    examples = @ExampleObject(name = "json-resume", value = """
                            {"basics": {"name": "Ada Lovelace", "label": "Analyst", "email": "ada@example.org"},
                             "skills": [{"name": "Mathematics", "level": "Master", "keywords": ["Analysis"]}]}"""))))
    @ApiResponse(responseCode = "200", description = "The changes, and when applied the new ETag")
    @ApiResponse(responseCode = "400", description = "Not a valid document, or an invalid field in it")
    @ApiResponse(responseCode = "412", description = "The profile changed since it was read (apply only)")
    @ApiResponse(responseCode = "428", description = "If-Match is missing (apply only)")
    ResponseEntity<ImportResult> importProfile(AuthenticatedUser user,
            @RequestParam(defaultValue = JSON_RESUME) String format,
            @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "true") boolean dryRun,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody JsonNode document) {
        if (!document.isObject()) {
            throw new QhException(HttpStatus.BAD_REQUEST, "invalid-document", "Invalid document",
                    "The document must be a JSON object.");
        }
        ProfileSnapshot current = profiles.read(user.id());
        Profile imported = imported(format, language, current.profile(), document);
        profiles.validate(imported);
        List<ImportDiff.Change> changes = ImportDiff.between(current.profile(), imported, json);
        if (dryRun) {
            return ResponseEntity.ok().eTag(current.etag()).body(new ImportResult(true, changes, current.version()));
        }
        ProfileSnapshot saved = profiles.change(user.id(), Versions.expected(ifMatch), sections(changes),
                profile -> imported);
        return ResponseEntity.ok().eTag(saved.etag()).body(new ImportResult(false, changes, saved.version()));
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

    private Profile imported(String format, String language, Profile current, JsonNode document) {
        try {
            if (NATIVE.equals(format)) {
                JsonNode profile = document.has("profile") ? document.get("profile") : document;
                if (document.has("schemaVersion") && document.get("schemaVersion").asInt() != SCHEMA_VERSION) {
                    throw new QhException(HttpStatus.BAD_REQUEST, "unsupported-schema-version",
                            "Unsupported schema version", "This service reads schemaVersion " + SCHEMA_VERSION
                                    + ", not " + document.get("schemaVersion") + ".");
                }
                return json.treeToValue(profile, Profile.class);
            }
            if (JSON_RESUME.equals(format)) {
                Language into = language(language, current.primaryLanguage());
                return merged(current, JsonResume.read(document, into), into);
            }
            throw unknownFormat(format);
        }
        catch (JacksonException e) {
            throw new QhException(HttpStatus.BAD_REQUEST, "invalid-document", "Invalid document",
                    "The document is not a valid " + format + " profile: " + e.getOriginalMessage());
        }
    }

    // Sections the resume has replace the profile's; personal data JSON Resume cannot express is kept.
    private static Profile merged(Profile current, JsonResume.Imported resume, Language language) {
        Profile incoming = resume.profile();
        Profile result = current;
        if (resume.present().contains("basics")) {
            Personal now = current.personal();
            Personal in = incoming.personal();
            result = result.withPersonal(new Personal(merge(now.firstName(), in.firstName(), language),
                    now.middleName(), merge(now.lastName(), in.lastName(), language),
                    merge(now.headline(), in.headline(), language), now.birthDate(), in.image(), in.website(),
                    in.contacts(), in.location(), in.links(), now.citizenship(), now.workPermits(),
                    now.desiredPosition(), now.desiredSalary(), now.employmentTypes(), now.schedules()));
            result = result.withSummary(current.primaryLanguage(), merge(current.summary(), incoming.summary(),
                    language));
        }
        Map<String, Section> sections = Map.ofEntries(Map.entry("work", Section.EXPERIENCE),
                Map.entry("volunteer", Section.VOLUNTEERING), Map.entry("education", Section.EDUCATION),
                Map.entry("awards", Section.AWARDS), Map.entry("certificates", Section.CERTIFICATES),
                Map.entry("publications", Section.PUBLICATIONS), Map.entry("skills", Section.SKILLS),
                Map.entry("languages", Section.LANGUAGES), Map.entry("interests", Section.INTERESTS),
                Map.entry("references", Section.REFERENCES), Map.entry("projects", Section.PROJECTS));
        for (Map.Entry<String, Section> section : sections.entrySet()) {
            if (resume.present().contains(section.getKey())) {
                result = result.withItems(section.getValue(), incoming.items(section.getValue()));
            }
        }
        return result;
    }

    // The resume's language replaces that language's text; the other language's text stays.
    private static Text merge(Text current, Text incoming, Language language) {
        String value = incoming == null ? null : incoming.in(language);
        String other = current == null ? null : language == Language.RU ? current.en() : current.ru();
        if (value == null && other == null) {
            return null;
        }
        return language == Language.RU ? new Text(value, other) : new Text(other, value);
    }

    private static List<String> sections(List<ImportDiff.Change> changes) {
        List<String> sections = new ArrayList<>();
        changes.forEach(change -> {
            if (!sections.contains(change.section())) {
                sections.add(change.section());
            }
        });
        return sections;
    }

    private static Language language(String code, Language fallback) {
        if (code == null || code.isBlank()) {
            return fallback;
        }
        try {
            return Language.of(code);
        }
        catch (IllegalArgumentException e) {
            throw new QhException(HttpStatus.BAD_REQUEST, "unknown-language", "Unknown language",
                    "language must be 'ru' or 'en', not '" + code + "'.");
        }
    }

    private static QhException unknownFormat(String format) {
        return new QhException(HttpStatus.BAD_REQUEST, "unknown-format", "Unknown format",
                "format must be '" + NATIVE + "' or '" + JSON_RESUME + "', not '" + format + "'.");
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
