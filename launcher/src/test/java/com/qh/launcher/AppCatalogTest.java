package com.qh.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.platform.catalog.ServiceCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AppCatalogTest {

    private static final ServiceCatalog TWO_APPS = ServiceCatalog.parse("""
            services:
              - name: auth
                module: services/auth/auth-service
                main-class: com.qh.auth.AuthApplication
                port: 8081
              - name: gateway
                module: gateway
                main-class: com.qh.gateway.GatewayApplication
                port: ${QH_HTTP_PORT:8080}
                edge: true
            """);

    @Test
    void startsOneAppPerCatalogEntryInItsOrder() {
        List<AppDefinition> apps = AppCatalog.from(TWO_APPS, name -> null);

        assertThat(apps).containsExactly(
                new AppDefinition("auth", Path.of("services/auth/auth-service"), "com.qh.auth.AuthApplication", 8081,
                        false),
                new AppDefinition("gateway", Path.of("gateway"), "com.qh.gateway.GatewayApplication", 8080, true));
    }

    @Test
    void takesPortFromEnvironmentWhenSet() {
        List<AppDefinition> apps = AppCatalog.from(TWO_APPS, Map.of("QH_HTTP_PORT", "9090")::get);

        assertThat(apps.get(1).port()).isEqualTo(9090);
        assertThat(apps.get(1).url()).isEqualTo("http://localhost:9090");
    }

    @Test
    void refusesAnEnvironmentPortThatClashesWithAnotherApp() {
        assertThatThrownBy(() -> AppCatalog.from(TWO_APPS, Map.of("QH_HTTP_PORT", "8081")::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same port");
    }

    @Test
    void shipsEveryServiceAndTheGatewayAsEdgeLast() {
        List<AppDefinition> apps = AppCatalog.load();

        assertThat(apps).extracting(AppDefinition::name)
                .containsExactly("auth", "profile", "vacancy", "document", "notification", "analysis", "resume",
                        "letter", "web", "gateway");
        assertThat(apps).filteredOn(AppDefinition::edge).extracting(AppDefinition::mainClass)
                .containsExactly("com.qh.gateway.GatewayApplication");
    }

    @Test
    void everyShippedModuleExistsWithItsMainClass() {
        Path root = Path.of("").toAbsolutePath().getParent();

        assertThat(AppCatalog.load()).allSatisfy(app -> assertThat(root.resolve(app.module())
                .resolve("src/main/java").resolve(app.mainClass().replace('.', '/') + ".java")).isRegularFile());
    }

    @Test
    void launcherBuildDependsOnEveryAppItStarts() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        String launcherPom = Files.readString(root.resolve("launcher/pom.xml"));

        assertThat(AppCatalog.load()).allSatisfy(app -> {
            String pom = Files.readString(root.resolve(app.module()).resolve("pom.xml"));
            Matcher artifact = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>").matcher(pom);
            assertThat(artifact.find()).as("artifactId of " + app.module()).isTrue();
            assertThat(launcherPom).contains("<artifactId>" + artifact.group(1) + "</artifactId>");
        });
    }
}
