package com.qh.platform.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Every application of QH, read from {@code qh-services.yaml}: the one place a service is declared. The launcher
 * takes its app list from here, the starter turns an entry into the service's (and the gateway's) default
 * properties ({@link #propertiesFor(String)}), and {@code KubernetesManifests} writes deploy/k8s from it.
 *
 * @param services in start order
 */
public record ServiceCatalog(List<ServiceEntry> services) {

    /** The catalog's classpath resource. */
    public static final String RESOURCE = "qh-services.yaml";

    private static final Set<String> KEYS = Set.of("name", "module", "main-class", "port", "edge", "routes",
            "websockets", "public-paths", "api-docs", "database", "resources", "fallback");

    private static final Set<String> RESOURCE_KEYS = Set.of("cpu", "memory", "cpu-limit", "memory-limit");

    /** Checks that names and default ports do not repeat and that at most one application is the edge. */
    public ServiceCatalog {
        services = List.copyOf(services);
        Set<String> names = new HashSet<>();
        Set<Integer> ports = new HashSet<>();
        for (ServiceEntry service : services) {
            if (!names.add(service.name())) {
                throw new IllegalArgumentException("Two services are called " + service.name());
            }
            if (service.defaultPort() != 0 && !ports.add(service.defaultPort())) {
                throw new IllegalArgumentException("Two services have the same port " + service.defaultPort());
            }
        }
        if (services.stream().filter(ServiceEntry::edge).count() > 1) {
            throw new IllegalArgumentException("Only one service can be the edge");
        }
        if (services.stream().filter(ServiceEntry::fallback).count() > 1) {
            throw new IllegalArgumentException("Only one service can take the paths no other route covers");
        }
    }

    /** The catalog that ships in this module's jar. */
    public static ServiceCatalog load() {
        try (InputStream in = ServiceCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a catalog; unknown keys are refused so that a misspelt one is not silently ignored. */
    public static ServiceCatalog parse(String yaml) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> document) || !(document.get("services") instanceof List<?> entries)) {
            throw new IllegalArgumentException("A catalog is a map with a list 'services'");
        }
        List<ServiceEntry> services = new ArrayList<>();
        int index = 0;
        for (Object item : entries) {
            index++;
            if (!(item instanceof Map<?, ?> entry)) {
                throw new IllegalArgumentException("Service " + index + " is not a map");
            }
            try {
                services.add(entry(entry));
            }
            catch (IllegalArgumentException | NullPointerException | ClassCastException e) {
                throw new IllegalArgumentException("Service " + index + " (" + entry.get("name") + "): "
                        + e.getMessage(), e);
            }
        }
        return new ServiceCatalog(services);
    }

    private static ServiceEntry entry(Map<?, ?> entry) {
        Set<Object> unknown = new LinkedHashSet<>(entry.keySet());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown keys " + unknown + ", expected some of " + KEYS);
        }
        boolean edge = flag(entry, "edge", false);
        return new ServiceEntry(text(entry, "name"), text(entry, "module"), text(entry, "main-class"),
                text(entry, "port"), edge, list(entry, "routes"), list(entry, "websockets"),
                list(entry, "public-paths"), flag(entry, "api-docs", true), flag(entry, "database", !edge),
                resources(entry.get("resources")), flag(entry, "fallback", false));
    }

    private static Resources resources(Object value) {
        if (value == null) {
            return Resources.DEFAULT;
        }
        Map<?, ?> map = (Map<?, ?>) value;
        Set<Object> unknown = new LinkedHashSet<>(map.keySet());
        unknown.removeAll(RESOURCE_KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown resource keys " + unknown);
        }
        Resources d = Resources.DEFAULT;
        return new Resources(orDefault(map, "cpu", d.cpu()), orDefault(map, "memory", d.memory()),
                orDefault(map, "cpu-limit", d.cpuLimit()), orDefault(map, "memory-limit", d.memoryLimit()));
    }

    private static String orDefault(Map<?, ?> map, String key, String fallback) {
        Object value = map.get(key);
        return value == null ? fallback : value.toString();
    }

    private static String text(Map<?, ?> entry, String key) {
        Object value = entry.get(key);
        if (value == null) {
            throw new IllegalArgumentException("'" + key + "' is missing");
        }
        return value.toString();
    }

    private static boolean flag(Map<?, ?> entry, String key, boolean fallback) {
        Object value = entry.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean bool)) {
            throw new IllegalArgumentException("'" + key + "' is true or false, not " + value);
        }
        return bool;
    }

    private static List<String> list(Map<?, ?> entry, String key) {
        Object value = entry.get(key);
        if (value == null) {
            return List.of();
        }
        return ((List<?>) value).stream().map(Object::toString).toList();
    }

    /** The entry called {@code name}, if any. */
    public Optional<ServiceEntry> find(String name) {
        return services.stream().filter(service -> service.name().equals(name)).findFirst();
    }

    /** The gateway's entry, if the catalog has one. */
    public Optional<ServiceEntry> edge() {
        return services.stream().filter(ServiceEntry::edge).findFirst();
    }

    /** Every application but the edge. */
    public List<ServiceEntry> backends() {
        return services.stream().filter(service -> !service.edge()).toList();
    }

    /**
     * What the gateway leaves open without a token: its own public paths, then every service's except
     * {@code /internal/**} (which the gateway never routes), each once.
     */
    public List<String> gatewayPublicPaths() {
        Set<String> paths = new LinkedHashSet<>();
        edge().ifPresent(edge -> paths.addAll(edge.publicPaths()));
        for (ServiceEntry service : backends()) {
            service.publicPaths().stream().filter(path -> !path.startsWith("/internal/")).forEach(paths::add);
        }
        return List.copyOf(paths);
    }

    /**
     * The default properties of the application called {@code applicationName} ({@code spring.application.name}):
     * its {@code qh.security.public-paths}; for the edge also every service's {@code qh.services.<name>.url}
     * ({@code http://localhost:<port>}) and {@code qh.gateway.services.<name>.paths / websockets / api-docs} (and
     * {@code .fallback} for the one that takes every other path), and
     * the union of public paths. Empty for a name the catalog does not know. Meant as a low-precedence source:
     * anything set explicitly wins (lists are replaced as a whole, maps merged by key).
     */
    public Map<String, Object> propertiesFor(String applicationName) {
        Map<String, Object> properties = new LinkedHashMap<>();
        Optional<ServiceEntry> found = find(applicationName);
        if (found.isEmpty()) {
            return properties;
        }
        ServiceEntry application = found.get();
        if (!application.edge()) {
            putList(properties, "qh.security.public-paths", application.publicPaths());
            return properties;
        }
        putList(properties, "qh.security.public-paths", gatewayPublicPaths());
        for (ServiceEntry service : backends()) {
            properties.put("qh.services." + service.name() + ".url", service.defaultUrl());
            String prefix = "qh.gateway.services." + service.name();
            putList(properties, prefix + ".paths", service.routes());
            putList(properties, prefix + ".websockets", service.websockets());
            properties.put(prefix + ".api-docs", String.valueOf(service.apiDocs()));
            if (service.fallback()) {
                properties.put(prefix + ".fallback", "true");
            }
        }
        return properties;
    }

    private static void putList(Map<String, Object> properties, String key, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            properties.put(key + "[" + i + "]", values.get(i));
        }
    }
}
