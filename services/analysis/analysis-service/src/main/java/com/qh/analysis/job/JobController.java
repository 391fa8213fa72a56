package com.qh.analysis.job;

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
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Asynchronous analyses: queue one, then poll it until it is done. Only the caller's own jobs exist for them. */
@RestController
@Validated
@RequestMapping("/api/v1/analysis/jobs")
@Tag(name = "Jobs", description = "Analyses that take a while (a resume review, a match) run as jobs: queue one, "
        + "then poll it (progress is also pushed to your open tabs), and the result is mailed to you when it is done "
        + "unless you turned the analysis-results e-mail off. Uploading a resume starts its review by itself.")
class JobController {

    private static final String PROBLEM = "application/problem+json";

    private final Jobs jobs;

    JobController(Jobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping
    @Operation(summary = "Queue an analysis", description = """
            RESUME_REVIEW needs documentId (an uploaded resume): parse, ATS check, tone of summary and bullets, \
            salary estimate. MATCH needs vacancyId (one of your vacancies), and matches your profile, or with \
            documentId an uploaded resume. SALARY estimates the market salary for your profile (as \
            GET /api/v1/analysis/salary/me). Answers 202 with the job and its Location.""")
    @ApiResponse(responseCode = "202", description = "Queued", content = @Content(examples = @ExampleObject(value = """
            {"id": "7c1e4b8a-2f3d-4a6b-9c0d-1e2f3a4b5c6d", "type": "MATCH", "status": "QUEUED", "progress": 0,
             "vacancyId": "5f0c3a52-8a4e-4d3e-9c41-1b7d2f0e9a10", "attempts": 0,
             "createdAt": "2026-12-04T14:05:00Z"}""")))
    @ApiResponse(responseCode = "400", description = "No type, or the id the type needs is missing",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "You have no such vacancy, or no such document",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "415", description = "The document is a file type resumes are not read from",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = """
            No profile (or no title in it) for MATCH or SALARY (no-profile); the document is not a resume \
            (not-a-resume) or cannot be read as one (empty-document, image-only-document, encrypted-document, \
            unreadable-document)""",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = """
                    {"type": "https://qh.dev/problems/no-profile", "title": "Request cannot be processed",
                     "status": 422, "detail": "There is no profile to estimate a salary for yet: fill in your profile first."}""")))
    ResponseEntity<JobView> submit(AuthenticatedUser user, @Valid @RequestBody JobRequest request) {
        JobView job = jobs.submit(user.id(), request);
        return ResponseEntity.accepted().location(URI.create("/api/v1/analysis/jobs/" + job.id())).body(job);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of your jobs", description = "status QUEUED, RUNNING, DONE or FAILED; progress 0-100; "
            + "result when done, problem (a problem document) when failed.")
    @ApiResponse(responseCode = "200", description = "The job", content = @Content(examples = @ExampleObject(value = """
            {"id": "7c1e4b8a-2f3d-4a6b-9c0d-1e2f3a4b5c6d", "type": "RESUME_REVIEW", "status": "DONE",
             "progress": 100, "step": "salary", "documentId": "3b6f1c2e-9d4a-4e8b-a1f0-52c7d9e8b301",
             "attempts": 1, "createdAt": "2026-12-04T14:05:00Z", "startedAt": "2026-12-04T14:05:01Z",
             "finishedAt": "2026-12-04T14:05:03Z",
             "result": {"documentId": "3b6f1c2e-9d4a-4e8b-a1f0-52c7d9e8b301", "parse": {"language": "ru"},
                        "ats": {"score": 82}, "tone": {"findings": []},
                        "salary": {"available": false, "code": "no-market-data",
                                   "reason": "The market store holds no vacancy with a salary to learn from."}}}""")))
    @ApiResponse(responseCode = "404", description = "You have no such job", content = @Content(mediaType = PROBLEM))
    JobView one(AuthenticatedUser user, @PathVariable UUID id) {
        return jobs.find(user.id(), id);
    }

    @GetMapping
    @Operation(summary = "Your recent jobs", description = "Newest first, without results (GET one for its result).")
    List<JobView> recent(AuthenticatedUser user,
            @Parameter(description = "How many, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(100)
            int limit) {
        return jobs.recent(user.id(), limit);
    }
}
