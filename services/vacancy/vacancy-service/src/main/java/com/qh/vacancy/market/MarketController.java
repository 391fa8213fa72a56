package com.qh.vacancy.market;

import com.qh.platform.security.AuthenticatedUser;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnprocessableException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Market vacancies for salary estimates: bulk import (administrators and services), search and salary figures. */
@RestController
@Validated
@RequestMapping("/api/v1/market")
@Tag(name = "Market", description = "Vacancies on the market, owned by no user: bulk import from hh.ru JSON or CSV, "
        + "search by title, skill and area, and monthly salary percentiles.")
class MarketController {

    private final MarketImport imports;
    private final MarketQuery query;
    private final MarketSync sync;
    private final MarketChanges changes;

    MarketController(MarketImport imports, MarketQuery query, MarketSync sync, MarketChanges changes) {
        this.imports = imports;
        this.query = query;
        this.sync = sync;
        this.changes = changes;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('ADMIN', 'SERVICE')")
    @Operation(summary = "Import market vacancies from a file", description = """
            A JSON array of hh.ru API vacancy objects (or an hh.ru search answer), or a CSV with the columns id, \
            name, employer, area_id, area_name, salary_from, salary_to, salary_currency, salary_gross, experience, \
            key_skills (separated by ;), work_format, published_at, description. Read as a stream; a vacancy seen \
            before is updated; bad records are skipped and listed. Administrators and services only.""")
    ImportReport importFile(Authentication caller,
            @Parameter(description = "The file, .json or .csv") @RequestPart MultipartFile file) throws IOException {
        String original = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "upload"
                : file.getOriginalFilename().strip();
        String name = original.toLowerCase(Locale.ROOT);
        String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase(Locale.ROOT);
        try (InputStream in = file.getInputStream()) {
            if (name.endsWith(".csv") || type.contains("csv")) {
                return imports.csv(in, original, actor(caller));
            }
            if (name.endsWith(".json") || type.contains("json")) {
                return imports.hhJson(in, original, actor(caller));
            }
        }
        throw new UnprocessableException("unsupported-file", "Import a .json file of hh.ru vacancies or a .csv file.");
    }

    @PostMapping("/sync")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Run the hh.ru search import now", description = """
            Starts a pass over the configured queries and areas (qh.vacancy.market.sync.*) in the background, even \
            when the schedule is off, and answers 202 at once: a pass reads every vacancy it finds in full with a \
            pause between reads, minutes in all. What it did is in GET /api/v1/market/imports when it ends. 409 \
            sync-running while a pass (scheduled or asked for) is under way.""")
    @ApiResponse(responseCode = "202", description = "Started")
    @ApiResponse(responseCode = "409", description = "A pass is running already (sync-running)",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<SyncStarted> syncNow(AuthenticatedUser admin) {
        if (!sync.start(admin.id())) {
            MarketSync.Running now = sync.running().orElse(null);
            throw new QhException(HttpStatus.CONFLICT, "sync-running", "Sync running", "An hh.ru sync is running"
                    + (now == null ? "" : " since " + now.since()) + "; its run is in the log when it ends.");
        }
        return ResponseEntity.accepted().body(new SyncStarted(true));
    }

    @GetMapping("/imports")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The runs that filled the market store", description = """
            Newest first: file imports, hh.ru syncs (scheduled ones have no actor) and re-readings after a taxonomy \
            release, each with what it read, added, updated and skipped, the first 50 problems, and why it broke \
            off when it did. Administrators only.""")
    RunPage imports(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return new RunPage(changes.page(page, size), page, size, changes.count(), sync.running().orElse(null));
    }

    /** The user who asked, or null for a service (its token names the service, not a user). */
    private static UUID actor(Authentication caller) {
        try {
            return UUID.fromString(caller.getName());
        } catch (IllegalArgumentException | NullPointerException notAUser) {
            return null;
        }
    }

    /**
     * A page of the runs, with how many there are in all.
     *
     * @param syncRunning the hh.ru sync under way (since when, who started it), absent when none is
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RunPage(List<MarketRun> items, int page, int size, long total,
            @Schema(nullable = true) MarketSync.Running syncRunning) {
    }

    @GetMapping("/vacancies")
    @Operation(summary = "Find market vacancies", description = "By words in the title, a skill's canonical name, "
            + "and an hh.ru area id; newest first.")
    List<MarketQuery.Item> find(@RequestParam(required = false) @Size(max = 200) String title,
            @RequestParam(required = false) @Size(max = 100) String skill,
            @RequestParam(required = false) @Size(max = 20) String area,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return query.find(title, skill, area, page, size);
    }

    @GetMapping("/salaries")
    @Operation(summary = "Monthly salary percentiles of matching market vacancies", description = "Each vacancy "
            + "counts with the middle of its monthly range; only vacancies in the given currency count.")
    MarketQuery.Salaries salaries(@RequestParam(required = false) @Size(max = 200) String title,
            @RequestParam(required = false) @Size(max = 100) String skill,
            @RequestParam(required = false) @Size(max = 20) String area,
            @RequestParam(defaultValue = "RUB") @Pattern(regexp = "[A-Z]{3}") String currency) {
        return query.salaries(title, skill, area, currency);
    }

    /** A sync pass was started. */
    record SyncStarted(boolean started) {
    }
}
