package com.qh.launcher.ports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.qh.launcher.AppDefinition;
import com.qh.platform.embedded.ListenerPorts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPortsTest {

    private static final AppDefinition AUTH = service("auth", 8081);
    private static final AppDefinition ANALYSIS = service("analysis", 8086);
    private static final AppDefinition GATEWAY = new AppDefinition("gateway", Path.of("gateway"),
            "com.qh.gateway.GatewayApplication", 8080, true);

    @Test
    void movesServicesWhoseCatalogPortIsTakenToFreePorts() throws Exception {
        int httpPort = BusyPorts.freePort();
        try (BusyPorts busy = BusyPorts.occupy(8081, 8086)) {
            List<AppDefinition> apps = AppPorts.assign(List.of(AUTH, ANALYSIS, GATEWAY), httpPort);

            assertThat(apps).extracting(AppDefinition::name).containsExactly("auth", "analysis", "gateway");
            assertThat(apps.get(0).port()).isNotIn(0, 8081, httpPort);
            assertThat(apps.get(1).port()).isNotIn(0, 8086, httpPort);
            assertThat(apps.get(2).port()).isEqualTo(httpPort);
            assertThat(apps).extracting(AppDefinition::port).doesNotHaveDuplicates();
            assertThat(AppPorts.isFree(apps.get(0).port())).isTrue();
            assertThat(AppPorts.isFree(apps.get(1).port())).isTrue();
        }
    }

    @Test
    void keepsACatalogPortThatIsFreeSoAddressesStayTheSameAcrossRuns() {
        int catalogPort = BusyPorts.freePort();
        AppDefinition profile = service("profile", catalogPort);

        int httpPort = BusyPorts.freePort();
        while (httpPort == catalogPort) {
            httpPort = BusyPorts.freePort();
        }

        List<AppDefinition> apps = AppPorts.assign(List.of(profile, GATEWAY), httpPort);

        assertThat(apps.get(0).port()).isEqualTo(catalogPort);
    }

    @Test
    void neverGivesAServiceTheGatewaysPort() {
        int shared = BusyPorts.freePort();
        AppDefinition clashing = service("profile", shared);

        List<AppDefinition> apps = AppPorts.assign(List.of(clashing, GATEWAY), shared);

        assertThat(apps.get(1).port()).isEqualTo(shared);
        assertThat(apps.get(0).port()).isNotIn(0, shared);
    }

    @Test
    void tellsEveryAppWhereTheOthersActuallyListen() throws Exception {
        int httpPort = BusyPorts.freePort();
        try (BusyPorts busy = BusyPorts.occupy(8081)) {
            List<AppDefinition> apps = AppPorts.assign(List.of(AUTH, GATEWAY), httpPort);

            // What every app gets as qh.services.<name>.url: the gateway's routes, gRPC targets, the JWKS address.
            assertThat(AppPorts.serviceUrls(apps)).containsExactly(
                    Map.entry("auth", "http://localhost:" + apps.get(0).port()),
                    Map.entry("gateway", "http://localhost:" + httpPort));
            assertThat(apps.get(0).port()).isNotEqualTo(8081);
        }
    }

    @Test
    void givesEveryAppOfAPortZeroRunAPortNoOutgoingConnectionCanHaveTaken() {
        ListenerPorts range = ListenerPorts.system();
        assumeTrue(range.high() >= range.low(), "no room outside the ephemeral range here");

        List<AppDefinition> apps = AppPorts.assign(List.of(AUTH, ANALYSIS, GATEWAY), 0);

        assertThat(apps).extracting(AppDefinition::port).doesNotHaveDuplicates()
                .allMatch(port -> port >= range.low() && port <= range.high());
    }

    @Test
    void findsAPortSomeoneListensOnBusy() throws Exception {
        int port = BusyPorts.freePort();
        try (BusyPorts busy = BusyPorts.occupy(port)) {
            assertThat(AppPorts.isFree(port)).isFalse();
        }
        assertThat(AppPorts.isFree(port)).isTrue();
    }

    private static AppDefinition service(String name, int port) {
        return new AppDefinition(name, Path.of("services", name), "com.qh." + name + ".App", port, false);
    }
}
