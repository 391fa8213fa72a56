package com.qh.launcher.ports;

import static com.qh.launcher.PlatformUsers.JSON;
import static com.qh.launcher.PlatformUsers.send;
import static com.qh.launcher.PlatformUsers.signUpAndIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.qh.launcher.AppDefinition;
import com.qh.launcher.LaunchSettings;
import com.qh.launcher.QhPlatform;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: the default run does not need 8081–8090. With auth's and analysis's catalog ports held by another
 * program, the platform (auth, analysis and the gateway, on a gateway port given as a user gives
 * {@code QH_HTTP_PORT}) starts, and a user signs up and in through the gateway and is answered by auth and by
 * analysis, which the launcher moved to free ports and told everyone about.
 */
class BusyServicePortsTest {

    @TempDir
    Path data;

    @Test
    void startsAndServesThroughTheGatewayWhileServicePortsAreTaken() throws Exception {
        int httpPort = BusyPorts.freePort();
        LaunchSettings defaults = LaunchSettings.fromEnvironment();
        LaunchSettings settings = new LaunchSettings(defaults.projectRoot(), data, httpPort, defaults.isolation(),
                defaults.readyTimeout(), defaults.childJvmOptions(), List.of("auth", "analysis", "gateway"),
                AppDefinition.LOOPBACK);
        try (BusyPorts busy = BusyPorts.occupy(8081, 8086);
                QhPlatform platform = QhPlatform.start(settings)) {
            assertThat(platform.gatewayUrl()).isEqualTo("http://localhost:" + httpPort);
            assertThat(platform.url("auth")).isNotEqualTo("http://localhost:8081");
            assertThat(platform.url("analysis")).isNotEqualTo("http://localhost:8086");

            String accessToken = signUpAndIn(platform);

            HttpResponse<String> me = send(platform, "GET", "/api/v1/auth/me", null, accessToken);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(me.body()).path("email").asString()).endsWith("@example.org");

            HttpResponse<String> tone = send(platform, "POST", "/api/v1/analysis/tone",
                    "{\"text\":\"Led a team of five engineers and shipped the payments platform on time.\"}",
                    accessToken);
            assertThat(tone.statusCode()).as(tone.body()).isEqualTo(200);
            assertThat(JSON.readTree(tone.body()).path("language").asString()).isEqualTo("en");
        }
    }
}
