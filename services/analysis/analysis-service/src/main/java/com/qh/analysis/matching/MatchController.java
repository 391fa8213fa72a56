package com.qh.analysis.matching;

import com.qh.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The explained match of the caller's profile against one of their vacancies, and the history of such matches.
 * Everything is the caller's own: another user's vacancy or match is simply not found.
 */
@RestController
@Validated
@RequestMapping("/api/v1/analysis")
@Tag(name = "Match", description = "Your profile side by side with one of your vacancies: a score 0-100 and its "
        + "parts, one line per requirement with the profile lines that meet it, missing skills (required first) and "
        + "recommendations ranked by how much they would raise the score, in English and Russian.")
class MatchController {

    private static final String PROBLEM = "application/problem+json";

    private final Matches matches;

    MatchController(Matches matches) {
        this.matches = matches;
    }

    @PostMapping("/match")
    @Operation(summary = "Match your profile against a vacancy", description = """
            Answers at once. Without documentId your profile is matched; with one, that resume of yours as parsed \
            (an upload or a generated resume, read from the document service; the parse is kept per content). \
            Recommendations come in the language asked for (language, else the first of Accept-Language that is \
            en or ru), or in both. Each answer is kept: GET /api/v1/analysis/matches lists them.""")
    @ApiResponse(responseCode = "200", description = "The match", content = @Content(examples = @ExampleObject(
            value = """
                    {"id": "8d2f6e1a-3b4c-4d5e-8f90-a1b2c3d4e5f6",
                     "vacancyId": "5f0c3a52-8a4e-4d3e-9c41-1b7d2f0e9a10", "documentId": null,
                     "vacancyTitle": "Java-разработчик (Middle)", "createdAt": "2026-12-04T14:05:00Z",
                     "score": 78,
                     "parts": {"skills": 83, "experience": 100, "education": null, "languages": 50,
                               "location": 100, "salary": null},
                     "requirements": [
                       {"requirement": "Java", "kind": "SKILL", "importance": "MUST", "status": "MET",
                        "evidence": [{"section": "work", "entryId": "w1",
                                      "text": "Разрабатывал платёжный сервис на Java 17 и Spring Boot"}],
                        "skills": ["Java"], "source": "Опыт коммерческой разработки на Java от 3 лет"},
                       {"requirement": "Apache Kafka", "kind": "SKILL", "importance": "PLUS",
                        "status": "MISSING", "evidence": [], "skills": ["Apache Kafka"],
                        "source": "Будет плюсом: Kafka"}],
                     "missingSkills": ["Apache Kafka"],
                     "experienceBySkill": [{"skill": "Java", "years": 4.5, "entryIds": ["w1", "w2"]}],
                     "recommendations": [
                       {"kind": "LEARN", "section": "skills", "entryId": null, "gain": 4.2, "en": null,
                        "ru": "Изучите Apache Kafka: вакансия называет его плюсом."}],
                     "taxonomyVersion": "2026.11", "graphVersion": "2026.11"}""")))
    @ApiResponse(responseCode = "400", description = "No vacancyId, a malformed id or an unknown language",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "You have no such vacancy, or no such document",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = """
                    {"type": "https://qh.dev/problems/not-found", "title": "Not found", "status": 404,
                     "detail": "You have no vacancy 5f0c3a52-8a4e-4d3e-9c41-1b7d2f0e9a10."}""")))
    @ApiResponse(responseCode = "422", description = """
            You have no profile yet (no-profile); or the document is not a resume (not-a-resume: a photo or a \
            cover letter) or cannot be read as one (empty-document, image-only-document, encrypted-document, \
            unreadable-document)""", content = @Content(mediaType = PROBLEM, examples = {
                    @ExampleObject(name = "no-profile", value = """
                            {"type": "https://qh.dev/problems/no-profile", "title": "Request cannot be processed",
                             "status": 422, "detail": "There is no profile to match yet: fill in your profile \
                            first, or match an uploaded resume."}"""),
                    @ExampleObject(name = "not-a-resume", value = """
                            {"type": "https://qh.dev/problems/not-a-resume",
                             "title": "Request cannot be processed", "status": 422,
                             "detail": "Document 3b6f1c2e-9d4a-4e8b-a1f0-52c7d9e8b301 is a photo, not a resume: \
                            choose a resume you uploaded or one QH generated."}""") }))
    @ApiResponse(responseCode = "415", description = "The document is a file type resumes are not read from",
            content = @Content(mediaType = PROBLEM))
    MatchView match(AuthenticatedUser user, @Valid @RequestBody MatchRequest request,
            @Parameter(description = "Used when the request names no language")
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        var stored = matches.match(user.id(), request.vacancyId(), request.documentId());
        return MatchView.of(stored, language(request.language(), acceptLanguage));
    }

    @GetMapping("/matches")
    @Operation(summary = "Your past matches", description = "Newest first; for one vacancy, or all. The 50 newest "
            + "per vacancy are kept.")
    @ApiResponse(responseCode = "200", description = "Newest first", content = @Content(examples = @ExampleObject(
            value = """
                    [{"id": "8d2f6e1a-3b4c-4d5e-8f90-a1b2c3d4e5f6",
                      "vacancyId": "5f0c3a52-8a4e-4d3e-9c41-1b7d2f0e9a10", "documentId": null,
                      "vacancyTitle": "Java-разработчик (Middle)", "createdAt": "2026-12-04T14:05:00Z",
                      "score": 78, "parts": {"skills": 83, "experience": 100, "education": null,
                      "languages": 50, "location": 100, "salary": null}, "missingSkills": ["Apache Kafka"]}]""")))
    List<MatchSummary> history(AuthenticatedUser user,
            @Parameter(description = "Only matches against this vacancy") @RequestParam(required = false)
            UUID vacancyId,
            @Parameter(description = "How many, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(100)
            int limit) {
        return matches.history(user.id(), vacancyId, limit);
    }

    @GetMapping("/matches/{id}")
    @Operation(summary = "One past match, whole", description = "As it was answered, recommendations in the "
            + "language asked for by Accept-Language (en or ru), or in both.")
    @ApiResponse(responseCode = "404", description = "You have no such match", content = @Content(mediaType = PROBLEM))
    MatchView one(AuthenticatedUser user, @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        return MatchView.of(matches.find(user.id(), id), language(null, acceptLanguage));
    }

    /** The language asked for, else the first of Accept-Language that is en or ru, else null for both. */
    static String language(String asked, String acceptLanguage) {
        if (asked != null) {
            return asked;
        }
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return null;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("ru")) {
                    return "ru";
                }
                if (tag.startsWith("en")) {
                    return "en";
                }
            }
        } catch (IllegalArgumentException malformed) {
            return null; // a header no one can read asks for nothing
        }
        return null;
    }
}
