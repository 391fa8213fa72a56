package com.qh.platform.catalog;

import static com.qh.platform.catalog.DeployFiles.at;
import static com.qh.platform.catalog.DeployFiles.documents;
import static com.qh.platform.catalog.DeployFiles.list;
import static com.qh.platform.catalog.DeployFiles.map;
import static com.qh.platform.catalog.DeployFiles.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every QH pod must be, checked once on the template in deploy/k8s/base that all of them are patched from
 * (moved from deploy/check/consistency.py): selectors that match, two replicas, non-root on a read-only root with
 * a writable /tmp, requests and limits, probes and Prometheus annotations on the management port, a Service and a
 * PodDisruptionBudget. Also the hand-written pieces: patches that name their application, the gateway's Ingress and
 * autoscaler, and a Secret template without secrets.
 */
class KubernetesRulesTest {

    private final Map<String, Object> deployment = yaml("k8s/base/deployment.yaml");

    private final Map<String, Object> pod = at(deployment, "spec", "template", "spec");

    private final Map<String, Object> container = map(list(pod.get("containers")).getFirst());

    @Test
    void theTemplateSelectsItsPodsAndHasAServiceAndADisruptionBudgetForThem() {
        Map<String, Object> labels = at(deployment, "spec", "template", "metadata", "labels");

        assertThat(labels).containsAllEntriesOf(at(deployment, "spec", "selector", "matchLabels"));
        assertThat(labels).containsAllEntriesOf(at(yaml("k8s/base/service.yaml"), "spec", "selector"));
        assertThat(labels).containsAllEntriesOf(at(yaml("k8s/base/pdb.yaml"), "spec", "selector", "matchLabels"));
        assertThat((Integer) at(deployment, "spec").get("replicas")).isGreaterThanOrEqualTo(2);
        assertThat(list(yaml("k8s/base/kustomization.yaml").get("resources")))
                .containsExactlyInAnyOrder("deployment.yaml", "service.yaml", "pdb.yaml");
    }

    @Test
    void podsRunAsTheImagesNonRootUserOnAReadOnlyRootWithAWritableTmp() {
        assertThat(at(pod, "securityContext")).containsEntry("runAsNonRoot", true).containsEntry("runAsUser", 10001);
        assertThat(at(container, "securityContext")).containsEntry("readOnlyRootFilesystem", true)
                .containsEntry("allowPrivilegeEscalation", false);
        String tmp = list(container.get("volumeMounts")).stream().map(DeployFiles::map)
                .filter(mount -> "/tmp".equals(mount.get("mountPath"))).map(mount -> mount.get("name").toString())
                .findFirst().orElseThrow(() -> new AssertionError("no volume mounted at /tmp"));
        assertThat(list(pod.get("volumes")).stream().map(DeployFiles::map)
                .filter(volume -> tmp.equals(volume.get("name")))).singleElement()
                .satisfies(volume -> assertThat(volume).containsKey("emptyDir"));
        for (String kind : List.of("requests", "limits")) {
            assertThat(at(container, "resources", kind)).containsKeys("cpu", "memory");
        }
    }

    @Test
    void probesAndMetricsUseTheManagementPortWhichTheServiceNamesButNoIngressRoutesTo() {
        Map<String, Object> ports = portsByName(container);
        assertThat(ports).containsKeys("http", "management");

        Map<String, String> probes = Map.of("startupProbe", "/actuator/health/liveness",
                "livenessProbe", "/actuator/health/liveness", "readinessProbe", "/actuator/health/readiness");
        probes.forEach((probe, path) -> assertThat(at(container, probe, "httpGet")).as(probe)
                .containsEntry("path", path).containsEntry("port", "management"));
        assertThat(at(deployment, "spec", "template", "metadata", "annotations"))
                .containsEntry("prometheus.io/scrape", "true").containsEntry("prometheus.io/path", "/actuator/prometheus")
                .containsEntry("prometheus.io/port", ports.get("management").toString());
        assertThat(list(at(yaml("k8s/base/service.yaml"), "spec").get("ports"))).allSatisfy(port ->
                assertThat(ports).containsKey(map(port).get("targetPort").toString()));

        Map<String, Object> ingress = yaml("k8s/gateway/ingress.yaml");
        assertThat(list(at(ingress, "spec").get("rules"))).allSatisfy(rule ->
                assertThat(list(at(map(rule), "http").get("paths"))).allSatisfy(path -> {
                    Map<String, Object> backend = at(map(path), "backend", "service");
                    assertThat(backend).containsEntry("name", "gateway");
                    assertThat(at(backend, "port")).isEqualTo(Map.of("name", "http"));
                }));
        assertThat(at(yaml("k8s/gateway/hpa.yaml"), "spec", "scaleTargetRef")).containsEntry("kind", "Deployment")
                .containsEntry("name", "gateway");
    }

    @Test
    void everyPatchNamesTheDeploymentAndContainerOfItsFolder() throws IOException {
        try (Stream<Path> files = Files.walk(DeployFiles.DEPLOY.resolve("k8s"))) {
            for (Path patch : files.filter(file -> file.toString().endsWith(".patch.yaml")).toList()) {
                String application = patch.getParent().getFileName().toString();
                for (Map<String, Object> document : documents(DeployFiles.DEPLOY.relativize(patch).toString())) {
                    assertThat(at(document, "metadata")).as(patch.toString()).containsEntry("name", application);
                    assertThat(list(at(document, "spec", "template", "spec").get("containers")))
                            .allSatisfy(named -> assertThat(map(named)).as(patch.toString())
                                    .containsEntry("name", application));
                }
            }
        }
    }

    @Test
    void theSecretTemplateHoldsPlaceholdersOnly() {
        assertThat(documents("k8s/secret.example.yaml")).allSatisfy(secret -> {
            assertThat(secret).as("use stringData placeholders, not data").doesNotContainKey("data");
            at(secret, "stringData").forEach((key, value) -> {
                if (key.matches(".*(PASSWORD|SECRET).*")) {
                    assertThat(value).as(key).isIn("", "CHANGE-ME");
                }
            });
        });
        assertThat(list(yaml("k8s/kustomization.yaml").get("resources"))).doesNotContain("secret.example.yaml");
    }

    private static Map<String, Object> portsByName(Map<String, Object> container) {
        Map<String, Object> ports = new java.util.LinkedHashMap<>();
        list(container.get("ports")).forEach(port -> ports.put(map(port).get("name").toString(),
                map(port).get("containerPort")));
        return ports;
    }
}
