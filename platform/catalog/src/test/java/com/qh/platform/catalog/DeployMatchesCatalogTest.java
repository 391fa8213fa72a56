package com.qh.platform.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The hand-written deploy/ files against the catalog, until they are generated from it: every application has its
 * compose service (module, port, image), database, Prometheus target, Kubernetes folder and Service port, and every
 * service behind the gateway its {@code QH_SERVICES_<NAME>_URL} in compose and in the Kubernetes ConfigMap.
 */
class DeployMatchesCatalogTest {

    private static final Path DEPLOY = Path.of("../../deploy");

    private final ServiceCatalog catalog = ServiceCatalog.load();

    @Test
    void composeRunsEveryApplicationAsTheCatalogSays() throws IOException {
        Map<String, Object> services = map(read("compose.yaml").get("services"));

        assertThat(catalog.services()).allSatisfy(app -> {
            Map<String, Object> service = map(services.get(app.name()));
            assertThat(service).as(app.name() + " in compose.yaml").isNotNull();
            Map<String, Object> args = map(map(service.get("build")).get("args"));
            assertThat(args).containsEntry("MODULE", app.module())
                    .containsEntry("PORT", String.valueOf(app.defaultPort()));
            assertThat(service.get("image").toString()).contains("/qh-" + app.name() + ":");
            Map<String, Object> environment = map(service.get("environment"));
            catalog.backends().forEach(backend -> assertThat(environment)
                    .containsEntry(urlVariable(backend), "http://" + backend.name() + ":" + backend.defaultPort()));
        });
        String databases = map(map(services.get("postgres-init")).get("environment")).get("QH_DATABASES").toString();
        assertThat(List.of(databases.split("\\s+"))).containsExactlyInAnyOrderElementsOf(
                catalog.services().stream().filter(ServiceEntry::database).map(ServiceEntry::name).toList());
    }

    @Test
    void prometheusScrapesEveryApplicationsManagementPort() throws IOException {
        String prometheus = Files.readString(DEPLOY.resolve("prometheus/prometheus.yml"));

        assertThat(catalog.services()).allSatisfy(app -> assertThat(prometheus).contains("- " + app.name() + ":9090"));
    }

    @Test
    void kubernetesHasAFolderServicePortAndAddressForEveryApplication() throws IOException {
        Map<String, Object> config = map(read("k8s/config.yaml").get("data"));
        @SuppressWarnings("unchecked")
        List<Object> resources = (List<Object>) read("k8s/kustomization.yaml").get("resources");

        assertThat(catalog.backends()).allSatisfy(backend -> assertThat(config)
                .containsEntry(urlVariable(backend), "http://" + backend.name() + ":" + backend.defaultPort()));
        assertThat(catalog.services()).allSatisfy(app -> {
            assertThat(resources).contains(app.name());
            String service = Files.readString(DEPLOY.resolve("k8s").resolve(app.name()).resolve("service.yaml"));
            assertThat(service).contains("port: " + app.defaultPort());
            String deployment = Files.readString(DEPLOY.resolve("k8s").resolve(app.name()).resolve("deployment.yaml"));
            assertThat(deployment).contains("containerPort: " + app.defaultPort())
                    .contains("/qh-" + app.name() + ":").contains("memory: " + app.resources().memory());
        });
    }

    private static String urlVariable(ServiceEntry service) {
        return "QH_SERVICES_" + service.name().toUpperCase(java.util.Locale.ROOT) + "_URL";
    }

    private static Map<String, Object> read(String file) throws IOException {
        return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(DEPLOY.resolve(file))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
