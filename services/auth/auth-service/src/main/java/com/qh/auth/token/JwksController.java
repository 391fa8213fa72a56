package com.qh.auth.token;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Keys", description = "Public keys that verify QH access tokens")
class JwksController {

    private final SigningKeys keys;

    JwksController(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = "application/json")
    @SecurityRequirements
    @Operation(summary = "JSON Web Key Set",
            description = "The RSA public keys of every signing key whose tokens may still be valid. Tokens name "
                    + "their key in the 'kid' header. Verifiers should refetch on an unknown kid.")
    @ApiResponse(responseCode = "200", description = "The key set", content = @Content(examples = @ExampleObject(
            value = "{\"keys\":[{\"kty\":\"RSA\",\"e\":\"AQAB\",\"use\":\"sig\",\"kid\":\"4f2c...\","
                    + "\"alg\":\"RS256\",\"n\":\"pjdss8ZaDfEH6K6U7GeW2nxDqR4IP049fk1fK0lndimbMMVBdPv...\"}]}")))
    ResponseEntity<Map<String, Object>> jwks() {
        // Short caching: a new key must reach verifiers well before the old one stops being published.
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(keys.published().toJSONObject(true));
    }
}
