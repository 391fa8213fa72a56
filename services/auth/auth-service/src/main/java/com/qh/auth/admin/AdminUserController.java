package com.qh.auth.admin;

import com.qh.auth.account.AccountView;
import com.qh.auth.account.Role;
import com.qh.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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

@RestController
@RequestMapping("/api/v1/auth/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@Validated
@Tag(name = "Admin: users", description = "User management. Admins only; others get 403.")
class AdminUserController {

    private static final String PROBLEM = "application/problem+json";

    private final AdminUsers admin;

    AdminUserController(AdminUsers admin) {
        this.admin = admin;
    }

    @GetMapping
    @Operation(summary = "List or search users", description = "Newest first. q matches e-mail or name.")
    @ApiResponse(responseCode = "200", description = "A page of users")
    @ApiResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = PROBLEM))
    UserPage list(@Parameter(example = "ada") @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        var result = admin.search(q, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "createdAt")));
        return new UserPage(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements());
    }

    @GetMapping("/{id}")
    @Operation(summary = "View a user")
    @ApiResponse(responseCode = "200", description = "The user")
    @ApiResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = PROBLEM))
    AccountView view(@PathVariable UUID id) {
        return admin.view(id);
    }

    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable a user", description = "Sign-in is refused and every session ends at once.")
    @ApiResponse(responseCode = "200", description = "The user, now disabled")
    @ApiResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "Admins cannot disable themselves",
            content = @Content(mediaType = PROBLEM))
    AccountView disable(AuthenticatedUser caller, @PathVariable UUID id) {
        return admin.disable(caller.id(), id);
    }

    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a user", description = "Also lifts a sign-in lockout.")
    @ApiResponse(responseCode = "200", description = "The user, now enabled")
    @ApiResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = PROBLEM))
    AccountView enable(AuthenticatedUser caller, @PathVariable UUID id) {
        return admin.enable(caller.id(), id);
    }

    @PutMapping("/{id}/role")
    @Operation(summary = "Change a user's role", description = "The user's sessions end so the new role applies "
            + "at their next sign-in.")
    @ApiResponse(responseCode = "200", description = "The user with the new role")
    @ApiResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "Admins cannot change their own role",
            content = @Content(mediaType = PROBLEM))
    AccountView changeRole(AuthenticatedUser caller, @PathVariable UUID id,
            @Valid @RequestBody RoleChange request) {
        return admin.changeRole(caller.id(), id, request.role());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a user",
            description = "Removes the account and publishes user.deleted.v1; every service then erases the "
                    + "user's data.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "404", description = "No such user", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "Admins cannot delete themselves",
            content = @Content(mediaType = PROBLEM))
    void delete(AuthenticatedUser caller, @PathVariable UUID id) {
        admin.delete(caller.id(), id);
    }

    record RoleChange(@Schema(example = "ADMIN") @NotNull Role role) {
    }

    record UserPage(List<AccountView> items, int page, int size, long total) {
    }
}
