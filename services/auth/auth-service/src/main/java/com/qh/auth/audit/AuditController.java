package com.qh.auth.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
@Validated
@Tag(name = "Admin: audit log", description = "Security events, newest first. Admins only.")
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Query security events",
            description = "Sign-ins (succeeded, failed, throttled), lockouts, password and role changes, deletions. "
                    + "Filter by user, type and time range; paged, newest first.")
    @ApiResponse(responseCode = "200", description = "A page of events")
    @ApiResponse(responseCode = "403", description = "The caller is not an admin")
    AuditPage search(
            @Parameter(description = "Only events about this account") @RequestParam(required = false) UUID userId,
            @Parameter(description = "Only events of this type", example = "SIGN_IN_FAILED")
            @RequestParam(required = false) AuditEventType type,
            @Parameter(description = "From this instant (inclusive)", example = "2026-01-01T00:00:00Z")
            @RequestParam(required = false) Instant from,
            @Parameter(description = "Until this instant (exclusive)") @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        var result = audit.search(userId, type, from == null ? Instant.EPOCH : from,
                to == null ? Instant.parse("9999-12-31T00:00:00Z") : to, PageRequest.of(page, size));
        return new AuditPage(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements());
    }

    /** One page of audit events. */
    record AuditPage(List<AuditEventView> items, int page, int size, long total) {
    }
}
