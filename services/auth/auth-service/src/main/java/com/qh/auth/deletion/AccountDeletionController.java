package com.qh.auth.deletion;

import com.qh.auth.account.PasswordPolicy;
import com.qh.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Account", description = "Sign-up, e-mail verification, passwords, the current user")
class AccountDeletionController {

    private static final String PROBLEM = "application/problem+json";

    private final SelfDeletion deletion;

    AccountDeletionController(SelfDeletion deletion) {
        this.deletion = deletion;
    }

    @DeleteMapping("/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete my account",
            description = "Needs proof once more: the password when the account has one, and the current "
                    + "two-factor code when two-factor is on; an account made through Google or GitHub with "
                    + "neither confirms with its e-mail address as confirm. Wrong answers count toward the sign-in "
                    + "lockout. The account is deleted as an admin would delete it: every session ends and "
                    + "user.deleted.v1 tells every service to erase the user's data (profile, vacancies, documents, "
                    + "analyses, notifications, AI usage).")
    @ApiResponse(responseCode = "204", description = "Deleted; every session has ended")
    @ApiResponse(responseCode = "400", description = "Something the account needs is missing (password, totpCode "
            + "or confirm, named in errors), or confirm is not the account's address",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = """
                    {"type":"https://qh.dev/problems/reauthentication-required","status":400,
                     "detail":"To delete this account, enter its password.",
                     "errors":[{"field":"password","message":"is required"}]}""")))
    @ApiResponse(responseCode = "401", description = "Not signed in, or a wrong password or two-factor code",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(value = """
                    {"type":"https://qh.dev/problems/wrong-password","status":401,
                     "detail":"The password is not correct; the account was not deleted."}""")))
    @ApiResponse(responseCode = "409", description = "The last admin cannot delete their account",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "429", description = "Too many wrong answers: the account is locked for a while",
            content = @Content(mediaType = PROBLEM))
    void deleteMe(AuthenticatedUser user, @Valid @RequestBody(required = false) DeleteRequest request) {
        deletion.delete(user, request == null ? new DeleteRequest(null, null, null) : request);
    }

    /** What proves it is the owner; which fields are needed depends on the account. */
    record DeleteRequest(
            @Schema(example = "correct horse battery staple", description = "Needed when the account has a password")
            @Size(max = PasswordPolicy.MAX_LENGTH) String password,
            @Schema(example = "492039", description = "Needed when two-factor is on")
            @Pattern(regexp = "\\d{6}", message = "must be 6 digits") String totpCode,
            @Schema(example = "ada@example.org", description = "The account's e-mail address, typed out: needed "
                    + "only when the account has neither a password nor two-factor")
            @Size(max = 320) String confirm) {
    }
}
