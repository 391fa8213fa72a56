package com.qh.letter.letters;

import com.qh.letter.letters.Views.DiffView;
import com.qh.letter.letters.Views.DraftRequest;
import com.qh.letter.letters.Views.EditRequest;
import com.qh.letter.letters.Views.LetterSummary;
import com.qh.letter.letters.Views.LetterView;
import com.qh.letter.letters.Views.RenderView;
import com.qh.letter.letters.Views.VersionView;
import com.qh.platform.security.AuthenticatedUser;
import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.QhException;
import com.qh.rendering.Format;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Cover letters: draft, read, edit as versions, compare, restore, render, delete. */
@RestController
@RequestMapping("/api/v1/letters")
@Tag(name = "Letters", description = "Cover letters per saved vacancy, from your profile's own facts")
class LetterController {

    static final String PROBLEM = "application/problem+json";
    static final String IF_MATCH = "The ETag of the letter's current version, from the last read";

    private final Letters letters;

    LetterController(Letters letters) {
        this.letters = letters;
    }

    @PostMapping
    @Operation(summary = "Draft a cover letter", description = """
            Drafts a letter for one of your saved vacancies in its language (or the one asked for): a greeting \
            (the contact person the vacancy names, else the company), why this role, one paragraph per top \
            requirement (required ones first) answered with an achievement from your profile, and a close. \
            Written by the offline engine from your profile's own facts, or by the configured model; either way \
            the fact check's warnings come back with it. Kept as version 1.""")
    @ApiResponse(responseCode = "201", description = "Drafted; Location names the letter, ETag is its version")
    @ApiResponse(responseCode = "400", description = "No vacancyId, or an unknown language, tone or length (the "
            + "field is named)", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "You have no such saved vacancy",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "The vacancy has no text, or your profile has nothing to draw "
            + "evidence from", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = """
                    {"type": "https://qh.dev/problems/vacancy-without-text", "status": 422,
                     "detail": "The vacancy has no text to answer: add its description (paste the vacancy's text) and draft again.",
                     "errors": [{"field": "vacancyId", "message": "the vacancy has no description"}]}""")))
    @ApiResponse(responseCode = "429", description = "Your daily AI budget is spent (only with a model configured)",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<LetterView> draft(AuthenticatedUser user, @Valid @RequestBody DraftRequest request) {
        LetterView letter = letters.draft(user.id(), request);
        return ResponseEntity.created(URI.create("/api/v1/letters/" + letter.id()))
                .eTag(Letters.etag(letter.version())).body(letter);
    }

    @PostMapping(path = "/drafts/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Draft a cover letter, streamed as it is written", description = """
            The same draft as POST /api/v1/letters (same body, same refusals), sent as server-sent events while it \
            is written: `text` events (`{"text": "..."}`, a piece to append) as the model writes, or the offline \
            engine's draft a paragraph at a time when no model is configured; then one `done` event with `origin` \
            (MODEL or OFFLINE), `fallback`, `model`, the token counts, `checked: true`, `text` (the streamed text \
            without the sentences holding claims your profile does not support) and `unsupported` (those claims: \
            start, end, span, kind, reason, over the streamed text), and the letter kept as version 1: `letter` \
            (as POST /api/v1/letters answers it, its fact-check warnings marking the removed claims), `etag` and \
            `location`. Show `letter` once `done` arrives: the pieces were not yet checked. A failure after the \
            stream started ends it with an `error` event (`type`, `detail`) instead of `done`. Refusals (400, 404, \
            422, 429) come before the stream, as problem documents: send Accept: text/event-stream, \
            application/problem+json.""")
    @ApiResponse(responseCode = "200", description = "The stream of text events and done", content = @Content(
            mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, examples = @ExampleObject(value = """
                    event:text
                    data:{"text":"Dear hiring team at Acme,"}

                    event:text
                    data:{"text":"\\n\\nI have built payment services in Java"}

                    event:done
                    data:{"origin":"MODEL","fallback":"NONE","model":"gpt-4o-mini","promptTokens":530,\
                    "completionTokens":44,"checked":true,"text":"...","unsupported":[],\
                    "letter":{"id":"...","version":1,"text":"...","factCheck":{"checked":true,"warnings":[]}},\
                    "etag":"\\"v1\\"","location":"/api/v1/letters/..."}
                    """)))
    @ApiResponse(responseCode = "400", description = "No vacancyId, or an unknown language, tone or length",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "You have no such saved vacancy",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "The vacancy has no text, or your profile has nothing to draw "
            + "evidence from", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "429", description = "Your daily AI budget is spent (only with a model configured); "
            + "sent before the stream starts, with Retry-After", content = @Content(mediaType = PROBLEM))
    SseEmitter stream(AuthenticatedUser user, @Valid @RequestBody DraftRequest request) {
        return letters.stream(user.id(), request);
    }

    @GetMapping
    @Operation(summary = "List your letters", description = "Most recently changed first.")
    List<LetterSummary> list(AuthenticatedUser user) {
        return letters.list(user.id()).stream().map(l -> new LetterSummary(l.id(), l.vacancyId(), l.company(),
                l.role(), l.language(), l.currentVersion(), l.documentId(), l.updatedAt())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a letter", description = "Its current version; the version is in the ETag header.")
    @ApiResponse(responseCode = "404", description = "You have no such letter", content = @Content(mediaType = PROBLEM))
    ResponseEntity<LetterView> get(AuthenticatedUser user, @PathVariable UUID id) {
        LetterView letter = letters.get(user.id(), id);
        return ResponseEntity.ok().eTag(Letters.etag(letter.version())).body(letter);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save an edit as a new version", description = """
            The body as paragraphs or as text (paragraphs separated by blank lines), and optionally the greeting \
            and the close; what is left out stays. Needs the current ETag as If-Match. Answers the new version with \
            the fact check's warnings and the tone findings (without them, and a note, when the analysis service \
            does not answer).""")
    @ApiResponse(responseCode = "200", description = "Saved; the new ETag is in the header")
    @ApiResponse(responseCode = "400", description = "Both paragraphs and text, or a value too long",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "You have no such letter", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "412", description = "The letter changed since it was read",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "No paragraph left", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    ResponseEntity<LetterView> edit(AuthenticatedUser user, @PathVariable UUID id,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody EditRequest edit) {
        LetterView letter = letters.edit(user.id(), id, ifMatch, edit);
        return ResponseEntity.ok().eTag(Letters.etag(letter.version())).body(letter);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "List a letter's versions", description = "Newest first.")
    @ApiResponse(responseCode = "404", description = "You have no such letter", content = @Content(mediaType = PROBLEM))
    List<VersionView> versions(AuthenticatedUser user, @PathVariable UUID id) {
        return letters.versions(user.id(), id).stream().map(LetterController::version).toList();
    }

    @GetMapping("/{id}/versions/{version}")
    @Operation(summary = "Read one version of a letter")
    @ApiResponse(responseCode = "404", description = "You have no such letter or version",
            content = @Content(mediaType = PROBLEM))
    VersionView version(AuthenticatedUser user, @PathVariable UUID id, @PathVariable int version) {
        return version(letters.version(user.id(), id, version));
    }

    @GetMapping("/{id}/diff")
    @Operation(summary = "Compare two versions", description = "A word diff: runs of EQUAL, DELETE and INSERT text "
            + "that, read in order without the deleted runs, give the newer text.")
    @ApiResponse(responseCode = "404", description = "You have no such letter or version",
            content = @Content(mediaType = PROBLEM))
    DiffView diff(AuthenticatedUser user, @PathVariable UUID id, @RequestParam int from, @RequestParam int to) {
        return letters.diff(user.id(), id, from, to);
    }

    @PostMapping("/{id}/versions/{version}/restore")
    @Operation(summary = "Restore a version", description = "Saves that version's text as the next version; "
            + "If-Match is optional here (when sent, it must be current).")
    @ApiResponse(responseCode = "404", description = "You have no such letter or version",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "412", description = "The letter changed since it was read",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<LetterView> restore(AuthenticatedUser user, @PathVariable UUID id, @PathVariable int version,
            @Parameter(description = IF_MATCH) @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        LetterView letter = letters.restore(user.id(), id, version, ifMatch);
        return ResponseEntity.ok().eTag(Letters.etag(letter.version())).body(letter);
    }

    @PostMapping("/{id}/render")
    @Operation(summary = "Render the letter into your documents", description = """
            Renders the current version as PDF, DOCX or TXT in the look of the resume you made for the same \
            vacancy (the classic look without one) and stores it as the next version of the letter's \
            GENERATED_LETTER document (made on the first render). Publishes letter.generated.v1.""")
    @ApiResponse(responseCode = "400", description = "An unknown format", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "You have no such letter", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "503", description = "The document service did not store it",
            content = @Content(mediaType = PROBLEM))
    RenderView render(AuthenticatedUser user, @PathVariable UUID id,
            @Parameter(description = "pdf (the default), docx or txt")
            @RequestParam(defaultValue = "pdf") String format) {
        return letters.render(user.id(), id, format(format));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a letter", description = "With its versions; documents already rendered stay in "
            + "your documents.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "You have no such letter", content = @Content(mediaType = PROBLEM))
    ResponseEntity<Void> delete(AuthenticatedUser user, @PathVariable UUID id) {
        letters.delete(user.id(), id);
        return ResponseEntity.noContent().build();
    }

    private static VersionView version(LetterRows.Version v) {
        return new VersionView(v.version(), v.origin(), v.restoredFrom(), v.createdAt(), v.subject(), v.greeting(),
                v.paragraphs(), v.closing(), v.signature(), LetterText.of(v));
    }

    private static Format format(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "pdf" -> Format.PDF;
            case "docx" -> Format.DOCX;
            case "txt", "text" -> Format.TEXT;
            default -> throw new QhException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    "The format must be one of: pdf, docx, txt.")
                    .with("errors", List.of(new FieldViolation("format", "must be one of: pdf, docx, txt")));
        };
    }
}
