package com.qh.platform.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads deploy/ for the tests that keep it consistent (they replaced deploy/check/consistency.py). */
final class DeployFiles {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    static final Path DEPLOY = ROOT.resolve("deploy");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    private DeployFiles() {
    }

    static String text(String file) {
        try {
            return Files.readString(DEPLOY.resolve(file));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first document of a YAML (or JSON: SnakeYAML reads both) file under deploy/. */
    static Map<String, Object> yaml(String file) {
        return map(yaml().load(text(file)));
    }

    /** Every document of a YAML file under deploy/, blank ones left out. */
    static List<Map<String, Object>> documents(String file) {
        List<Map<String, Object>> documents = new ArrayList<>();
        yaml().loadAll(text(file)).forEach(document -> {
            if (document != null) {
                documents.add(map(document));
            }
        });
        return documents;
    }

    static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    /** Follows a path of keys; missing parts give an empty map. */
    static Map<String, Object> at(Map<String, Object> map, String... keys) {
        Map<String, Object> current = map;
        for (String key : keys) {
            current = map(current.get(key));
        }
        return current;
    }

    /** A compose value as compose reads it with an empty environment: {@code ${A:-b}} is b, others a marker. */
    static String expandDefaults(Object value) {
        Matcher matcher = VARIABLE.matcher(Objects.toString(value, ""));
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String operator = matcher.group(2);
            String replacement = ":-".equals(operator) || "-".equals(operator) ? matcher.group(3)
                    : "<" + matcher.group(1) + ">";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(out).toString();
    }

    /** Every {@code ${NAME...}} in a text, with whether it is required ({@code :?} or {@code ?}). */
    static Map<String, Boolean> variables(String text) {
        Map<String, Boolean> variables = new LinkedHashMap<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            boolean required = matcher.group(2) != null && matcher.group(2).contains("?");
            variables.merge(matcher.group(1), required, Boolean::logicalOr);
        }
        return variables;
    }

    /** compose.yaml's application services: those it builds, by name. */
    static Map<String, Map<String, Object>> composeApplications() {
        Map<String, Map<String, Object>> applications = new LinkedHashMap<>();
        map(yaml("compose.yaml").get("services")).forEach((name, service) -> {
            if (map(service).containsKey("build")) {
                applications.put(name, map(service));
            }
        });
        return applications;
    }

    /** An application's compose environment, defaults expanded. */
    static Map<String, String> composeEnvironment(Map<String, Object> service) {
        Map<String, String> environment = new LinkedHashMap<>();
        map(service.get("environment")).forEach((key, value) -> environment.put(key, expandDefaults(value)));
        return environment;
    }

    static String urlVariable(ServiceEntry service) {
        return "QH_SERVICES_" + service.name().toUpperCase(java.util.Locale.ROOT) + "_URL";
    }
}
