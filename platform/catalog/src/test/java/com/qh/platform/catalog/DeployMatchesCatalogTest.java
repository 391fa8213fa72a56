package com.qh.platform.catalog;

import static com.qh.platform.catalog.DeployFiles.at;
import static com.qh.platform.catalog.DeployFiles.composeApplications;
import static com.qh.platform.catalog.DeployFiles.composeEnvironment;
import static com.qh.platform.catalog.DeployFiles.documents;
import static com.qh.platform.catalog.DeployFiles.list;
import static com.qh.platform.catalog.DeployFiles.map;
import static com.qh.platform.catalog.DeployFiles.urlVariable;
import static com.qh.platform.catalog.DeployFiles.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written deploy/ files against the catalog (the Kubernetes kustomizations are generated from it, see
 * {@link GeneratedDeployTest}): every application has its compose service (module, port, image), database and
 * password, Prometheus target, Secret, and the same variables in compose as on Kubernetes; every service behind
 * the gateway its {@code QH_SERVICES_<NAME>_URL} in compose and in the Kubernetes ConfigMap.
 */
class DeployMatchesCatalogTest {

    private final ServiceCatalog catalog = ServiceCatalog.load();

    @Test
    void composeRunsEveryApplicationAsTheCatalogSaysAndNothingElse() {
        Map<String, Map<String, Object>> applications = composeApplications();

        assertThat(applications.keySet()).as("applications compose builds")
                .containsExactlyInAnyOrderElementsOf(catalog.services().stream().map(ServiceEntry::name).toList());
        assertThat(catalog.services()).allSatisfy(app -> {
            Map<String, Object> service = applications.get(app.name());
            assertThat(at(service, "build", "args")).containsEntry("MODULE", app.module())
                    .containsEntry("PORT", String.valueOf(app.defaultPort()));
            assertThat(service.get("image").toString()).contains("/qh-" + app.name() + ":");
            Map<String, String> environment = composeEnvironment(service);
            catalog.backends().forEach(backend -> assertThat(environment)
                    .containsEntry(urlVariable(backend), "http://" + backend.name() + ":" + backend.defaultPort()));
            // The gateway's own address only where an app calls the API through it (the web app).
            assertThat(environment.keySet()).filteredOn(key -> key.matches("QH_SERVICES_[A-Z0-9_]+_URL"))
                    .filteredOn(key -> catalog.edge().map(edge -> !key.equals(urlVariable(edge))).orElse(true))
                    .as(app.name() + ": addresses of services the catalog does not have").hasSize(
                            catalog.backends().size());
            if (app.edge()) {
                assertThat(environment).containsEntry("QH_HTTP_PORT", String.valueOf(app.defaultPort()));
            }
        });
    }

    @Test
    void composeCreatesADatabaseWithItsOwnRoleAndPasswordForEveryServiceThatHasOne() {
        Map<String, Object> init = at(yaml("compose.yaml"), "services", "postgres-init", "environment");
        List<String> databases = List.of(init.get("QH_DATABASES").toString().trim().split("[\\s,]+"));

        assertThat(databases).containsExactlyInAnyOrderElementsOf(
                catalog.services().stream().filter(ServiceEntry::database).map(ServiceEntry::name).toList());
        Map<String, Map<String, Object>> applications = composeApplications();
        assertThat(catalog.services()).allSatisfy(app -> {
            Map<String, String> environment = composeEnvironment(applications.get(app.name()));
            if (!app.database()) {
                assertThat(environment).doesNotContainKey("SPRING_DATASOURCE_URL");
                return;
            }
            String password = "QH_DB_PASSWORD_" + app.name().toUpperCase(Locale.ROOT);
            assertThat(environment)
                    .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://postgres:5432/qh_" + app.name())
                    .containsEntry("SPRING_DATASOURCE_USERNAME", "qh_" + app.name())
                    .containsEntry("SPRING_DATASOURCE_PASSWORD", DeployFiles.expandDefaults(init.get(password)));
            assertThat(init).as("postgres-init's " + password).containsKey(password);
        });
    }

    @Test
    void prometheusScrapesEveryApplicationsManagementPortAndNothingElse() {
        Map<String, Object> qh = list(yaml("prometheus/prometheus.yml").get("scrape_configs")).stream()
                .map(DeployFiles::map).filter(job -> "qh".equals(job.get("job_name"))).findFirst().orElseThrow();
        List<Object> targets = list(qh.get("static_configs")).stream()
                .flatMap(group -> list(map(group).get("targets")).stream()).toList();

        assertThat(qh).containsEntry("metrics_path", "/actuator/prometheus");
        assertThat(targets).containsExactlyInAnyOrderElementsOf(
                catalog.services().stream().map(app -> (Object) (app.name() + ":9090")).toList());
    }

    @Test
    void kubernetesConfigNamesEveryServiceAtItsPortAndNoOther() {
        Map<String, Object> config = at(yaml("k8s/config.yaml"), "data");
        Map<String, Object> expected = new LinkedHashMap<>();
        catalog.backends().forEach(backend ->
                expected.put(urlVariable(backend), "http://" + backend.name() + ":" + backend.defaultPort()));

        Map<String, Object> addresses = new LinkedHashMap<>(config);
        addresses.keySet().removeIf(key -> !key.matches("QH_SERVICES_[A-Z0-9_]+_URL"));
        assertThat(addresses).isEqualTo(expected);
    }

    @Test
    void kubernetesSecretTemplateHasADatabasePasswordForEveryServiceThatHasADatabase() {
        Map<String, Map<String, Object>> secrets = secrets();

        assertThat(catalog.services().stream().filter(ServiceEntry::database)).allSatisfy(app ->
                assertThat(at(secrets.get("qh-" + app.name()), "stringData"))
                        .as("Secret qh-" + app.name() + " in secret.example.yaml")
                        .containsKey("SPRING_DATASOURCE_PASSWORD"));
    }

    @Test
    void composeAndKubernetesGiveEveryApplicationTheSameVariables() throws IOException {
        Map<String, Map<String, Object>> secrets = secrets();
        Set<String> shared = new HashSet<>(at(yaml("k8s/config.yaml"), "data").keySet());
        shared.addAll(at(secrets.get("qh-shared"), "stringData").keySet());

        assertThat(new TreeSet<>(at(yaml("compose.yaml"), "x-qh-env").keySet()))
                .as("compose's x-qh-env against ConfigMap qh-config and Secret qh-shared")
                .isEqualTo(new TreeSet<>(shared));
        Map<String, Map<String, Object>> applications = composeApplications();
        for (ServiceEntry app : catalog.services()) {
            Set<String> kubernetes = new TreeSet<>(shared);
            if (app.database()) {
                kubernetes.addAll(at(secrets.get("qh-" + app.name()), "stringData").keySet());
                kubernetes.addAll(List.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME"));
            }
            if (app.edge()) {
                kubernetes.add("QH_HTTP_PORT");
            }
            kubernetes.addAll(patchedVariables(app.name()));

            assertThat(new TreeSet<>(composeEnvironment(applications.get(app.name())).keySet()))
                    .as(app.name() + ": variables in compose (left) and on Kubernetes").isEqualTo(kubernetes);
        }
    }

    private static Set<String> patchedVariables(String name) throws IOException {
        Set<String> variables = new HashSet<>();
        Path folder = DeployFiles.DEPLOY.resolve("k8s").resolve(name);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path patch : files.filter(file -> file.toString().endsWith(".patch.yaml")).toList()) {
                for (Map<String, Object> document : documents("k8s/" + name + "/" + patch.getFileName())) {
                    list(at(document, "spec", "template", "spec").get("containers")).forEach(container ->
                            list(map(container).get("env")).forEach(env ->
                                    variables.add(map(env).get("name").toString())));
                }
            }
        }
        return variables;
    }

    static Map<String, Map<String, Object>> secrets() {
        Map<String, Map<String, Object>> secrets = new LinkedHashMap<>();
        documents("k8s/secret.example.yaml").forEach(secret -> secrets.put(at(secret, "metadata").get("name")
                .toString(), secret));
        return secrets;
    }
}
