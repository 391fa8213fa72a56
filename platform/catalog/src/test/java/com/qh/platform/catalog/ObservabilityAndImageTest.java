package com.qh.platform.catalog;

import static com.qh.platform.catalog.DeployFiles.at;
import static com.qh.platform.catalog.DeployFiles.list;
import static com.qh.platform.catalog.DeployFiles.map;
import static com.qh.platform.catalog.DeployFiles.yaml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every YAML and JSON file of deploy/ parses, Grafana's provisioning and dashboards fit together, and the one
 * Dockerfile keeps what the manifests rely on (moved from deploy/check/consistency.py).
 */
class ObservabilityAndImageTest {

    @Test
    void everyYamlAndJsonFileUnderDeployParses() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DeployFiles.DEPLOY)) {
            files = walk.filter(Files::isRegularFile).filter(path -> path.toString().matches(".*\\.(ya?ml|json)"))
                    .filter(path -> !path.toString().contains("node_modules")).toList();
        }

        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertThatCode(() -> DeployFiles.yaml().loadAll(Files.readString(file)).forEach(document -> { }))
                    .as(file.toString()).doesNotThrowAnyException();
        }
    }

    @Test
    void dashboardsAreMountedWhereGrafanaLooksAndUseTheProvisionedDataSource() throws IOException {
        Set<Object> uids = new HashSet<>();
        list(yaml("grafana/provisioning/datasources/prometheus.yaml").get("datasources"))
                .forEach(source -> uids.add(map(source).get("uid")));
        List<String> mounts = list(at(yaml("compose.yaml"), "services", "grafana").get("volumes")).stream()
                .map(Object::toString).filter(volume -> volume.startsWith(".")).map(volume -> volume.split(":")[1])
                .toList();
        assertThat(list(yaml("grafana/provisioning/dashboards/qh.yaml").get("providers"))).allSatisfy(provider ->
                assertThat(mounts).contains(at(map(provider), "options").get("path").toString()));

        List<Path> dashboards;
        try (Stream<Path> files = Files.list(DeployFiles.DEPLOY.resolve("grafana/dashboards"))) {
            dashboards = files.filter(path -> path.toString().endsWith(".json")).toList();
        }
        assertThat(dashboards).isNotEmpty();
        Set<Object> dashboardUids = new HashSet<>();
        for (Path path : dashboards) {
            Map<String, Object> dashboard = yaml("grafana/dashboards/" + path.getFileName());
            assertThat(dashboardUids.add(dashboard.get("uid"))).as(path + " needs a unique uid").isTrue();
            List<Object> ids = list(dashboard.get("panels")).stream().map(panel -> map(panel).get("id")).toList();
            assertThat(ids).as(path + ": panels").isNotEmpty().doesNotHaveDuplicates();
            List<Object> sources = new ArrayList<>();
            collectDataSources(dashboard, sources);
            assertThat(sources).as(path + ": data source uids").allSatisfy(uid ->
                    assertThat(uids.contains(uid) || String.valueOf(uid).startsWith("$")).isTrue());
        }
    }

    @Test
    void theDockerfileBuildsOneModuleIntoALayeredNonRootImage() throws IOException {
        String dockerfile = DeployFiles.text("docker/Dockerfile");

        assertThat(dockerfile).contains("-pl \"$MODULE\" -am package -DskipTests")
                .contains("-Djarmode=tools -jar app.jar extract --layers --launcher")
                .contains("USER 10001:10001")
                .contains("/actuator/health/liveness")
                .contains("-XX:MaxRAMPercentage=75")
                .contains("-XX:+ExitOnOutOfMemoryError")
                .contains("org.springframework.boot.loader.launch.JarLauncher");
        assertThat(DeployFiles.DEPLOY.resolve("docker/Dockerfile.dockerignore")).exists();
    }

    private static void collectDataSources(Object node, List<Object> sources) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("datasource") instanceof Map<?, ?> source) {
                sources.add(source.get("uid"));
            }
            map.values().forEach(value -> collectDataSources(value, sources));
        }
        else if (node instanceof List<?> items) {
            items.forEach(item -> collectDataSources(item, sources));
        }
    }
}
