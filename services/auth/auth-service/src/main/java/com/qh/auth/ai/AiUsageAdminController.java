package com.qh.auth.ai;

import com.qh.auth.ai.AiViews.Allowance;
import com.qh.auth.ai.AiViews.BudgetChange;
import com.qh.auth.ai.AiViews.UsageSummary;
import com.qh.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Admin: AI usage", description = "Model tokens used per user, service and feature; daily budgets. "
        + "Admins only.")
class AiUsageAdminController {

    private static final String PROBLEM = "application/problem+json";

    private final AiLedger ledger;

    AiUsageAdminController(AiLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/api/v1/admin/ai/usage")
    @Operation(summary = "AI usage over a range of days",
            description = "Per user, service and feature, summed over from..to (UTC days, both included; by "
                    + "default the last 30 days), most tokens first, with the totals.")
    @ApiResponse(responseCode = "200", description = "The usage", content = @Content(examples = @ExampleObject(
            value = """
                    {"from":"2026-11-05","to":"2026-12-04",
                     "totals":{"promptTokens":12000,"completionTokens":3400,"calls":12},
                     "rows":[{"userId":"0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11","email":"ada@example.org",
                              "service":"resume","feature":"tailor","promptTokens":12000,
                              "completionTokens":3400,"calls":12}]}""")))
    @ApiResponse(responseCode = "400", description = "A malformed date, from after to, or more than 366 days",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = PROBLEM))
    UsageSummary usage(
            @Parameter(description = "First day (UTC), default 29 days before to", example = "2026-11-05")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last day (UTC), default today", example = "2026-12-04")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Only this user") @RequestParam(required = false) UUID userId) {
        return ledger.summary(from, to, userId);
    }

    @PutMapping("/api/v1/auth/admin/users/{id}/ai-budget")
    @Operation(summary = "Set a user's daily AI budget",
            description = "Tokens per UTC day, or null to return the user to the default "
                    + "(qh.auth.ai.daily-token-budget). Audited. The answer is the user's allowance today.")
    @ApiResponse(responseCode = "200", description = "The allowance with the new budget")
    @ApiResponse(responseCode = "400", description = "A negative or absurd number", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = PROBLEM))
    Allowance setBudget(AuthenticatedUser caller, @PathVariable UUID id, @Valid @RequestBody BudgetChange request) {
        return ledger.setBudget(caller.id(), id, request.dailyTokens());
    }
}
