package com.qh.vacancy.vacancy;

import com.qh.platform.security.AuthenticatedUser;
import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.UnprocessableException;
import com.qh.skills.requirements.Requirements;
import com.qh.vacancy.extraction.Extraction;
import com.qh.vacancy.importing.Importer;
import com.qh.vacancy.normalising.Description;
import com.qh.vacancy.normalising.Location;
import com.qh.vacancy.normalising.Salary;
import com.qh.vacancy.normalising.VacancyDraft;
import com.qh.vacancy.normalising.YearsRange;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's vacancies: entered by hand, imported from a link or pasted, each with its requirements and
 * an application tracker. Another user's vacancy is simply not found.
 */
@RestController
@Validated
@RequestMapping("/api/v1/vacancies")
@Tag(name = "Vacancies", description = "Your saved vacancies: import from hh.ru, LinkedIn, any job page or pasted "
        + "text; normalised salary, location and conditions; extracted requirements; the application tracker.")
class VacancyController {

    private final Vacancies vacancies;
    private final Importer importer;
    private final Extraction extraction;

    VacancyController(Vacancies vacancies, Importer importer, Extraction extraction) {
        this.vacancies = vacancies;
        this.importer = importer;
        this.extraction = extraction;
    }

    @GetMapping
    @Operation(summary = "List your vacancies", description = "Newest change first; filter by tracker status and by "
            + "words in the title or company.")
    VacancyPage<VacancySummary> list(AuthenticatedUser user, @RequestParam(required = false) Status status,
            @RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return vacancies.list(user.id(), status, q, page, size);
    }

    @PostMapping
    @Operation(summary = "Enter a vacancy by hand", description = "Its requirements are read from the description.")
    @ApiResponse(responseCode = "201", description = "Saved; Location names it")
    ResponseEntity<VacancyView> create(AuthenticatedUser user, @Valid @RequestBody VacancyRequest request) {
        VacancyView saved = vacancies.save(user.id(), draft(request)).vacancy();
        return ResponseEntity.created(URI.create("/api/v1/vacancies/" + saved.id())).body(saved);
    }

    @PostMapping("/import")
    @Operation(summary = "Import a vacancy from a link, pasted text or pasted HTML", description = """
            hh.ru links are read through the hh.ru API; LinkedIn job links (/jobs/view/...) through the public job \
            page; other links are fetched (public addresses only, 5 redirects, 2 MB, 10 s) and read from their \
            schema.org JobPosting data or, failing that, the page itself. Importing the same hh.ru vacancy or page \
            again updates the vacancy you saved before (200) instead of adding another (201).""")
    @ApiResponse(responseCode = "201", description = "A new vacancy")
    @ApiResponse(responseCode = "200", description = "The vacancy imported from this source before, updated")
    @ApiResponse(responseCode = "422", description = "The link could not be used: blocked address, not a vacancy, "
            + "unsupported site, page too large or not HTML, or hh.ru has no such vacancy")
    @ApiResponse(responseCode = "502", description = "The site or hh.ru did not answer")
    ResponseEntity<VacancyView> importVacancy(AuthenticatedUser user, @Valid @RequestBody ImportRequest request) {
        VacancyDraft draft;
        if (request.url() != null && !request.url().isBlank()) {
            draft = importer.fromUrl(request.url());
        } else if (request.text() != null && !request.text().isBlank()) {
            draft = importer.fromText(request.text(), request.title(), request.company(), request.sourceUrl());
        } else {
            draft = importer.fromHtml(request.html(), request.title(), request.company(), request.sourceUrl());
        }
        Vacancies.Saved saved = vacancies.save(user.id(), draft);
        return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/vacancies/" + saved.vacancy().id())).body(saved.vacancy());
    }

    @PostMapping("/extract")
    @Operation(summary = "Read the requirements of a text without saving it", description = "Skills with the "
            + "sentence each came from, required or a plus; years of experience; education; languages; "
            + "responsibilities.")
    Requirements extract(@Valid @RequestBody ExtractRequest request) {
        return extraction.read(request.text(), List.of());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of your vacancies, whole")
    VacancyView read(AuthenticatedUser user, @PathVariable UUID id) {
        return vacancies.read(user.id(), id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Edit a vacancy", description = "Replaces what you can edit; the source and the tracker stay.")
    VacancyView replace(AuthenticatedUser user, @PathVariable UUID id, @Valid @RequestBody VacancyRequest request) {
        return vacancies.replace(user.id(), id, draft(request));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a vacancy and its tracker history")
    void delete(AuthenticatedUser user, @PathVariable UUID id) {
        vacancies.delete(user.id(), id);
    }

    @PostMapping("/{id}/tracker")
    @Operation(summary = "Record a step of your application", description = "A new status (saved, applied, "
            + "interview, offer, rejected), a note, or both; the vacancy comes back with its whole history.")
    VacancyView track(AuthenticatedUser user, @PathVariable UUID id, @Valid @RequestBody TrackerRequest request) {
        return vacancies.track(user.id(), id, request);
    }

    /** A text to read requirements from. */
    @Schema(example = """
            {"text": "Требования:\\n- опыт с Java от 3 лет\\n- PostgreSQL\\nБудет плюсом: Kafka"}""")
    record ExtractRequest(@NotBlank @Size(max = 100_000) String text) {
    }

    private static VacancyDraft draft(VacancyRequest request) {
        Salary salary = null;
        if (request.salary() != null) {
            var input = request.salary();
            salary = Salary.of(input.from(), input.to(), input.currency(), input.gross(), input.period());
            if (salary == null) {
                throw new UnprocessableException("invalid-currency", "The salary's currency is not an ISO 4217 code.",
                        List.of(new FieldViolation("salary.currency", "is not an ISO 4217 currency code")));
            }
        }
        Location location = request.location() == null ? Location.UNKNOWN
                : new Location(request.location().country(), request.location().city(), null);
        Description description = request.descriptionHtml() != null && !request.descriptionHtml().isBlank()
                ? Description.fromHtml(request.descriptionHtml()) : Description.fromText(request.description());
        YearsRange experience = request.experience() == null ? null
                : new YearsRange(request.experience().min(), request.experience().max());
        return new VacancyDraft("manual", null, request.sourceUrl(), request.title().strip(), request.company(), salary,
                location, request.employment(), request.schedule(), request.workFormat(), experience, description,
                request.keySkills() == null ? List.of() : request.keySkills(), null);
    }
}
