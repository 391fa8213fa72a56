package com.qh.launcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the launcher needs to know, all with working defaults. Each setting is read from a system property or,
 * failing that, the environment variable of the same name in upper case with {@code _} for {@code .} and
 * {@code -} ({@code qh.launcher.isolation} = {@code QH_LAUNCHER_ISOLATION}).
 *
 * @param projectRoot the reactor's root, where the applications' modules are ({@code qh.project-root}; found by
 *        walking up from the working directory)
 * @param dataDirectory where all state lives ({@code qh.data-dir}, default {@code ./data} under the project root)
 * @param httpPort the gateway's port ({@code qh.http-port}, default 8080); 0 puts every application on a free port
 *        (otherwise a service whose catalog port is taken moves to a free one, see {@code AppPorts})
 * @param isolation a class loader per application, over one of the services' shared libraries or not, or a child
 *        JVM per application ({@code qh.launcher.isolation})
 * @param readyTimeout how long all applications together may take to become ready
 *        ({@code qh.launcher.ready-timeout}, seconds, default 180)
 * @param childJvmOptions JVM options of each child in process isolation ({@code qh.launcher.jvm-options},
 *        space-separated)
 * @param apps the names of the applications to start ({@code qh.launcher.apps}, comma-separated); empty for all
 * @param bindAddress the address the gateway listens on ({@code qh.bind-address}, {@code QH_BIND_ADDRESS}; default
 *        {@code 127.0.0.1}); {@code 0.0.0.0} opens it to the network. The services behind it always stay on
 *        loopback.
 * @param instances how many instances of a service to run, by name, for those that need more than one
 *        ({@code qh.launcher.instances}, {@code profile=2,vacancy=2}); the gateway spreads requests over them and
 *        retries an idempotent read on another when one is gone. Meant for process isolation, where an instance
 *        can fail alone.
 */
public record LaunchSettings(Path projectRoot, Path dataDirectory, int httpPort, Isolation isolation,
        Duration readyTimeout, List<String> childJvmOptions, List<String> apps, String bindAddress,
        Map<String, Integer> instances) {

    /** The most instances of one service the launcher starts on one machine. */
    static final int MAX_INSTANCES = 8;

    /**
     * Chosen by measurement: see docs/benchmarks.md, "Launcher: start-up and memory" and "The shared loader landed".
     */
    public static final Isolation DEFAULT_ISOLATION = Isolation.SHARED;

    /** Keeps paths absolute and the list unmodifiable. */
    public LaunchSettings {
        projectRoot = projectRoot.toAbsolutePath().normalize();
        dataDirectory = dataDirectory.toAbsolutePath().normalize();
        childJvmOptions = List.copyOf(childJvmOptions);
        apps = List.copyOf(apps);
        bindAddress = BindAddress.parse(bindAddress);
        instances = Map.copyOf(instances);
        instances.forEach((name, count) -> {
            if (count < 1 || count > MAX_INSTANCES) {
                throw new IllegalArgumentException("qh.launcher.instances: " + name + " wants " + count
                        + " instances; 1 to " + MAX_INSTANCES + " are possible");
            }
        });
    }

    /** The settings of earlier releases, one instance of every service. */
    public LaunchSettings(Path projectRoot, Path dataDirectory, int httpPort, Isolation isolation,
            Duration readyTimeout, List<String> childJvmOptions, List<String> apps, String bindAddress) {
        this(projectRoot, dataDirectory, httpPort, isolation, readyTimeout, childJvmOptions, apps, bindAddress,
                Map.of());
    }

    /** The settings from system properties and the environment. */
    public static LaunchSettings fromEnvironment() {
        Path root = findProjectRoot();
        return new LaunchSettings(root, root.resolve(setting("qh.data-dir", "data")),
                Integer.parseInt(setting("qh.http-port", "8080").strip()),
                Isolation.parse(setting("qh.launcher.isolation", DEFAULT_ISOLATION.name())),
                Duration.ofSeconds(Long.parseLong(setting("qh.launcher.ready-timeout", "180").strip())),
                words(setting("qh.launcher.jvm-options", ""), "\\s+"), words(setting("qh.launcher.apps", ""), ","),
                setting("qh.bind-address", AppDefinition.LOOPBACK),
                instances(setting("qh.launcher.instances", "")));
    }

    /** The same settings with another data directory and gateway port, as an end-to-end test wants them. */
    public LaunchSettings with(Path newDataDirectory, int newHttpPort) {
        return new LaunchSettings(projectRoot, newDataDirectory, newHttpPort, isolation, readyTimeout,
                childJvmOptions, apps, bindAddress, instances);
    }

    /** The same settings with another isolation. */
    public LaunchSettings with(Isolation newIsolation) {
        return new LaunchSettings(projectRoot, dataDirectory, httpPort, newIsolation, readyTimeout,
                childJvmOptions, apps, bindAddress, instances);
    }

    /** The same settings with other numbers of instances. */
    public LaunchSettings withInstances(Map<String, Integer> newInstances) {
        return new LaunchSettings(projectRoot, dataDirectory, httpPort, isolation, readyTimeout, childJvmOptions, apps,
                bindAddress, newInstances);
    }

    /** How many instances of the service {@code name} to run: 1 unless {@link #instances()} says more. */
    public int instancesOf(String name) {
        return instances.getOrDefault(name, 1);
    }

    /** {@code profile=2,vacancy=2} as a map; a name without a count, or a count that is no number, is refused. */
    static Map<String, Integer> instances(String text) {
        Map<String, Integer> instances = new LinkedHashMap<>();
        for (String entry : words(text, ",")) {
            String[] parts = entry.split("=", 2);
            if (parts.length != 2 || !parts[1].strip().matches("\\d{1,3}")) {
                throw new IllegalArgumentException("qh.launcher.instances: '" + entry
                        + "' is not name=count (for example profile=2)");
            }
            instances.put(parts[0].strip(), Integer.parseInt(parts[1].strip()));
        }
        return instances;
    }

    private static List<String> words(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(word -> !word.isEmpty()).toList();
    }

    /**
     * A setting by its property name: the system property, else the environment variable derived from it (or, for
     * a name already in upper case, that variable), else {@code null}.
     */
    static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value;
    }

    static String setting(String name, String fallback) {
        String value = setting(name);
        return value == null ? fallback : value;
    }

    /** The directory holding the reactor: the one with {@code launcher/} and {@code pom.xml}, from here upwards. */
    static Path findProjectRoot() {
        String configured = setting("qh.project-root");
        if (configured != null) {
            return Path.of(configured);
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path candidate = start; candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("pom.xml")) && Files.isDirectory(candidate.resolve("launcher"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("No QH project root at or above " + start + "; set QH_PROJECT_ROOT");
    }
}
