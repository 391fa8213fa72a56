package com.qh.auth.totp;

import com.qh.platform.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/2fa/totp")
@Tag(name = "Two-factor", description = "Optional TOTP second factor (authenticator apps)")
class TotpController {

    private static final String PROBLEM = "application/problem+json";

    private final TwoFactor twoFactor;

    TotpController(TwoFactor twoFactor) {
        this.twoFactor = twoFactor;
    }

    @PostMapping
    @Operation(summary = "Start enrolment",
            description = "Returns a new secret and its otpauth:// URI (show it as a QR code). Two-factor is on "
                    + "only after /confirm with a code from the app.")
    @ApiResponse(responseCode = "200", description = "The secret", content = @Content(examples = @ExampleObject(
            value = "{\"secret\":\"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP\",\"otpauthUri\":\"otpauth://totp/QH:ada%40"
                    + "example.org?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=QH&algorithm=SHA1&digits=6&"
                    + "period=30\"}")))
    @ApiResponse(responseCode = "409", description = "Two-factor is already on", content = @Content(mediaType = PROBLEM))
    TwoFactor.TotpEnrolment enrol(AuthenticatedUser user) {
        return twoFactor.enrol(user.id());
    }

    @PostMapping("/confirm")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Confirm enrolment with a code", description = "From now on sign-in asks for a code.")
    @ApiResponse(responseCode = "204", description = "Two-factor is on")
    @ApiResponse(responseCode = "400", description = "Wrong code", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "Nothing to confirm", content = @Content(mediaType = PROBLEM))
    void confirm(AuthenticatedUser user, @Valid @RequestBody CodeRequest request) {
        twoFactor.confirm(user.id(), request.code());
    }

    @PostMapping("/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Turn two-factor off", description = "Needs a current code, so a stolen session cannot.")
    @ApiResponse(responseCode = "204", description = "Two-factor is off")
    @ApiResponse(responseCode = "400", description = "Wrong code", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "Two-factor was not on", content = @Content(mediaType = PROBLEM))
    void disable(AuthenticatedUser user, @Valid @RequestBody CodeRequest request) {
        twoFactor.disable(user.id(), request.code());
    }

    record CodeRequest(
            @Schema(example = "492039") @NotBlank @Pattern(regexp = "\\d{6}", message = "must be 6 digits")
            String code) {
    }
}
