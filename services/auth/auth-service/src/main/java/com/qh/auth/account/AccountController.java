package com.qh.auth.account;

import com.qh.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Account", description = "Sign-up, e-mail verification, passwords, the current user")
class AccountController {

    private static final String PROBLEM = "application/problem+json";

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @Operation(summary = "Create an account",
            description = "The e-mail address is trimmed and lower-cased. A verification link is sent "
                    + "(event user.email-verification-requested.v1); signing in works before verification.")
    @ApiResponse(responseCode = "201", description = "Account created")
    @ApiResponse(responseCode = "400", description = "A field is missing or malformed",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "The address is already registered",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = """
                    {"type":"https://qh.dev/problems/email-taken","title":"Conflict","status":409,
                     "detail":"An account with this e-mail address already exists."}""")))
    @ApiResponse(responseCode = "422", description = "The password breaks the policy",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = """
                    {"type":"https://qh.dev/problems/weak-password","status":422,
                     "detail":"The password is too common; choose something less predictable.",
                     "errors":[{"field":"password","message":"is too common"}]}""")))
    AccountView register(@Valid @RequestBody AccountRequests.Register request) {
        return accounts.register(request);
    }

    @PostMapping("/verify-email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SecurityRequirements
    @Operation(summary = "Confirm an e-mail address", description = "With the single-use token from the link.")
    @ApiResponse(responseCode = "204", description = "Address confirmed")
    @ApiResponse(responseCode = "400", description = "The token is invalid, expired or used",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = """
                    {"type":"https://qh.dev/problems/invalid-token","status":400,
                     "detail":"The link is invalid, expired or already used. Ask for a new one."}""")))
    void verifyEmail(@Valid @RequestBody AccountRequests.VerifyEmail request) {
        accounts.verifyEmail(request.token());
    }

    @PostMapping("/verify-email/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @SecurityRequirements
    @Operation(summary = "Send a new verification link",
            description = "Answers 202 whether or not the address has an unverified account, so nobody can probe "
                    + "which addresses are registered. Earlier links stop working.")
    @ApiResponse(responseCode = "202", description = "Sent if the address has an unverified account")
    void resendVerification(@Valid @RequestBody AccountRequests.EmailOnly request) {
        accounts.resendVerification(request.email());
    }

    @PostMapping("/password/forgot")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @SecurityRequirements
    @Operation(summary = "Ask for a password reset link",
            description = "Answers 202 whether or not the address exists. The link (event "
                    + "user.password-reset-requested.v1) works once, for 30 minutes.")
    @ApiResponse(responseCode = "202", description = "Sent if the address has an account")
    void forgotPassword(@Valid @RequestBody AccountRequests.EmailOnly request) {
        accounts.forgotPassword(request.email());
    }

    @PostMapping("/password/reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SecurityRequirements
    @Operation(summary = "Set a new password with a reset token", description = "Ends every session of the account.")
    @ApiResponse(responseCode = "204", description = "Password changed")
    @ApiResponse(responseCode = "400", description = "The token is invalid, expired or used",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "The new password breaks the policy",
            content = @Content(mediaType = PROBLEM))
    void resetPassword(@Valid @RequestBody AccountRequests.ResetPassword request) {
        accounts.resetPassword(request.token(), request.newPassword());
    }

    @PostMapping("/password/change")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change the password",
            description = "Needs the current password. Every other session ends; this one stays signed in.")
    @ApiResponse(responseCode = "204", description = "Password changed")
    @ApiResponse(responseCode = "401", description = "Not signed in, or the current password is wrong",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "422", description = "The new password breaks the policy",
            content = @Content(mediaType = PROBLEM))
    void changePassword(AuthenticatedUser user, @Valid @RequestBody AccountRequests.ChangePassword request) {
        accounts.changePassword(user.id(), user.tokenId(), request.currentPassword(), request.newPassword());
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user's account")
    @ApiResponse(responseCode = "200", description = "The account", content = @Content(examples = @ExampleObject(
            value = """
                    {"id":"0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11","email":"ada@example.org","displayName":"Ada",
                     "locale":"en","emailVerified":true,"roles":["USER"],"enabled":true,"totpEnabled":false,
                     "hasPassword":true,"createdAt":"2026-01-01T10:00:00Z","lastLoginAt":"2026-01-02T09:00:00Z"}""")))
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = PROBLEM))
    AccountView me(AuthenticatedUser user) {
        return accounts.me(user.id());
    }
}
