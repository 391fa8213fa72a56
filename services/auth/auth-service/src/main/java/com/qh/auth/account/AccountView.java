package com.qh.auth.account;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account as its owner and admins see it: never the password hash or the TOTP secret. */
@Schema(description = "A user account")
public record AccountView(
        @Schema(example = "0b9f7e0e-5a8e-4e43-9b0c-3b8f2b0f6a11") UUID id,
        @Schema(example = "ada@example.org") String email,
        @Schema(example = "Ada Lovelace") String displayName,
        @Schema(example = "en") String locale,
        boolean emailVerified,
        @Schema(example = "[\"USER\"]") List<String> roles,
        boolean enabled,
        boolean totpEnabled,
        boolean hasPassword,
        Instant createdAt,
        Instant lastLoginAt) {

    public static AccountView of(UserAccount user) {
        return new AccountView(user.id(), user.email(), user.displayName(), user.locale(), user.emailVerified(),
                user.role().claim(), user.enabled(), user.totpEnabled(), user.hasPassword(), user.createdAt(),
                user.lastLoginAt());
    }
}
