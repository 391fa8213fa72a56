package com.qh.auth.oauth2;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.auth.TestAccounts;
import com.qh.auth.api.UserDeleted;
import com.qh.test.ApiClient;
import com.qh.test.ApiClient.Reply;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An account made through Google has no password to prove itself with: without two-factor its owner confirms the
 * deletion by typing the account's e-mail address.
 */
class OAuth2AccountDeletionTest extends MockGoogle {

    @Test
    void anAccountWithoutPasswordConfirmsWithItsAddress() {
        String email = TestAccounts.newEmail();
        Reply signedIn = signInWithGoogle(browser, UUID.randomUUID().toString(), email, true);
        String id = idOf(signedIn);
        ApiClient owner = api.as(signedIn.json().path("accessToken").asString());

        Reply missing = owner.send("DELETE", "/api/v1/auth/me", Map.of());
        Reply mismatch = owner.send("DELETE", "/api/v1/auth/me", Map.of("confirm", "someone@example.org"));
        Reply deleted = owner.send("DELETE", "/api/v1/auth/me", Map.of("confirm", " " + email.toUpperCase() + " "));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.problemType()).isEqualTo("reauthentication-required");
        assertThat(missing.errorFields()).containsExactly("confirm");
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.problemType()).isEqualTo("confirmation-mismatch");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(events.ofType(UserDeleted.class).matching(e -> e.userId().toString().equals(id))).hasSize(1);
        assertThat(owner.get("/api/v1/auth/me").status()).isEqualTo(401);
    }
}
