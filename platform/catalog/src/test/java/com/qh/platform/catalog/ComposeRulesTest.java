package com.qh.platform.catalog;

import static com.qh.platform.catalog.DeployFiles.at;
import static com.qh.platform.catalog.DeployFiles.composeApplications;
import static com.qh.platform.catalog.DeployFiles.composeEnvironment;
import static com.qh.platform.catalog.DeployFiles.expandDefaults;
import static com.qh.platform.catalog.DeployFiles.list;
import static com.qh.platform.catalog.DeployFiles.map;
import static com.qh.platform.catalog.DeployFiles.yaml;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What deploy/compose.yaml must keep that the catalog cannot say (moved from deploy/check/consistency.py): every
 * variable it requires is in .env.example and nothing there is unused or a real secret; services wait for healthy
 * dependencies; applications run read-only, expose health on a management port of their own, are told which
 * proxies to trust, publish only their main port, and are built into an image named after their module.
 */
class ComposeRulesTest {

    private static final Map<String, Object> SERVICES = at(yaml("compose.yaml"), "services");

    @Test
    void everyRequiredVariableIsListedInEnvExampleAndEveryListedOneIsUsed() {
        Map<String, Boolean> used = DeployFiles.variables(DeployFiles.text("compose.yaml"));
        Map<String, String> example = envExample();

        used.forEach((name, required) -> {
            if (required) {
                assertThat(example).as("compose.yaml requires ${" + name + "}; list it in .env.example")
                        .containsKey(name);
            }
        });
        assertThat(example.keySet()).as(".env.example entries compose.yaml does not use")
                .allMatch(used::containsKey);
        example.forEach((key, value) -> {
            if (key.matches(".*(PASSWORD|SECRET).*") && !value.isEmpty()) {
                assertThat(value.toLowerCase(java.util.Locale.ROOT)).as(key + " in .env.example")
                        .startsWith("change-me");
            }
        });
    }

    @Test
    void servicesWaitForHealthyDependenciesThatHaveAHealthCheck() {
        SERVICES.forEach((name, value) -> {
            Map<String, Object> service = map(value);
            if (!"no".equals(service.get("restart"))) {
                assertThat(service).as(name + " has no healthcheck").containsKey("healthcheck");
            }
            at(service, "depends_on").forEach((dependency, spec) -> {
                assertThat(SERVICES).as(name + " depends on an unknown service").containsKey(dependency);
                Object condition = map(spec).get("condition");
                assertThat(condition).as(name + " waits for " + dependency)
                        .isIn("service_healthy", "service_completed_successfully");
                if ("service_healthy".equals(condition)) {
                    assertThat(map(SERVICES.get(dependency))).as(dependency + " needs a healthcheck")
                            .containsKey("healthcheck");
                }
                if (map(SERVICES.get(dependency)).containsKey("profiles")) {
                    assertThat(service).as(name + " depends on " + dependency + ", which runs in a profile only")
                            .containsKey("profiles");
                }
            });
            for (Object volume : list(service.get("volumes"))) {
                String source = volume.toString().split(":", 2)[0];
                if (source.startsWith(".")) {
                    assertThat(DeployFiles.DEPLOY.resolve(source)).as(name + " mounts " + source).exists();
                }
            }
        });
    }

    @Test
    void applicationsRunReadOnlyWithHealthAndMetricsOnAManagementPortOfTheirOwn() {
        composeApplications().forEach((name, service) -> {
            String port = at(service, "build", "args").get("PORT").toString();
            Map<String, String> environment = composeEnvironment(service);
            String management = environment.getOrDefault("QH_MANAGEMENT_PORT", "");

            assertThat(at(service, "build")).as(name).containsEntry("context", "..")
                    .containsEntry("dockerfile", "deploy/docker/Dockerfile");
            assertThat(service).as(name + " runs like the Kubernetes pods").containsEntry("read_only", true)
                    .containsKey("tmpfs");
            assertThat(management).as(name + ": QH_MANAGEMENT_PORT").matches("[0-9]+").isNotEqualTo(port);
            assertThat(String.join(" ", list(at(service, "healthcheck").get("test")).stream()
                    .map(Object::toString).toList()))
                    .as(name + " probes health on the management port")
                    .contains("127.0.0.1:" + management + "/actuator/health/");
            assertThat(environment.get("QH_TRUSTED_PROXIES")).as(name + ": QH_TRUSTED_PROXIES").isNotBlank();
            for (Object published : list(service.get("ports"))) {
                assertThat(expandDefaults(published)).as(name + " publishes only its main port")
                        .endsWith(":" + port).doesNotEndWith(":" + management);
            }
        });
    }

    @Test
    void everyImageIsNamedAfterItsModulesArtifactAndItsExecJarIsRepackagedOnce() throws Exception {
        for (Map.Entry<String, Map<String, Object>> application : composeApplications().entrySet()) {
            String module = at(application.getValue(), "build", "args").get("MODULE").toString();
            Path pom = DeployFiles.ROOT.resolve(module).resolve("pom.xml");
            assertThat(pom).as(application.getKey() + ": the module's pom").exists();
            String artifact = child(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                    .getDocumentElement(), "artifactId").getTextContent().strip();
            String image = expandDefaults(application.getValue().get("image"));

            assertThat(image.substring(0, image.lastIndexOf(':'))).endsWith("/" + artifact);
            assertRepackagedOnce(DeployFiles.ROOT.resolve(module));
        }
    }

    /**
     * spring-boot-starter-parent repackages in an execution with id {@code repackage}; a second repackage execution
     * with another id repackages the result again into a jar that recurses at start-up (Start-Class: JarLauncher).
     */
    private static void assertRepackagedOnce(Path module) throws Exception {
        for (Path folder = module; folder != null && folder.startsWith(DeployFiles.ROOT); folder = folder.getParent()) {
            Path pom = folder.resolve("pom.xml");
            if (!Files.isRegularFile(pom)) {
                continue;
            }
            NodeList plugins = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile())
                    .getElementsByTagName("plugin");
            for (int i = 0; i < plugins.getLength(); i++) {
                Element plugin = (Element) plugins.item(i);
                Element artifact = child(plugin, "artifactId");
                if (artifact == null || !artifact.getTextContent().strip().equals("spring-boot-maven-plugin")) {
                    continue;
                }
                NodeList executions = plugin.getElementsByTagName("execution");
                for (int j = 0; j < executions.getLength(); j++) {
                    Element execution = (Element) executions.item(j);
                    if (execution.getTextContent().contains("repackage")) {
                        Element id = child(execution, "id");
                        assertThat(id == null ? null : id.getTextContent().strip())
                                .as(pom + ": a repackage execution needs <id>repackage</id>").isEqualTo("repackage");
                    }
                }
            }
        }
    }

    private static Element child(Element parent, String name) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element;
            }
        }
        return null;
    }

    private static Map<String, String> envExample() {
        Map<String, String> values = new LinkedHashMap<>();
        Pattern line = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)");
        try {
            for (String text : Files.readAllLines(DeployFiles.DEPLOY.resolve(".env.example"))) {
                String stripped = text.strip();
                if (stripped.isEmpty() || stripped.startsWith("#")) {
                    continue;
                }
                Matcher matcher = line.matcher(stripped);
                assertThat(matcher.matches()).as(".env.example line is not NAME=value: " + text).isTrue();
                values.put(matcher.group(1), matcher.group(2));
            }
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return values;
    }
}
