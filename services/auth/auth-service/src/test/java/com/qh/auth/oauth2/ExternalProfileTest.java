package com.qh.auth.oauth2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExternalProfileTest {

    @Test
    void readsVerifiedAddressFromOidcUserInfo() {
        ExternalProfile profile = ExternalProfile.fromOidc(Map.of("sub", "1057", "email", "ada@gmail.com",
                "email_verified", true, "name", "Ada Lovelace"));

        assertThat(profile).isEqualTo(new ExternalProfile("1057", "ada@gmail.com", true, "Ada Lovelace"));
    }

    @Test
    void treatsMissingEmailVerifiedClaimAsUnverified() {
        assertThat(ExternalProfile.fromOidc(Map.of("sub", "1057", "email", "ada@gmail.com")).emailVerified())
                .isFalse();
    }

    @Test
    void picksPrimaryVerifiedGitHubAddress() {
        ExternalProfile profile = ExternalProfile.fromGitHub(gitHubUser(), List.of(
                gitHubEmail("old@example.org", false, true),
                gitHubEmail("ada@example.org", true, true)));

        assertThat(profile.email()).isEqualTo("ada@example.org");
        assertThat(profile.emailVerified()).isTrue();
        assertThat(profile.subject()).isEqualTo("583231");
    }

    @Test
    void gitHubProfileAddressWithoutVerifiedEntryIsUnverified() {
        ExternalProfile profile = ExternalProfile.fromGitHub(gitHubUser(),
                List.of(gitHubEmail("public@example.org", true, false)));

        assertThat(profile.emailVerified()).isFalse();
        assertThat(profile.email()).isEqualTo("public@example.org");
    }

    @Test
    void fallsBackToLoginWhenGitHubUserHasNoName() {
        assertThat(ExternalProfile.fromGitHub(Map.of("id", 1, "login", "octocat"), List.of()).name())
                .isEqualTo("octocat");
    }

    private static Map<String, Object> gitHubUser() {
        return Map.of("id", 583231, "login", "ada", "name", "Ada Lovelace", "email", "public@example.org");
    }

    private static Map<String, Object> gitHubEmail(String email, boolean primary, boolean verified) {
        return Map.of("email", email, "primary", primary, "verified", verified);
    }
}
