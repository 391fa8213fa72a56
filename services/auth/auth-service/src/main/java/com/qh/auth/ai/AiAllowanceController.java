package com.qh.auth.ai;

import com.qh.auth.ai.AiViews.Allowance;
import com.qh.auth.ai.AiViews.UsageReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * For QH services calling a model for a user, with their service token (role SERVICE, {@code aud} auth; a user's
 * token is 403): the allowance before the call, the tokens spent after it. Under {@code /internal}: not routed by
 * the gateway and not in the OpenAPI document.
 */
@RestController
@RequestMapping("/internal/v1/ai")
@PreAuthorize("hasRole('SERVICE')")
@Tag(name = "AI allowance (internal)", description = "Daily token budgets and usage, for QH services")
class AiAllowanceController {

    private final AiLedger ledger;

    AiAllowanceController(AiLedger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/allowance")
    @Operation(summary = "A user's allowance today (UTC)", description = "budget is the user's own or the default; "
            + "remaining never goes below zero.")
    @ApiResponse(responseCode = "200", description = "The allowance")
    @ApiResponse(responseCode = "403", description = "Not a service token")
    @ApiResponse(responseCode = "404", description = "No such user")
    Allowance allowance(@Parameter(description = "Whose allowance") @RequestParam UUID userId) {
        return ledger.allowance(userId);
    }

    @PostMapping("/usage")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Report one model call", description = "Adds the tokens and one call to today's (UTC) "
            + "row of the user, service and feature; a report whose usageId was already counted is ignored.")
    @ApiResponse(responseCode = "204", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "A field is missing, negative or too long")
    @ApiResponse(responseCode = "403", description = "Not a service token")
    @ApiResponse(responseCode = "404", description = "No such user")
    void usage(@Valid @RequestBody UsageReport report) {
        ledger.record(report);
    }
}
