package com.qh.auth.token;

import com.qh.platform.web.FieldViolation;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnauthorizedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service tokens for calls one QH service makes to another on its own behalf (no user request behind them). The
 * service authenticates with HTTP Basic, its name and secret, as an OAuth2 client would with
 * {@code client_secret_basic}. The path is under {@code /internal}: the gateway does not route it.
 */
@RestController
@Tag(name = "Service tokens", description = "Access tokens for QH services, not for people")
class ServiceTokenController {

    static final String PATH = "/internal/v1/auth/service-token";

    private final ServiceClientProperties clients;
    private final AccessTokens accessTokens;
    private final Clock clock;

    ServiceTokenController(ServiceClientProperties clients, AccessTokens accessTokens, Clock clock) {
        this.clients = clients;
        this.accessTokens = accessTokens;
        this.clock = clock;
    }

    record ServiceTokenResponse(String accessToken, long expiresIn, String tokenType) {
    }

    @PostMapping(PATH)
    @SecurityRequirements
    @Operation(summary = "Issue a service token",
            description = "Authenticate with HTTP Basic: the service's name and its secret, and name the service the "
                    + "token is for as audience (form or query parameter, e.g. audience=document). The token has "
                    + "subject service:<name>, role SERVICE and aud=<audience>; user endpoints refuse it, and so does "
                    + "every service it was not issued for.")
    @ApiResponse(responseCode = "200", description = "A signed access token for the service")
    @ApiResponse(responseCode = "400", description = "No audience named")
    @ApiResponse(responseCode = "401", description = "Unknown service or wrong secret")
    @ApiResponse(responseCode = "403", description = "This service may not get tokens for that audience")
    ServiceTokenResponse issue(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
            @RequestParam(name = "audience", required = false) String audience) {
        String[] credentials = basicCredentials(authorization);
        ServiceClientProperties.Client client = clients.serviceClients().get(credentials[0]);
        byte[] expected = client == null || client.secret() == null ? new byte[32]
                : client.secret().getBytes(StandardCharsets.UTF_8);
        // Compared in constant time, and compared even for an unknown name, so timing tells nothing.
        boolean matches = MessageDigest.isEqual(expected, credentials[1].getBytes(StandardCharsets.UTF_8));
        if (client == null || client.secret() == null || client.secret().length() < 32 || !matches) {
            throw new UnauthorizedException("invalid-client", "Unknown service or wrong secret.");
        }
        if (audience == null || audience.isBlank()) {
            throw new QhException(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                    "Field 'audience' is required: name the service the token is for, such as audience=document.")
                    .with("errors", List.of(new FieldViolation("audience", "is required")));
        }
        if (!clients.allows(client, audience)) {
            throw new QhException(HttpStatus.FORBIDDEN, "audience-not-allowed", "Forbidden",
                    "This service may not get tokens for that audience.");
        }
        IssuedAccessToken token = accessTokens.issueForService(credentials[0], audience);
        return new ServiceTokenResponse(token.value(),
                Math.max(0, Duration.between(clock.instant(), token.expiresAt()).toSeconds()), "Bearer");
    }

    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new UnauthorizedException("invalid-client", "Send the service's name and secret with HTTP Basic.");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        }
        catch (IllegalArgumentException notBase64) {
            throw new UnauthorizedException("invalid-client", "The Basic credentials are not valid Base64.");
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new UnauthorizedException("invalid-client", "Send the service's name and secret with HTTP Basic.");
        }
        return new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
    }
}
