package com.qh.profile.exchange;

import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.QhException;
import com.qh.profile.exchange.ExchangeController.ImportResult;
import com.qh.profile.model.Language;
import com.qh.profile.model.Personal;
import com.qh.profile.model.Profile;
import com.qh.profile.model.Section;
import com.qh.profile.model.Text;
import com.qh.profile.profile.ProfileSnapshot;
import com.qh.profile.profile.Profiles;
import com.qh.profile.profile.Versions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Taking a profile in from a document: the native format replaces the whole profile; a JSON Resume replaces the
 * sections it has, in one language, and keeps what it cannot express. A dry run lists the changes; applying them
 * needs the version the user saw.
 */
@Service
class ProfileImports {

    private final Profiles profiles;
    private final JsonMapper json;
    private final UploadedResumes uploaded;

    ProfileImports(Profiles profiles, JsonMapper json, UploadedResumes uploaded) {
        this.profiles = profiles;
        this.json = json;
        this.uploaded = uploaded;
    }

    /**
     * Reads the user's uploaded resume {@code documentId} through the analysis service and imports it as a JSON
     * Resume: texts go into {@code language}, else the language the file is written in, else the profile's.
     */
    ImportResult applyDocument(UUID user, UUID documentId, String language, boolean dryRun, String ifMatch) {
        if (documentId == null) {
            throw new QhException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    "Field 'documentId' must not be null: name the uploaded resume to import.")
                    .with("errors", List.of(new FieldViolation("documentId", "must not be null")));
        }
        JsonNode parsed = uploaded.parsed(documentId);
        String written = parsed.path("language").asString("");
        String into = language != null && !language.isBlank() ? language
                : "ru".equals(written) || "en".equals(written) ? written : null;
        return apply(user, ExchangeController.JSON_RESUME, into, dryRun, ifMatch,
                UploadedResumes.jsonResume(parsed, json));
    }

    /**
     * Reads {@code document} as {@code format} into the user's profile: only the changes on a dry run, else applied
     * at the version {@code ifMatch} names.
     */
    ImportResult apply(UUID user, String format, String language, boolean dryRun, String ifMatch, JsonNode document) {
        if (document == null || !document.isObject()) {
            throw new QhException(HttpStatus.BAD_REQUEST, "invalid-document", "Invalid document",
                    "The document must be a JSON object.");
        }
        ProfileSnapshot current = profiles.read(user);
        Profile imported = imported(format, language, current.profile(), document);
        profiles.validate(imported);
        List<ImportDiff.Change> changes = ImportDiff.between(current.profile(), imported, json);
        if (dryRun) {
            return new ImportResult(true, changes, current.version());
        }
        ProfileSnapshot saved = profiles.change(user, Versions.expected(ifMatch), sections(changes),
                profile -> imported);
        return new ImportResult(false, changes, saved.version());
    }

    private Profile imported(String format, String language, Profile current, JsonNode document) {
        try {
            if (ExchangeController.NATIVE.equals(format)) {
                JsonNode profile = document.has("profile") ? document.get("profile") : document;
                int version = ExchangeController.SCHEMA_VERSION;
                if (document.has("schemaVersion") && document.get("schemaVersion").asInt() != version) {
                    throw new QhException(HttpStatus.BAD_REQUEST, "unsupported-schema-version",
                            "Unsupported schema version", "This service reads schemaVersion " + version
                                    + ", not " + document.get("schemaVersion") + ".");
                }
                return json.treeToValue(profile, Profile.class);
            }
            if (ExchangeController.JSON_RESUME.equals(format)) {
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

    static Language language(String code, Language fallback) {
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

    static QhException unknownFormat(String format) {
        return new QhException(HttpStatus.BAD_REQUEST, "unknown-format", "Unknown format",
                "format must be '" + ExchangeController.NATIVE + "', '" + ExchangeController.JSON_RESUME
                        + "' or '" + ExchangeController.DOCUMENT + "', not '" + format + "'.");
    }

}
