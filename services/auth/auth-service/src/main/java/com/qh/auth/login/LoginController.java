package com.qh.auth.login;

import com.qh.auth.token.Sessions;
import com.qh.auth.token.TokenPair;
import com.qh.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Sign-in", description = "Sign in, refresh tokens, sign out")
class LoginController {

    private static final String PROBLEM = "application/problem+json";

    private final LoginService logins;
    private final Sessions sessions;

    LoginController(LoginService logins, Sessions sessions) {
        this.logins = logins;
        this.sessions = sessions;
    }

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(summary = "Sign in with e-mail and password",
            description = "Returns a 15-minute access token and a 7-day single-use refresh token. Accounts with "
                    + "two-factor also need totpCode. Repeated failures lock the account for a while.")
    @ApiResponse(responseCode = "200", description = "Signed in", content = @Content(examples = @ExampleObject(
            value = "{\"accessToken\":\"eyJraWQiOi...\",\"refreshToken\":\"q0Zb3Jd1hXo6yV-8mJf2M7rK0a9c1eQy5uTt3Lw"
                    + "S2nE\",\"expiresIn\":900,\"tokenType\":\"Bearer\"}")))
    @ApiResponse(responseCode = "401", description = "Wrong credentials, disabled account, or a two-factor code "
            + "is needed (type .../totp-required)", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(
            value = "{\"type\":\"https://qh.dev/problems/invalid-credentials\",\"status\":401,"
                    + "\"detail\":\"The e-mail address or password is wrong.\"}")))
    @ApiResponse(responseCode = "429", description = "Too many attempts, or the account is locked; see Retry-After",
            content = @Content(mediaType = PROBLEM))
    TokenPair login(@Valid @RequestBody LoginRequest request) {
        return logins.login(request.email(), request.password(), request.totpCode());
    }

    @PostMapping("/refresh")
    @SecurityRequirements
    @Operation(summary = "Exchange a refresh token for new tokens",
            description = "The refresh token is single use: the answer carries its successor. Presenting a used "
                    + "one again ends every session that descends from the same sign-in.")
    @ApiResponse(responseCode = "200", description = "New tokens")
    @ApiResponse(responseCode = "401", description = "Unknown, expired, revoked or reused refresh token",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(
                    value = "{\"type\":\"https://qh.dev/problems/refresh-token-reused\",\"status\":401}")))
    TokenPair refresh(@Valid @RequestBody RefreshRequest request) {
        return sessions.refresh(request.refreshToken());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out",
            description = "Ends this session: its refresh tokens stop working and this access token is refused by "
                    + "every service until it would have expired.")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = PROBLEM))
    void logout(AuthenticatedUser user, @Valid @RequestBody(required = false) LogoutRequest request) {
        sessions.end(user.id(), user.tokenId(), user.tokenExpiresAt(),
                request == null ? null : request.refreshToken());
    }

    @PostMapping("/logout-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Sign out everywhere",
            description = "Ends every session of the account, this one included: all refresh tokens stop working, "
                    + "and the access tokens last handed out to each session and this request's are refused by "
                    + "every service until they would have expired. For a lost phone or a shared computer.")
    @ApiResponse(responseCode = "204", description = "Every session ended")
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "403", description = "A service token: this is for people",
            content = @Content(mediaType = PROBLEM))
    void logoutEverywhere(AuthenticatedUser user) {
        sessions.endEverywhere(user.id(), user.tokenId(), user.tokenExpiresAt());
    }

    record LoginRequest(
            @Schema(example = "ada@example.org") @NotBlank @Email @Size(max = 320) String email,
            @Schema(example = "correct horse battery staple") @NotBlank @Size(max = 128) String password,
            @Schema(example = "492039", description = "Only for accounts with two-factor") @Size(max = 6)
            String totpCode) {

        LoginRequest {
            // Surrounding blanks are forgiven before validation: people paste addresses with them.
            email = email == null ? null : email.strip();
        }
    }

    record RefreshRequest(@Schema(example = "q0Zb3Jd1hXo6yV-8mJf2M7rK0a9c1eQy5uTt3LwS2nE") @NotBlank @Size(max = 200)
            String refreshToken) {
    }

    record LogoutRequest(@Schema(description = "Also end the session of this refresh token") @Size(max = 200)
            String refreshToken) {
    }
}
