package com.qh.auth.token;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a successful sign-in or refresh answers.
 *
 * @param expiresIn seconds until the access token expires
 */
@Schema(description = "Access and refresh token")
public record TokenPair(
        @Schema(description = "RS256 JWT to send as 'Authorization: Bearer ...'",
                example = "eyJraWQiOiI0ZjJ...") String accessToken,
        @Schema(description = "Opaque; exchange it at /api/v1/auth/refresh. Single use.",
                example = "q0Zb3Jd1hXo6yV-8mJf2M7rK0a9c1eQy5uTt3LwS2nE") String refreshToken,
        @Schema(example = "900") long expiresIn,
        @Schema(example = "Bearer") String tokenType) {
}
