package com.qh.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QhPlatformTest {

    private static final AppDefinition AUTH = new AppDefinition("auth", Path.of("services/auth/auth-service"),
            "com.qh.auth.AuthApplication", 8081, false);
    private static final AppDefinition GATEWAY = new AppDefinition("gateway", Path.of("gateway"),
            "com.qh.gateway.GatewayApplication", 8080, true);
    private static final Path DATA = Path.of("/srv/qh/data");

    @Test
    void givesServiceItsOwnDatabaseTheBrokerAndEveryAppsAddress() {
        List<String> arguments = QhPlatform.arguments(AUTH, List.of(AUTH, GATEWAY), 5432, 5672, DATA,
                Isolation.PROCESS);

        assertThat(arguments).containsExactly(
                "--server.port=8081",
                "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:postgresql://localhost:5432/auth",
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.minimum-idle=1",
                "--spring.datasource.hikari.idle-timeout=60000",
                "--spring.rabbitmq.host=127.0.0.1",
                "--spring.rabbitmq.port=5672",
                "--spring.rabbitmq.username=guest",
                "--spring.rabbitmq.password=guest",
                "--qh.trusted-proxies=127.0.0.1/32,::1/128",
                "--management.server.port=",
                "--qh.data-dir=/srv/qh/data",
                "--spring.profiles.include=embedded",
                "--qh.services.auth.url=http://localhost:8081",
                "--qh.services.gateway.url=http://localhost:8080");
    }

    @Test
    void sharesTheServicesLibrariesAndTheTaxonomyAmongTheServicesThatCarryIt() {
        AppDefinition vacancy = new AppDefinition("vacancy", Path.of("services/vacancy/vacancy-service"),
                "com.qh.vacancy.VacancyApplication", 8083, false);
        AppDefinition analysis = new AppDefinition("analysis", Path.of("services/analysis/analysis-service"),
                "com.qh.analysis.AnalysisApplication", 8086, false);
        Path logging = Path.of("/m2/qh-platform-logging-0.1.0.jar");
        Path skills = Path.of("/m2/qh-skills-0.1.0.jar");
        Map<String, AppClasspath> classpaths = Map.of(
                "auth", new AppClasspath(List.of(logging)),
                "vacancy", new AppClasspath(List.of(logging, skills)),
                "analysis", new AppClasspath(List.of(skills, logging)),
                "gateway", new AppClasspath(List.of(Path.of("/m2/spring-core.jar"))));

        assertThat(QhPlatform.sharingGroups(List.of(AUTH, vacancy, analysis, GATEWAY), classpaths))
                .containsExactly(Set.of("auth", "vacancy", "analysis"), Set.of("vacancy", "analysis"));
        assertThat(QhPlatform.sharingGroups(List.of(AUTH, vacancy, GATEWAY), classpaths))
                .containsExactly(Set.of("auth", "vacancy"));
    }

    @Test
    void givesGatewayNeitherDatabaseNorBroker() {
        List<String> arguments = QhPlatform.arguments(GATEWAY, List.of(AUTH, GATEWAY), 5432, 5672, DATA,
                Isolation.PROCESS);

        assertThat(arguments).contains("--server.port=8080", "--qh.services.auth.url=http://localhost:8081")
                .noneMatch(argument -> argument.startsWith("--spring.datasource")
                        || argument.startsWith("--spring.rabbitmq"));
    }

    @Test
    void tellsTheGatewayEveryInstanceOfAServiceThatRunsMoreThanOne() {
        AppDefinition profile = new AppDefinition("profile", Path.of("services/profile/profile-service"),
                "com.qh.profile.ProfileApplication", 8082, false);
        assertThat(QhPlatform.instanceArguments(List.of(AUTH, profile, GATEWAY),
                Map.of("profile", List.of(profile.withPort(40001), profile.withPort(40002))))).containsExactly(
                        "--qh.services.profile.instances[0]=http://localhost:8082",
                        "--qh.services.profile.instances[1]=http://localhost:40001",
                        "--qh.services.profile.instances[2]=http://localhost:40002");
        assertThat(QhPlatform.instanceArguments(List.of(AUTH, profile, GATEWAY), Map.of())).isEmpty();
    }

    @Test
    void readsHowManyInstancesOfAServiceToRun() {
        assertThat(LaunchSettings.instances(" profile=2, vacancy = 3 ")).containsExactly(
                Map.entry("profile", 2), Map.entry("vacancy", 3));
        assertThat(LaunchSettings.instances("")).isEmpty();
        assertThatThrownBy(() -> LaunchSettings.instances("profile")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name=count");
        assertThatThrownBy(() -> LaunchSettings.fromEnvironment().with(Isolation.PROCESS).withInstances(
                Map.of("profile", 0))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 8");
    }

    @Test
    void leavesShutdownToLauncherWhenAppsShareItsJvm() {
        assertThat(QhPlatform.arguments(AUTH, List.of(AUTH), 1, 2, DATA, Isolation.CLASSLOADER))
                .contains("--spring.main.register-shutdown-hook=false");
        assertThat(QhPlatform.arguments(AUTH, List.of(AUTH), 1, 2, DATA, Isolation.SHARED))
                .contains("--spring.main.register-shutdown-hook=false");
        assertThat(QhPlatform.arguments(AUTH, List.of(AUTH), 1, 2, DATA, Isolation.PROCESS))
                .noneMatch(argument -> argument.startsWith("--spring.main.register-shutdown-hook"));
    }

    @Test
    void keepsServicesSharingMicrometerOutOfItsJvmWideRegistry() {
        // One copy of Micrometer for every service: its global registry would copy each one's meters into all.
        assertThat(QhPlatform.arguments(AUTH, List.of(AUTH), 1, 2, DATA, Isolation.SHARED))
                .contains("--management.metrics.use-global-registry=false");
        assertThat(QhPlatform.arguments(AUTH, List.of(AUTH), 1, 2, DATA, Isolation.CLASSLOADER))
                .noneMatch(argument -> argument.startsWith("--management.metrics.use-global-registry"));
    }

    @Test
    void givesEachServiceItsOwnSecretAndAuthEveryServicesSecret() {
        AppDefinition profile = new AppDefinition("profile", Path.of("services/profile/profile-service"),
                "com.qh.profile.ProfileApplication", 8082, false);
        java.util.Map<String, String> secrets = QhPlatform.newServiceSecrets(List.of(AUTH, profile, GATEWAY));

        assertThat(secrets).containsOnlyKeys("auth", "profile");
        assertThat(secrets.get("auth")).hasSize(64).isNotEqualTo(secrets.get("profile"));
        assertThat(QhPlatform.serviceCredentials(profile, secrets))
                .containsExactly("--qh.security.service-client.secret=" + secrets.get("profile"));
        assertThat(QhPlatform.serviceCredentials(AUTH, secrets)).contains(
                "--qh.auth.service-clients.profile.secret=" + secrets.get("profile"),
                "--qh.auth.service-clients.auth.secret=" + secrets.get("auth"));
        assertThat(QhPlatform.serviceCredentials(GATEWAY, secrets)).isEmpty();
    }

    @Test
    void keepsEveryServiceOnLoopbackAndOpensOnlyTheGatewayToTheConfiguredAddress() {
        List<AppDefinition> apps = QhPlatform.bindAddresses(List.of(AUTH, GATEWAY), "0.0.0.0");

        assertThat(apps).extracting(AppDefinition::address).containsExactly("127.0.0.1", "0.0.0.0");
        assertThat(QhPlatform.arguments(apps.get(0), apps, 1, 2, DATA, Isolation.CLASSLOADER))
                .contains("--server.address=127.0.0.1");
        assertThat(QhPlatform.arguments(apps.get(1), apps, 1, 2, DATA, Isolation.CLASSLOADER))
                .contains("--server.address=0.0.0.0");
        assertThat(apps.get(1).url()).isEqualTo("http://localhost:8080");
    }

    @Test
    void reachesAGatewayBoundToOneAddressAtThatAddress() {
        assertThat(GATEWAY.withAddress("192.0.2.7").url()).isEqualTo("http://192.0.2.7:8080");
        assertThat(GATEWAY.withAddress("fd00::7").url()).isEqualTo("http://[fd00::7]:8080");
        assertThat(GATEWAY.url()).isEqualTo("http://localhost:8080");
    }

    @Test
    void acceptsOnlyAnIpLiteralAsBindAddress() {
        assertThat(BindAddress.parse(" 0.0.0.0 ")).isEqualTo("0.0.0.0");
        assertThat(BindAddress.parse("[::]")).isEqualTo("::");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> BindAddress.parse("example.org")).withMessageContaining("QH_BIND_ADDRESS");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> BindAddress.parse("999.1.1.1"));
    }

    @Test
    void putsGatewayOnRequestedPortAndLeavesServicesOnTheirs() {
        List<AppDefinition> apps = QhPlatform.assignPorts(List.of(AUTH, GATEWAY), 9000);

        assertThat(apps).extracting(AppDefinition::port).containsExactly(8081, 9000);
    }

    @Test
    void givesEveryAppDistinctFreePortWhenGatewayPortIsZero() {
        List<AppDefinition> apps = QhPlatform.assignPorts(List.of(AUTH, GATEWAY), 0);

        assertThat(apps).extracting(AppDefinition::port).doesNotContain(0, 8080, 8081).doesNotHaveDuplicates();
    }
}
