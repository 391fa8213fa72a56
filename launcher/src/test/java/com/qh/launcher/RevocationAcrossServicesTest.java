package com.qh.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.launcher.RunningPlatform.Answer;
import com.qh.launcher.RunningPlatform.User;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A token auth has revoked is refused by every service within a second, not only by auth: after sign-out, after an
 * admin disables the account, and after the account is deleted. Each service verifies tokens itself, so each must
 * learn of the revocation.
 */
@ExtendWith(RunningPlatform.class)
class RevocationAcrossServicesTest {

    /** One read per service that a signed-in user may make. */
    private static final List<String> EVERY_SERVICE = List.of("/api/v1/auth/me", "/api/v1/profile",
            "/api/v1/vacancies", "/api/v1/documents", "/api/v1/notifications", "/api/v1/analysis/jobs");

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    @Test
    void everyServiceRefusesATokenWithinASecondOfSignOut() {
        User user = platform.signUp();
        assertEveryServiceAccepts(user.accessToken());

        Answer logout = platform.send(platform.json("POST", "/api/v1/auth/logout",
                "{\"refreshToken\":\"%s\"}".formatted(user.refreshToken()), user.accessToken()));
        assertThat(logout.status()).isEqualTo(204);

        assertEveryServiceRefusesWithinASecond(user.accessToken());
    }

    @Test
    void everyServiceRefusesADisabledUsersTokenWithinASecond() throws Exception {
        User user = platform.signUp();
        User admin = admin();
        assertEveryServiceAccepts(user.accessToken());

        Answer disabled = platform.send(platform.request("POST",
                "/api/v1/auth/admin/users/" + user.id() + "/disable", admin.accessToken()));
        assertThat(disabled.status()).isBetween(200, 204);

        assertEveryServiceRefusesWithinASecond(user.accessToken());
    }

    @Test
    void everyServiceRefusesADeletedUsersTokenWithinASecond() throws Exception {
        User user = platform.signUp();
        User admin = admin();
        assertEveryServiceAccepts(user.accessToken());

        Answer deleted = platform.send(platform.request("DELETE", "/api/v1/auth/admin/users/" + user.id(),
                admin.accessToken()));
        assertThat(deleted.status()).isBetween(200, 204);

        assertEveryServiceRefusesWithinASecond(user.accessToken());
    }

    private static void assertEveryServiceAccepts(String accessToken) {
        for (String path : EVERY_SERVICE) {
            Answer answer = platform.send(platform.request("GET", path, accessToken));
            assertThat(answer.status()).as("GET %s before revocation: %s", path, answer).isLessThan(300);
        }
    }

    private static void assertEveryServiceRefusesWithinASecond(String accessToken) {
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            for (String path : EVERY_SERVICE) {
                Answer answer = platform.send(platform.request("GET", path, accessToken));
                assertThat(answer.status()).as("GET %s after revocation: %s", path, answer).isEqualTo(401);
            }
        });
    }

    /** A user promoted to admin in auth's database, then signed in again so the new role is in the token. */
    private static User admin() throws Exception {
        User user = platform.signUp();
        try (java.sql.Connection db = DriverManager.getConnection(platform.platform().jdbcUrl("auth"), "postgres",
                "")) {
            db.createStatement().executeUpdate("update user_account set role = 'ADMIN' where id = '" + user.id()
                    + "'");
        }
        return platform.signIn(user.email(), RunningPlatform.PASSWORD);
    }
}
