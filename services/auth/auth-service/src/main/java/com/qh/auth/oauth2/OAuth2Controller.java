package com.qh.auth.oauth2;

import com.qh.auth.token.TokenPair;
import com.qh.platform.security.AuthenticatedUser;
import com.qh.platform.web.Problems;
import com.qh.platform.web.QhException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth/oauth2")
@Validated
@SecurityRequirements
@Tag(name = "Sign-in with Google/GitHub", description = "OAuth2 authorization code flow with PKCE, bound to the "
        + "browser by the __Host-qh_oauth cookie")
class OAuth2Controller {

    private static final String PROBLEM = "application/problem+json";

    private final OAuth2SignIn signIn;
    private final BrowserBinding browser;

    OAuth2Controller(OAuth2SignIn signIn, BrowserBinding browser) {
        this.signIn = signIn;
        this.browser = browser;
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
            description = "Redirects (302) to the provider's consent page with a state and an S256 code challenge, "
                    + "and sets the __Host-qh_oauth cookie (qh_oauth on plain http other than localhost) that the "
                    + "callback needs. The attempt expires after 10 minutes.")
    @ApiResponse(responseCode = "302", description = "Redirect to the provider")
    @ApiResponse(responseCode = "404", description = "The provider is not configured",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<Void> authorize(@Parameter(example = "google") @PathVariable String provider,
            HttpServletRequest request) {
        OAuth2SignIn.Started started = signIn.start(provider, null);
        return ResponseEntity.status(HttpStatus.FOUND).location(started.authorizationUri())
                .header(HttpHeaders.SET_COOKIE, cookie(request, started)).build();
    }

    @PostMapping("/{provider}/link")
    @SecurityRequirement(name = "bearerAuth")
    @Operation(summary = "Start linking a provider to your account",
            description = "For a signed-in user: answers where to send the browser (navigate there, a fetch cannot "
                    + "follow it) and sets the same cookie as /authorize. When the provider sends the browser back "
                    + "to the callback, its identity is linked to this account. The only way to add Google or "
                    + "GitHub sign-in to an existing account.")
    @ApiResponse(responseCode = "200", description = "Where to go", content = @Content(examples = @ExampleObject(
            value = "{\"authorizationUri\":\"https://accounts.google.com/o/oauth2/v2/auth?response_type=code&...\"}"
    )))
    @ApiResponse(responseCode = "401", description = "Not signed in, or the account is disabled",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "404", description = "The provider is not configured",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<LinkStarted> link(@PathVariable String provider, AuthenticatedUser user,
            HttpServletRequest request) {
        OAuth2SignIn.Started started = signIn.start(provider, user.id());
        return ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cookie(request, started))
                .body(new LinkStarted(started.authorizationUri()));
    }

    @GetMapping("/{provider}/callback")
    @Operation(summary = "Finish signing in with (or linking) a provider",
            description = "Where the provider sends the browser back; needs the cookie /authorize or /link set in "
                    + "this browser. Exchanges the code, then: for a link, links the identity (200 {provider, "
                    + "linked}); for a sign-in, signs in the account linked to this identity or a new account "
                    + "(answers like /login). An account with two-factor gets 401 totp-required with a "
                    + "twoFactorToken for POST /oauth2/totp. An existing account with the same address is never "
                    + "linked here: 409 account-exists-link-required.")
    @ApiResponse(responseCode = "200", description = "Signed in (tokens) or linked")
    @ApiResponse(responseCode = "400", description = "Unknown, expired or used state; the cookie is missing or "
            + "does not match (oauth2-browser-mismatch); refused code; or the user declined",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "401", description = "totp-required (with twoFactorToken and expiresIn), or "
            + "account-disabled", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(
            value = "{\"type\":\"https://qh.dev/problems/totp-required\",\"status\":401,\"twoFactorToken\":"
                    + "\"Hk3...\",\"expiresIn\":300}")))
    @ApiResponse(responseCode = "409", description = "account-exists-link-required: sign in to that account and "
            + "link the provider; oauth2-identity-linked-elsewhere when linking",
            content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "502", description = "The provider failed", content = @Content(mediaType = PROBLEM))
    ResponseEntity<Object> callback(@PathVariable String provider,
            @RequestParam(required = false) @Size(max = 2048) String code,
            @RequestParam(required = false) @Size(max = 200) String state,
            @RequestParam(required = false) @Size(max = 200) String error,
            HttpServletRequest request) {
        if (error != null || code == null || state == null) {
            throw new QhException(HttpStatus.BAD_REQUEST, "oauth2-declined", "Sign-in cancelled",
                    "The provider did not complete the sign-in" + (error == null ? "" : " (" + error + ")")
                            + ". Start again.");
        }
        OAuth2SignIn.Outcome outcome = signIn.complete(provider, code, state,
                browser.presented(request).orElse(null));
        // The state is spent: the cookie has done its work.
        String cleared = browser.clear(request).toString();
        return switch (outcome) {
            case OAuth2SignIn.SignedIn signedIn -> ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cleared)
                    .body(signedIn.tokens());
            case OAuth2SignIn.Linked linked -> ResponseEntity.ok().header(HttpHeaders.SET_COOKIE, cleared)
                    .body(new LinkedIdentity(linked.provider(), true));
            case OAuth2SignIn.TwoFactorRequired pending -> {
                // The same problem type as password sign-in answers for its code, plus the token for step two.
                ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "totp-required", "Unauthorized",
                        "This account uses two-factor authentication: send the code from your authenticator app "
                                + "with twoFactorToken to POST /api/v1/auth/oauth2/totp.",
                        Problems.instanceOf(request));
                problem.setProperty("twoFactorToken", pending.twoFactorToken());
                problem.setProperty("expiresIn", pending.expiresIn().toSeconds());
                yield ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.SET_COOKIE, cleared)
                        .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
            }
            case OAuth2SignIn.LinkRequired refused -> throw new IllegalStateException("complete() refuses these");
        };
    }

    @PostMapping("/totp")
    @Operation(summary = "Finish a provider sign-in with the two-factor code",
            description = "Second step after the callback answered 401 totp-required. The token works once and for "
                    + "5 minutes; wrong codes count toward the account's sign-in lockout.")
    @ApiResponse(responseCode = "200", description = "Signed in (tokens as for /login)")
    @ApiResponse(responseCode = "401", description = "invalid-totp-code, invalid-two-factor-step (unknown, expired "
            + "or used token), account-disabled", content = @Content(mediaType = PROBLEM))
    @ApiResponse(responseCode = "429", description = "account-locked, see Retry-After",
            content = @Content(mediaType = PROBLEM))
    TokenPair totp(@Valid @RequestBody TwoFactorRequest request) {
        return signIn.completeTwoFactor(request.twoFactorToken(), request.totpCode());
    }

    private String cookie(HttpServletRequest request, OAuth2SignIn.Started started) {
        return browser.issue(request, started.browserNonce(), started.ttl()).toString();
    }

    record LinkStarted(URI authorizationUri) {
    }

    record LinkedIdentity(String provider, boolean linked) {
    }

    record TwoFactorRequest(
            @Schema(description = "From the 401 totp-required answer of the callback") @NotBlank @Size(max = 200)
            String twoFactorToken,
            @Schema(example = "492039") @NotBlank @Size(max = 6) String totpCode) {
    }
}
