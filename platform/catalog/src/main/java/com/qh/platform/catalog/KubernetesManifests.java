package com.qh.platform.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes deploy/k8s's kustomizations from the catalog, so that a service is declared once: the top-level
 * {@code kustomization.yaml} (every application and its image) and one {@code <name>/kustomization.yaml} per
 * application, which takes the one template in {@code deploy/k8s/base} and patches its name, labels, image, port,
 * environment, Secret and resources. What the catalog cannot say stays hand-written beside the generated file and
 * is picked up by name: {@code *.patch.yaml} as strategic-merge patches (vacancy's settings, document's spool
 * volume), any other {@code *.yaml} as resources (the gateway's Ingress and autoscaler).
 *
 * <p>Run {@code ./mvnw -pl platform/catalog verify -Dqh.deploy.write=true} from the project root (or this class's
 * {@code main} with the root as argument) after changing the catalog; {@code GeneratedDeployTest} fails while the
 * committed files differ from what this writes.
 */
public final class KubernetesManifests {

    /** Marks a generated file; the first line of each. */
    public static final String HEADER = "# Generated from platform/catalog/src/main/resources/qh-services.yaml by "
            + "KubernetesManifests: do not edit.\n# Regenerate: ./mvnw -pl platform/catalog verify "
            + "-Dqh.deploy.write=true (see deploy/README.md).\n";

    /** Where the images are published; compose's default {@code QH_IMAGE_REGISTRY}. */
    public static final String REGISTRY = "ghcr.io/qh-platform";

    /** Where every service finds its PostgreSQL; a managed one is pointed at with an overlay. */
    static final String POSTGRES = "postgres.qh-infra.svc.cluster.local:5432";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9/][A-Za-z0-9_./:@-]*");

    private static final Pattern NOT_PLAIN = Pattern.compile("(?i)true|false|yes|no|on|off|y|n|null|~|[0-9._:+eE-]+");

    private final ServiceCatalog catalog;

    private final Path k8s;

    private final String imageTag;

    /**
     * @param catalog the applications
     * @param k8s the deploy/k8s folder: read for the hand-written files beside the generated ones
     * @param imageTag the tag every image is pinned to (the project's version)
     */
    public KubernetesManifests(ServiceCatalog catalog, Path k8s, String imageTag) {
        this.catalog = catalog;
        this.k8s = k8s;
        this.imageTag = imageTag;
    }

    /** The catalog's manifests for the project at {@code root}, tagged with its version. */
    public static KubernetesManifests forProject(ServiceCatalog catalog, Path root) {
        return new KubernetesManifests(catalog, root.resolve("deploy/k8s"), projectVersion(root));
    }

    /** Writes the files into the project whose root is the first argument (default: the working directory). */
    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<Path> written = forProject(ServiceCatalog.load(), root).write();
        written.forEach(path -> System.out.println("wrote " + root.relativize(path)));
    }

    /** Every generated file, relative to deploy/k8s, with its content, in a stable order. */
    public Map<String, String> render() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("kustomization.yaml", topLevel());
        for (ServiceEntry service : catalog.services()) {
            files.put(service.name() + "/kustomization.yaml", application(service));
        }
        return files;
    }

    /** Writes {@link #render()} under deploy/k8s, creating an application's folder when it is new. */
    public List<Path> write() {
        List<Path> written = new ArrayList<>();
        render().forEach((file, content) -> {
            Path path = k8s.resolve(file);
            try {
                Files.createDirectories(path.getParent());
                if (!Files.exists(path) || !Files.readString(path).equals(content)) {
                    Files.writeString(path, content, StandardCharsets.UTF_8);
                    written.add(path);
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return written;
    }

    private String topLevel() {
        StringBuilder out = new StringBuilder(HEADER);
        out.append("""
                # Everything QH runs on Kubernetes: kubectl apply -f secret.yaml && kubectl apply -k deploy/k8s
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                namespace: qh
                labels:
                  - pairs:
                      app.kubernetes.io/part-of: qh
                    includeSelectors: false
                    includeTemplates: true
                resources:
                  - namespace.yaml
                  - config.yaml
                """);
        catalog.services().forEach(service -> out.append("  - ").append(service.name()).append('\n'));
        out.append("# Pin the images to a release in an overlay: kustomize edit set image ")
                .append(REGISTRY).append("/qh-auth:1.2.3\nimages:\n");
        catalog.services().forEach(service -> out.append("  - name: ").append(image(service))
                .append("\n    newTag: ").append(scalar(imageTag)).append('\n'));
        return out.toString();
    }

    private String application(ServiceEntry service) {
        String name = service.name();
        String container = "/spec/template/spec/containers/0";
        StringBuilder out = new StringBuilder(HEADER);
        out.append("# ").append(name).append(": ").append(service.module()).append(", port ")
                .append(service.defaultPort()).append(".\n");
        out.append("""
                apiVersion: kustomize.config.k8s.io/v1beta1
                kind: Kustomization
                resources:
                  - ../base
                """);
        List<String> extras = extras(name);
        extras.stream().filter(file -> !file.endsWith(".patch.yaml"))
                .forEach(file -> out.append("  - ").append(file).append('\n'));
        out.append("labels:\n  - pairs:\n      app.kubernetes.io/name: ").append(name)
                .append("\n    includeSelectors: true\n");
        out.append("patches:\n");
        patch(out, "(Deployment|Service|PodDisruptionBudget)", "app",
                List.of(replace("/metadata/name", name)));

        List<String> deployment = new ArrayList<>();
        if (service.edge()) {
            deployment.add(replace("/metadata/labels/app.kubernetes.io~1component", "gateway"));
            deployment.add(replace("/spec/template/metadata/labels/app.kubernetes.io~1component", "gateway"));
        }
        deployment.add(replace("/spec/template/spec/topologySpreadConstraints/0/labelSelector/matchLabels/"
                + "app.kubernetes.io~1name", name));
        deployment.add(replace(container + "/name", name));
        deployment.add(replace(container + "/image", image(service)));
        deployment.add(replace(container + "/ports/0/containerPort", service.defaultPort()));
        if (service.database()) {
            deployment.add(op("add", container + "/envFrom/-", "\n  secretRef:\n    name: qh-" + name));
        }
        deployment.add(op("add", container + "/env", env(service)));
        Resources resources = service.resources();
        deployment.add(op("replace", container + "/resources", "\n  requests:\n    cpu: " + scalar(resources.cpu())
                + "\n    memory: " + scalar(resources.memory()) + "\n  limits:\n    cpu: "
                + scalar(resources.cpuLimit()) + "\n    memory: " + scalar(resources.memoryLimit())));
        patch(out, "Deployment", name, deployment);
        patch(out, "Service", name, List.of(replace("/spec/ports/0/port", service.defaultPort())));
        extras.stream().filter(file -> file.endsWith(".patch.yaml"))
                .forEach(file -> out.append("  - path: ").append(file).append('\n'));
        return out.toString();
    }

    private static String env(ServiceEntry service) {
        Map<String, String> env = new LinkedHashMap<>();
        if (service.edge()) {
            env.put("QH_HTTP_PORT", String.valueOf(service.defaultPort()));
        }
        if (service.database()) {
            env.put("SPRING_DATASOURCE_URL", "jdbc:postgresql://" + POSTGRES + "/qh_" + service.name());
            env.put("SPRING_DATASOURCE_USERNAME", "qh_" + service.name());
        }
        StringBuilder value = new StringBuilder();
        env.forEach((key, text) -> value.append("\n  - name: ").append(key).append("\n    value: ")
                .append(scalar(text)));
        return env.isEmpty() ? " []" : value.toString();
    }

    private static void patch(StringBuilder out, String kind, String name, List<String> operations) {
        out.append("  - target:\n      kind: ").append(kind).append("\n      name: ").append(name)
                .append("\n    patch: |-\n");
        for (String operation : operations) {
            operation.lines().forEach(line -> out.append("      ").append(line).append('\n'));
        }
    }

    private static String replace(String path, Object value) {
        return op("replace", path, " " + (value instanceof Integer number ? number.toString()
                : scalar(value.toString())));
    }

    /** One JSON6902 operation; {@code value} starts with a space (a scalar) or a newline (a block). */
    private static String op(String op, String path, String value) {
        return "- op: " + op + "\n  path: " + path + "\n  value:" + value.replace("\n", "\n  ");
    }

    private String image(ServiceEntry service) {
        return REGISTRY + "/qh-" + service.name();
    }

    /** YAML for a string: plain when it cannot be read as anything else, double-quoted otherwise. */
    static String scalar(String value) {
        if (PLAIN.matcher(value).matches() && !NOT_PLAIN.matcher(value).matches()) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private List<String> extras(String name) {
        Path folder = k8s.resolve(name);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".yaml") && !file.equals("kustomization.yaml")).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version in the root pom.xml: {@code <version>} right after {@code <artifactId>qh</artifactId>}. */
    static String projectVersion(Path root) {
        try {
            String pom = Files.readString(root.resolve("pom.xml"));
            var matcher = Pattern.compile("<artifactId>qh</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
            if (!matcher.find()) {
                throw new IllegalStateException("No <version> after <artifactId>qh</artifactId> in " + root);
            }
            return matcher.group(1).strip();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
