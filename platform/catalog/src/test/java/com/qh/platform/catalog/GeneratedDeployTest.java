package com.qh.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed deploy/k8s kustomizations are exactly what {@link KubernetesManifests} writes from the catalog, so a
 * catalog change cannot ship without its manifests. With {@code -Dqh.deploy.write=true} it writes them first (the
 * regenerate command in deploy/README.md).
 */
class GeneratedDeployTest {

    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    private static final Path K8S = ROOT.resolve("deploy/k8s");

    private static final String REGENERATE = "run ./mvnw -pl platform/catalog verify -Dqh.deploy.write=true to "
            + "regenerate deploy/k8s from the catalog";

    private final KubernetesManifests manifests = KubernetesManifests.forProject(ServiceCatalog.load(), ROOT);

    @Test
    void committedKustomizationsAreWhatTheCatalogGenerates() throws IOException {
        if (Boolean.getBoolean("qh.deploy.write")) {
            manifests.write();
        }

        for (Map.Entry<String, String> file : manifests.render().entrySet()) {
            Path path = K8S.resolve(file.getKey());
            assertThat(path).as(REGENERATE).exists();
            assertThat(Files.readString(path)).as(file.getKey() + ": " + REGENERATE).isEqualTo(file.getValue());
        }
    }

    @Test
    void kubernetesHasNoFolderForAnApplicationTheCatalogDropped() throws IOException {
        Set<String> expected = new HashSet<>(Set.of("base", "monitoring"));
        ServiceCatalog.load().services().forEach(service -> expected.add(service.name()));

        try (Stream<Path> folders = Files.list(K8S)) {
            List<String> found = folders.filter(Files::isDirectory).map(path -> path.getFileName().toString())
                    .toList();
            assertThat(found).as("folders of deploy/k8s; delete one the catalog no longer names")
                    .allMatch(expected::contains);
        }
    }

    @Test
    void generatedApplicationPatchesTheBaseWithItsNamePortSecretAndResources() {
        ServiceCatalog catalog = ServiceCatalog.parse("""
                services:
                  - name: billing
                    module: services/billing/billing-service
                    main-class: com.qh.billing.BillingApplication
                    port: 8099
                    resources: {memory: 2Gi, cpu-limit: "4"}
                  - name: edge
                    module: gateway
                    main-class: com.qh.gateway.GatewayApplication
                    port: ${QH_HTTP_PORT:8080}
                    edge: true
                """);

        Map<String, String> files = new KubernetesManifests(catalog, Path.of("no-such-folder"), "9.9.9").render();

        assertThat(files).containsOnlyKeys("kustomization.yaml", "billing/kustomization.yaml",
                "edge/kustomization.yaml");
        assertThat(files.get("kustomization.yaml")).contains("  - billing\n  - edge\n")
                .contains("  - name: ghcr.io/qh-platform/qh-billing\n    newTag: \"9.9.9\"\n");
        assertThat(files.get("billing/kustomization.yaml")).startsWith(KubernetesManifests.HEADER)
                .contains("  - ../base\n").contains("app.kubernetes.io/name: billing")
                .contains("value: billing\n").contains("value: 8099\n").contains("name: qh-billing")
                .contains("value: jdbc:postgresql://postgres.qh-infra.svc.cluster.local:5432/qh_billing")
                .contains("memory: 2Gi").contains("cpu: \"4\"").contains("cpu: 250m");
        assertThat(files.get("edge/kustomization.yaml")).contains("value: gateway\n")
                .contains("- name: QH_HTTP_PORT\n").contains("value: \"8080\"").doesNotContain("secretRef")
                .doesNotContain("SPRING_DATASOURCE_URL");
    }
}
