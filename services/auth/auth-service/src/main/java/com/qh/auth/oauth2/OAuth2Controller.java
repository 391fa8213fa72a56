package com.qh.auth.oauth2;

import com.qh.auth.token.TokenPair;
import com.qh.platform.web.QhException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/oauth2")
@Validated
@SecurityRequirements
@Tag(name = "Sign-in with Google/GitHub", description = "OAuth2 authorization code flow with PKCE")
class OAuth2Controller {

    private static final String PROBLEM = "application/problem+json";

    private final OAuth2SignIn signIn;

    OAuth2Controller(OAuth2SignIn signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/providers")
    @Operation(summary = "Providers that are configured", description = "Offer only these on a sign-in page.")
    @ApiResponse(responseCode = "200", description = "Provider names",
            content = @Content(examples = @ExampleObject(value = "[\"github\",\"google\"]")))
    List<String> providers() {
        return signIn.enabledProviders();
    }

    @GetMapping("/{provider}/authorize")
    @Operation(summary = "Start signing in with a provider",
            description = "Redirects (302) to the provider's consent page with a state and an S256 code challenge. "
                    + "The attempt expires after 10 minutes.")
    @ApiResponse(responseCode = "302", description = "Redirect to the provider")
    @ApiResponse(responseCode = "404", description = "The provider is not configured",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<Void> authorize(@Parameter(example = "google") @PathVariable String provider) {
        return ResponseEntity.status(HttpStatus.FOUND).location(signIn.start(provider)).build();
    }

    @GetMapping("/{provider}/callback")
    @Operation(summary = "Finish signing in with a provider",
            description = "Where the provider sends the browser back. Exchanges the code, then signs in the account "
                    + "linked to this provider identity, or the account with the same address when the provider "
                    + "has verified it, or a new account. Answers like /login.")
    @ApiResponse(responseCode = "200", description = "Signed in")
    @ApiResponse(responseCode = "400", description = "Unknown or expired state, refused code, or the user declined",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "409", description = "An account has this address but the provider has not "
            + "verified it", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "502", description = "The provider failed", content = @Content(mediaType = PROBLEM))
    TokenPair callback(@PathVariable String provider,
            @RequestParam(required = false) @Size(max = 2048) String code,
            @RequestParam(required = false) @Size(max = 200) String state,
            @RequestParam(required = false) @Size(max = 200) String error) {
        if (error != null || code == null || state == null) {
            throw new QhException(HttpStatus.BAD_REQUEST, "oauth2-declined", "Sign-in cancelled",
                    "The provider did not complete the sign-in" + (error == null ? "" : " (" + error + ")")
                            + ". Start again.");
        }
        return signIn.complete(provider, code, state);
    }
}
