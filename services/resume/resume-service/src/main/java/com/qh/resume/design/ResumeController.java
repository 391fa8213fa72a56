package com.qh.resume.design;

import com.qh.platform.security.AuthenticatedUser;
import com.qh.platform.web.UnprocessableException;
import com.qh.resume.content.Composition;
import com.qh.resume.content.Design;
import com.qh.resume.design.Outputs.FileFormat;
import com.qh.resume.design.Outputs.Rendered;
import com.qh.resume.design.Views.ResumeSummary;
import com.qh.resume.design.Views.ResumeView;
import com.qh.resume.design.Views.TailorRequest;
import com.qh.resume.design.Views.VersionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's resumes: designs over their profile with versions, tailoring, preview and rendering. Another user's
 * resume or vacancy is simply not found.
 */
@RestController
@Validated
@RequestMapping("/api/v1/resumes")
@Tag(name = "Resumes", description = "Resumes as saved designs over your profile (template, appearance, parts and "
        + "entries shown and their order, language, a target vacancy), with versions; tailoring to a saved vacancy "
        + "with a diff; a live HTML or PNG preview; PDF, DOCX and Markdown stored in your documents.")
class ResumeController {

    private static final String PROBLEM = "application/problem+json";
    private static final String IF_MATCH = "The ETag of the resume as last read, e.g. \"v3\"";
    /** The preview is the renderer's own markup: inline styles, fonts from this service, no script. */
    private static final String PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; "
            + "img-src data:; frame-ancestors 'self'";

    private final Resumes resumes;
    private final Outputs outputs;

    ResumeController(Resumes resumes, Outputs outputs) {
        this.resumes = resumes;
        this.outputs = outputs;
    }

    @PostMapping
    @Operation(summary = "Create a resume", description = """
            Saves a design over your profile as version 1. Appearance values left out are the template's own. \
            With targetVacancyId the answer shows how the resume is tailored to that vacancy.""")
    @ApiResponse(responseCode = "201", description = "Created; Location names it, ETag is its version")
    @ApiResponse(responseCode = "404", description = "You have no such target vacancy",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "An unknown template or font, a value out of range (the field "
            + "is named), or a profile with no name, or no experience, education or skills",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = """
                    {"type": "https://qh.dev/problems/invalid-appearance", "status": 422,
                     "detail": "Unknown font 'Comic Sans'; bundled: [Noto Sans, Noto Serif, PT Sans, PT Serif, Carlito]",
                     "errors": [{"field": "appearance.fontFamily", "message": "Unknown font 'Comic Sans'; ..."}]}""")))
    ResponseEntity<ResumeView> create(AuthenticatedUser user, @Valid @RequestBody Design design) {
        Composition composition = resumes.compose(user.id(), design);
        StoredResume created = resumes.create(user.id(), design);
        return ResponseEntity.created(URI.create("/api/v1/resumes/" + created.id()))
                .eTag(Resumes.etag(created.version())).body(ResumeView.of(created, composition));
    }

    @GetMapping
    @Operation(summary = "List your resumes", description = "Most recently changed first.")
    List<ResumeSummary> list(AuthenticatedUser user) {
        return resumes.list(user.id()).stream().map(ResumeSummary::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a resume's design", description = "Its version is in the ETag header.")
    @ApiResponse(responseCode = "404", description = "You have no such resume", content = @Content(mediaType = PROBLEM))
    ResponseEntity<ResumeView> get(AuthenticatedUser user, @PathVariable UUID id) {
        StoredResume resume = resumes.get(user.id(), id);
        return ResponseEntity.ok().eTag(Resumes.etag(resume.version())).body(ResumeView.of(resume, null));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a resume's design", description = """
            Saves the design as a new version; the one it replaces stays readable under /versions. Needs the ETag \
            of the last read as If-Match.""")
    @ApiResponse(responseCode = "200", description = "Saved; the new ETag is in the header")
    @ApiResponse(responseCode = "404", description = "You have no such resume or target vacancy",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "412", description = "The resume changed since it was read",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "An invalid design, or too empty a profile",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    ResponseEntity<ResumeView> update(AuthenticatedUser user, @PathVariable UUID id,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody Design design) {
        int expected = Resumes.expected(ifMatch);
        resumes.get(user.id(), id);
        Composition composition = resumes.compose(user.id(), design);
        StoredResume saved = resumes.update(user.id(), id, expected, design);
        return ResponseEntity.ok().eTag(Resumes.etag(saved.version())).body(ResumeView.of(saved, composition));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a resume", description = "With its versions; documents already rendered stay in "
            + "your documents.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "You have no such resume", content = @Content(mediaType = PROBLEM))
    ResponseEntity<Void> delete(AuthenticatedUser user, @PathVariable UUID id) {
        resumes.delete(user.id(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "List a resume's versions", description = "Newest first, without their designs.")
    @ApiResponse(responseCode = "404", description = "You have no such resume", content = @Content(mediaType = PROBLEM))
    List<VersionView> versions(AuthenticatedUser user, @PathVariable UUID id) {
        return resumes.versions(user.id(), id).stream().map(version -> VersionView.of(version, false)).toList();
    }

    @GetMapping("/{id}/versions/{version}")
    @Operation(summary = "Read one version of a resume's design")
    @ApiResponse(responseCode = "404", description = "No such resume of yours, or no such version",
            content = @Content(mediaType = PROBLEM))
    VersionView version(AuthenticatedUser user, @PathVariable UUID id, @PathVariable int version) {
        return VersionView.of(resumes.version(user.id(), id, version), true);
    }

    @PostMapping("/{id}/tailor")
    @Operation(summary = "Tailor a resume to a saved vacancy", description = """
            Sets the vacancy as the resume's target and saves a new version: entries and bullet points ordered by \
            how many of the vacancy's required skills (then its pluses) they name, matching skills first, \
            optionally entries that name nothing asked for left out, and a target title. Only the profile's own \
            words are selected and ordered; with rewrite=true and a model configured (qh.ai.base-url), each job's \
            bullets are also rewritten for the vacancy and only what the fact check finds in the profile is kept. \
            The answer lists every change against the untailored resume. If-Match is checked when sent.""")
    @ApiResponse(responseCode = "200", description = "Tailored and saved", content = @Content(examples = @ExampleObject(
            value = """
                    {"id": "6b1f0e4a-1c2d-4e3f-8a9b-0c1d2e3f4a5b", "version": 3,
                     "design": {"title": "Java backend", "language": "en", "template": "modern",
                                "targetVacancyId": "5f0c3a52-8a4e-4d3e-9c41-1b7d2f0e9a10",
                                "tailoring": {"hideIrrelevant": true, "targetTitle": null}},
                     "tailoring": {
                       "changes": [
                         {"kind": "TITLE_CHANGED", "before": ["Developer"], "after": ["Java Developer"]},
                         {"kind": "ENTRY_MOVED", "part": "EXPERIENCE", "entryId": "3a00...0002",
                          "entry": "Backend developer", "from": 1, "to": 0},
                         {"kind": "ENTRY_HIDDEN", "part": "PROJECTS", "entryId": "3a00...0009",
                          "entry": "Photo blog", "from": 0}],
                       "match": {"met": ["Java", "Spring Boot", "PostgreSQL"], "missing": ["Apache Kafka"]}}}""")))
    @ApiResponse(responseCode = "404", description = "You have no such resume or vacancy",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "412", description = "If-Match was sent and the resume changed since",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<ResumeView> tailor(AuthenticatedUser user, @PathVariable UUID id,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody TailorRequest request) {
        StoredResume current = resumes.get(user.id(), id);
        int expected = ifMatch == null || ifMatch.isBlank() ? current.version() : Resumes.expected(ifMatch);
        if (request.vacancyId() != null) {
            // Asked for now: it must exist now, even when it is the target the resume already names.
            resumes.requireVacancy(user.id(), request.vacancyId());
        }
        Design design = current.design().withTarget(request.vacancyId(),
                new Design.Tailoring(request.hideIrrelevant(), request.targetTitle()));
        if (Boolean.TRUE.equals(request.rewrite())) {
            design = resumes.rewritten(user.id(), design);
        }
        Composition composition = resumes.compose(user.id(), design);
        StoredResume saved = resumes.update(user.id(), id, expected, design);
        return ResponseEntity.ok().eTag(Resumes.etag(saved.version())).body(ResumeView.of(saved, composition));
    }

    @PostMapping("/{id}/render")
    @Operation(summary = "Render a resume into your documents", description = """
            Renders the resume from your current profile and stores the file as a new version of the resume's \
            GENERATED_RESUME document (made on the first render). Download it from the document service: \
            GET /api/v1/documents/{documentId}/versions/{version}/content. Publishes resume.generated.v1.""")
    @ApiResponse(responseCode = "201", description = "Stored; Location names the version's content")
    @ApiResponse(responseCode = "404", description = "You have no such resume", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "An unknown format, or too empty a profile",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "503", description = "The document, profile or vacancy service is not answering",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<Rendered> render(AuthenticatedUser user, @PathVariable UUID id,
            @Parameter(description = "pdf, docx or md") @RequestParam(defaultValue = "pdf") String format) {
        Rendered rendered = outputs.render(user.id(), id, FileFormat.of(format));
        return ResponseEntity.created(URI.create("/api/v1/documents/" + rendered.documentId() + "/versions/"
                + rendered.version() + "/content")).body(rendered);
    }

    @GetMapping("/{id}/preview")
    @Operation(summary = "Preview a resume", description = """
            From your current profile, at once and stored nowhere: the HTML the PDF is made from (fonts from \
            /api/v1/resumes/fonts/), or with format=png one page of the PDF as a PNG.""")
    @ApiResponse(responseCode = "404", description = "You have no such resume", content = @Content(mediaType = PROBLEM))
    ResponseEntity<byte[]> preview(AuthenticatedUser user, @PathVariable UUID id,
            @Parameter(description = "html or png") @RequestParam(defaultValue = "html") String format,
            @Parameter(description = "The page for png, from 0") @RequestParam(defaultValue = "0") @PositiveOrZero
            @Max(20) int page) {
        return preview(user, resumes.get(user.id(), id).design(), format, page);
    }

    @PostMapping("/preview")
    @Operation(summary = "Preview a design before saving it", description = "As GET /{id}/preview, for the design "
            + "in the body, so an editor shows each change at once.")
    @ApiResponse(responseCode = "422", description = "An invalid design, or too empty a profile",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<byte[]> previewUnsaved(AuthenticatedUser user, @Valid @RequestBody Design design,
            @Parameter(description = "html or png") @RequestParam(defaultValue = "html") String format,
            @Parameter(description = "The page for png, from 0") @RequestParam(defaultValue = "0") @PositiveOrZero
            @Max(20) int page) {
        return preview(user, design, format, page);
    }

    private ResponseEntity<byte[]> preview(AuthenticatedUser user, Design design, String format, int page) {
        if ("png".equalsIgnoreCase(format)) {
            return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .body(outputs.png(user.id(), design, page));
        }
        if (!"html".equalsIgnoreCase(format)) {
            throw new UnprocessableException("unknown-format",
                    "A preview is html or png, not '" + format + "'.");
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Security-Policy", PREVIEW_POLICY)
                .body(outputs.html(user.id(), design).getBytes(StandardCharsets.UTF_8));
    }
}
