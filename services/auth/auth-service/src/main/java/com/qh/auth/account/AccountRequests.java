package com.qh.auth.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the account endpoints. */
final class AccountRequests {

    /**
     * What a display name may not contain: control characters (NUL cannot even be stored), unpaired surrogates, and
     * the bidi embeddings, overrides and isolates that make a name render as something else. Joiners stay allowed:
     * emoji sequences and several scripts need them.
     */
    static final String NOT_IN_DISPLAY_NAME = "[\\p{Cc}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069]";

    static final String DISPLAY_NAME = "[^\\p{Cc}\\p{Cs}\\u202A-\\u202E\\u2066-\\u2069]*";

    private AccountRequests() {
    }

    /** Surrounding blanks are forgiven before validation: people paste addresses with them. */
    static String trimmed(String email) {
        return email == null ? null : email.strip();
    }

    record Register(
            @Schema(example = "ada@example.org") @NotBlank @Email @VisibleEmail @Size(max = 320) String email,
            @Schema(example = "correct horse battery staple", description = "At least 10 characters, not a common "
                    + "password, not containing the e-mail address") @NotBlank
            @Size(max = PasswordPolicy.MAX_LENGTH) String password,
            @Schema(example = "Ada Lovelace") @NotBlank @Size(max = 100)
            @Pattern(regexp = DISPLAY_NAME, message = "must not contain control characters (such as NUL) or "
                    + "bidirectional overrides") String displayName,
            @Schema(example = "en", description = "BCP 47 language tag for e-mails and documents")
            @Pattern(regexp = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$", message = "must be a language tag such as en "
                    + "or ru-RU") @Size(max = 35) String locale) {

        Register {
            email = trimmed(email);
        }
    }

    record VerifyEmail(@Schema(example = "Xk3v...") @NotBlank @Size(max = 200) String token) {
    }

    record EmailOnly(@Schema(example = "ada@example.org") @NotBlank @Email @Size(max = 320) String email) {

        EmailOnly {
            email = trimmed(email);
        }
    }

    record ResetPassword(
            @Schema(example = "Xk3v...") @NotBlank @Size(max = 200) String token,
            @Schema(example = "a new and long passphrase") @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH)
            String newPassword) {
    }

    record ChangePassword(
            @Schema(example = "correct horse battery staple") @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH)
            String currentPassword,
            @Schema(example = "a new and long passphrase") @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH)
            String newPassword) {
    }
}
