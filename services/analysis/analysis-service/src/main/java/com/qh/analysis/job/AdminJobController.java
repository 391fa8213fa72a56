package com.qh.analysis.job;

import com.qh.analysis.api.AnalysisJobStatus;
import com.qh.analysis.api.AnalysisJobType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every user's analysis jobs, for administrators: what waits, what failed and why, and a failed job run again. */
@RestController
@Validated
@PreAuthorize("hasRole('ADMIN')")
@RequestMapping("/api/v1/analysis/admin/jobs")
@Tag(name = "Jobs (administrators)", description = "The job queue of every user: how many jobs wait, run, ended "
        + "and failed, each failed one with its problem and the last error its runs met; a failed job can be queued "
        + "again. Administrators only.")
class AdminJobController {

    private static final String PROBLEM = "application/problem+json";

    private final Jobs jobs;

    AdminJobController(Jobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping
    @Operation(summary = "Every user's jobs", description = "Newest first, without results; counts per status of "
            + "the type asked for (every type when none is) whatever the page shows.")
    AdminJobPage list(@Parameter(description = "QUEUED, RUNNING, DONE or FAILED; any when absent")
            @RequestParam(required = false) AnalysisJobStatus status,
            @Parameter(description = "RESUME_REVIEW, MATCH or SALARY; any when absent")
            @RequestParam(required = false) AnalysisJobType type,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return jobs.adminPage(status, type, page, size);
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Run a failed job again", description = "Queues it from its start with its attempts "
            + "counted afresh; its owner sees it queued and gets its progress and result as for any job.")
    @ApiResponse(responseCode = "200", description = "Queued again; the job as it is now")
    @ApiResponse(responseCode = "404", description = "No such job", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "The job has not failed (job-not-failed)",
            content = @Content(mediaType = PROBLEM))
    AdminJobView retry(@PathVariable UUID id) {
        return jobs.retry(id);
    }
}
