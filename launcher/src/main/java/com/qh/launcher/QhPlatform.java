package com.qh.launcher;

import com.qh.launcher.ports.AppPorts;
import com.qh.launcher.sharing.SharedLoader;
import com.qh.platform.embedded.EmbeddedBroker;
import com.qh.platform.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform running: embedded PostgreSQL (a database per service) and AMQP broker under the data
 * directory, then every application of the service catalog ({@code qh-services.yaml}), each with exactly its own classpath, all ready. The
 * {@link Launcher} holds one until Ctrl-C; an end-to-end test holds one for its run:
 *
 * <pre>{@code
 * try (QhPlatform platform = QhPlatform.start(dataDirectory, 0)) {
 *     http.send(HttpRequest.newBuilder(URI.create(platform.gatewayUrl() + "/api/v1/auth/register"))...);
 * }
 * }</pre>
 *
 * The applications' modules must be built first ({@code target/classes} and {@code target/qh-classpath.txt}, which
 * {@code ./mvnw package} writes; in a reactor build the launcher module comes after them).
 */
public final class QhPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(QhPlatform.class);
    private static final String AUTH = "auth";

    /** The Spring profile every app of the default run has on: embedded infrastructure, one machine. */
    public static final String EMBEDDED_PROFILE = "embedded";

    /** The proxies every service of the default run believes: the gateway, on loopback. */
    static final String LOOPBACK_PROXIES = "127.0.0.1/32,::1/128";

    private final LaunchSettings settings;
    private final List<AppDefinition> definitions;
    private final Map<String, List<AppDefinition>> replicas;
    private final List<String> notStarted;
    private final List<RunningApp> apps = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private EmbeddedPostgres postgres;
    private EmbeddedBroker broker;
    private SharedLoader sharedLoader;
    private Duration startupTime;

    private QhPlatform(LaunchSettings settings, List<AppDefinition> definitions,
            Map<String, List<AppDefinition>> replicas, List<String> notStarted) {
        this.settings = settings;
        this.definitions = definitions;
        this.replicas = replicas;
        this.notStarted = List.copyOf(notStarted);
    }

    /**
     * Starts the platform with its state in {@code dataDirectory} and the gateway on {@code httpPort}; every
     * service whose catalog port is taken gets a free one, and with port 0 every application does, so a test never
     * collides with a platform already running. Other settings
     * come from the environment ({@link LaunchSettings#fromEnvironment()}).
     */
    public static QhPlatform start(Path dataDirectory, int httpPort) {
        return start(LaunchSettings.fromEnvironment().with(dataDirectory, httpPort));
    }

    /** Starts the platform as {@code settings} say and returns once every application is ready. */
    public static QhPlatform start(LaunchSettings settings) {
        List<AppDefinition> catalog = AppCatalog.load();
        List<AppDefinition> apps = catalog.stream()
                .filter(app -> settings.apps().isEmpty() || settings.apps().contains(app.name())).toList();
        List<String> notStarted = catalog.stream().map(AppDefinition::name)
                .filter(name -> apps.stream().noneMatch(app -> app.name().equals(name))).toList();
        settings.instances().keySet().forEach(name -> {
            AppDefinition app = apps.stream().filter(candidate -> candidate.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("qh.launcher.instances names " + name
                            + ", which this run does not start"));
            if (app.edge() && settings.instancesOf(name) > 1) {
                throw new IllegalArgumentException("qh.launcher.instances: " + name + " is the edge; it runs once");
            }
        });
        // The further instances of a service are copies of it, given ports in the same pass as the first ones so
        // that no two share one.
        List<AppDefinition> copies = apps.stream()
                .flatMap(app -> Collections.nCopies(settings.instancesOf(app.name()) - 1, app).stream()).toList();
        List<AppDefinition> assigned = bindAddresses(assignPorts(
                Stream.concat(apps.stream(), copies.stream()).toList(), settings.httpPort()), settings.bindAddress());
        Map<String, List<AppDefinition>> replicas = new LinkedHashMap<>();
        assigned.subList(apps.size(), assigned.size())
                .forEach(copy -> replicas.computeIfAbsent(copy.name(), name -> new ArrayList<>()).add(copy));
        QhPlatform platform = new QhPlatform(settings, assigned.subList(0, apps.size()), replicas, notStarted);
        try {
            platform.startAll();
            return platform;
        }
        catch (RuntimeException e) {
            platform.close();
            throw e;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            platform.close();
            throw new IllegalStateException("Interrupted while starting", e);
        }
    }

    /** The gateway's address, e.g. {@code http://localhost:8080}. */
    public String gatewayUrl() {
        return definitions.stream().filter(AppDefinition::edge).findFirst().orElseThrow(
                () -> new IllegalStateException("No app is marked edge in " + AppCatalog.RESOURCE)).url();
    }

    /** The address of the application called {@code name} ({@code auth}, ...), to call it directly. */
    public String url(String name) {
        return definitions.stream().filter(app -> app.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No app " + name)).url();
    }

    /** The embedded broker's AMQP port on {@code 127.0.0.1} (user guest/guest, virtual host {@code /}). */
    public int brokerPort() {
        return broker.port();
    }

    /** The JDBC URL of an application's database ({@code auth}, ...); user {@code postgres}, no password. */
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /** The applications, with the ports they got. */
    public List<AppDefinition> apps() {
        return definitions;
    }

    /** What the platform runs with. */
    public LaunchSettings settings() {
        return settings;
    }

    /** From the call to {@code start} until every application was ready. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Resident memory of this JVM, its children and PostgreSQL's processes. */
    ProcessTreeMemory memory() {
        List<ProcessHandle> roots = new ArrayList<>(List.of(ProcessHandle.current()));
        postmaster().ifPresent(roots::add);
        return ProcessTreeMemory.of(roots);
    }

    /** Closes every application (the gateway first), then the broker, then PostgreSQL. Safe to call twice. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (RunningApp app : apps.reversed()) {
            log.info("Stopping {}", app.definition().name());
            app.close();
        }
        if (sharedLoader != null) {
            sharedLoader.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        log.info("QH stopped; state is kept in {}", settings.dataDirectory());
    }

    private void startAll() throws InterruptedException {
        Instant started = Instant.now();
        // Read first: a module that is not built should stop us before anything starts.
        Map<String, AppClasspath> classpaths = new LinkedHashMap<>();
        for (AppDefinition app : definitions) {
            classpaths.put(app.name(), AppClasspath.of(settings.projectRoot().resolve(app.module())));
        }
        Path data = settings.dataDirectory();
        try {
            Files.createDirectories(data);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + data, e);
        }
        CompletableFuture<EmbeddedBroker> startingBroker = CompletableFuture
                .supplyAsync(() -> EmbeddedBroker.start(data.resolve("broker")));
        // Planned while PostgreSQL and the broker start; read back from the build's output when nothing was rebuilt.
        CompletableFuture<Optional<SharedLoader>> sharing = CompletableFuture
                .supplyAsync(() -> sharedLoader(classpaths));
        try {
            postgres = EmbeddedPostgres.start(data.resolve("postgres"));
        }
        finally {
            try {
                broker = startingBroker.join();
            }
            finally {
                // Never fails (a plan that cannot be made means each app loads its own copy), so it is kept to close.
                sharedLoader = sharing.join().orElse(null);
            }
        }
        for (AppDefinition app : definitions) {
            if (!app.edge()) {
                postgres.ensureDatabase(app.name());
            }
        }

        Map<String, String> serviceSecrets = newServiceSecrets(definitions);
        for (AppDefinition app : definitions) {
            List<String> arguments = new ArrayList<>(arguments(app, definitions, postgres.port(), broker.port(), data,
                    isolationOf(app)));
            arguments.addAll(serviceCredentials(app, serviceSecrets));
            if (app.edge()) {
                // QH_LAUNCHER_APPS left them out: the gateway is ready without them.
                notStarted.forEach(name -> arguments.add("--qh.gateway.services." + name + ".health=false"));
                arguments.addAll(instanceArguments(definitions, replicas));
            }
            AppClasspath classpath = classpaths.get(app.name());
            log.info("Starting {} on port {} ({} isolation, {} classpath entries)", app.name(), app.port(),
                    isolationOf(app).name().toLowerCase(Locale.ROOT), classpath.entries().size());
            apps.add(start(app, classpath, arguments));
            for (AppDefinition copy : replicas.getOrDefault(app.name(), List.of())) {
                List<String> copyArguments = new ArrayList<>(arguments(copy, definitions, postgres.port(),
                        broker.port(), data, isolationOf(copy)));
                copyArguments.addAll(serviceCredentials(copy, serviceSecrets));
                log.info("Starting another instance of {} on port {}", copy.name(), copy.port());
                apps.add(start(copy, classpath, copyArguments));
            }
        }

        awaitReady(started.plus(settings.readyTimeout()));
        startupTime = Duration.between(started, Instant.now());
    }

    /**
     * Waits for every app's readiness probe side by side: the platform is ready when the last one is, and the first
     * app that fails, or the deadline, ends the wait. (One after another, each app's first, slow probe answer was
     * added to the wait for the next; the gateway is ready only once its backends are, whatever the order.) An app
     * in this JVM is probed once its context has started ({@link RunningApp#awaitStarted}).
     */
    private void awaitReady(Instant deadline) throws InterruptedException {
        Readiness readiness = new Readiness();
        try (ExecutorService waiting = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletionService<RunningApp> ready = new ExecutorCompletionService<>(waiting);
            for (RunningApp app : apps) {
                ready.submit(() -> {
                    readiness.await(app, deadline);
                    return app;
                });
            }
            for (int left = apps.size(); left > 0; left--) {
                try {
                    RunningApp app = ready.take().get();
                    log.info("{} is ready at {}", app.definition().name(), app.definition().url());
                }
                catch (ExecutionException e) {
                    waiting.shutdownNow();
                    throw e.getCause() instanceof RuntimeException failure ? failure
                            : new IllegalStateException(e.getCause());
                }
            }
        }
    }

    private Optional<SharedLoader> sharedLoader(Map<String, AppClasspath> classpaths) {
        List<Set<String>> groups = sharingGroups(definitions, classpaths);
        if (settings.isolation() != Isolation.SHARED || groups.isEmpty() || groups.getFirst().size() < 2) {
            return Optional.empty();
        }
        Path builtLauncher = settings.projectRoot().resolve("launcher/target");
        Path plans = Files.isDirectory(builtLauncher) ? builtLauncher : settings.dataDirectory().resolve("launcher");
        Map<String, List<Path>> sharing = new LinkedHashMap<>();
        groups.getFirst().forEach(app -> sharing.put(app, classpaths.get(app).entries()));
        // A plan per set of groups, so that runs of some apps (QH_LAUNCHER_APPS, tests) do not replace each other's.
        String apps = groups.stream().map(group -> String.join("-", new java.util.TreeSet<>(group)))
                .collect(java.util.stream.Collectors.joining("+"));
        String file = "qh-shared-libraries-" + Integer.toHexString(apps.hashCode()) + ".txt";
        return SharedLoader.create(sharing, groups, plans.resolve(file), SharedLoader.jsonLogs());
    }

    /**
     * The isolation in effect: {@link Isolation#SHARED} only when the apps do share a loader (the launcher falls back
     * to {@link Isolation#CLASSLOADER} when a plan cannot be made, or fewer than two services run).
     */
    public Isolation isolation() {
        return settings.isolation() == Isolation.SHARED && sharedLoader == null ? Isolation.CLASSLOADER
                : settings.isolation();
    }

    /** How {@code app} runs: {@link Isolation#SHARED} only if it is one of the apps sharing the loader. */
    private Isolation isolationOf(AppDefinition app) {
        if (isolation() == Isolation.SHARED && !sharedLoader.shares(app.name())) {
            return Isolation.CLASSLOADER;
        }
        return isolation();
    }

    /**
     * The apps that share loaders of libraries in {@link Isolation#SHARED}, widest group first: the services, every
     * app but the edge that carries the platform's shared logging (through the starter); then, nested in it, the
     * services that carry the skill taxonomy (platform/skills), so that they also share it and what comes with it
     * (Lucene) and build the built-in taxonomy once per JVM instead of once each
     * (seconds of CPU at every start). Not the gateway and the web app: a wider group holding what all ten have
     * would have to pull in, for the libraries all ten share, jars only the services have (Flyway, Hibernate), which
     * flips the gateway's {@code @ConditionalOnClass} auto-configuration and parts Flyway from its database plugin
     * (tried: neither started).
     */
    static List<Set<String>> sharingGroups(List<AppDefinition> definitions, Map<String, AppClasspath> classpaths) {
        Set<String> services = new LinkedHashSet<>();
        for (AppDefinition app : definitions) {
            if (!app.edge() && holds(classpaths.get(app.name()), "qh-platform-logging")) {
                services.add(app.name());
            }
        }
        if (services.isEmpty()) {
            return List.of();
        }
        Set<String> taxonomy = new LinkedHashSet<>();
        services.stream().filter(app -> holds(classpaths.get(app), "qh-skills")).forEach(taxonomy::add);
        return taxonomy.size() >= 2 && taxonomy.size() < services.size() ? List.of(services, taxonomy)
                : List.of(services);
    }

    private static boolean holds(AppClasspath classpath, String jarPrefix) {
        return classpath.entries().stream().anyMatch(entry -> entry.getFileName().toString().startsWith(jarPrefix));
    }

    private RunningApp start(AppDefinition app, AppClasspath classpath, List<String> arguments) {
        if (sharedLoader != null && sharedLoader.shares(app.name())) {
            return ClassLoaderApp.start(app, sharedLoader.ownEntries(app.name()), sharedLoader.parentOf(app.name()),
                    arguments);
        }
        return switch (settings.isolation()) {
            case CLASSLOADER, SHARED -> ClassLoaderApp.start(app, classpath, arguments);
            case PROCESS -> ProcessApp.start(app, classpath, arguments, settings.childJvmOptions(),
                    settings.projectRoot());
        };
    }

    /**
     * The gateway's list of instances for each service that runs more than one: the first (its catalog address, as
     * every app is told it) and the copies.
     */
    static List<String> instanceArguments(List<AppDefinition> apps, Map<String, List<AppDefinition>> replicas) {
        List<String> arguments = new ArrayList<>();
        for (AppDefinition app : apps) {
            List<AppDefinition> copies = replicas.getOrDefault(app.name(), List.of());
            if (!copies.isEmpty()) {
                arguments.add("--qh.services." + app.name() + ".instances[0]=" + app.url());
                for (int i = 0; i < copies.size(); i++) {
                    arguments.add("--qh.services." + app.name() + ".instances[" + (i + 1) + "]=" + copies.get(i).url());
                }
            }
        }
        return arguments;
    }

    /** The JVMs of every instance of the application {@code name}, first instance first (process isolation). */
    List<ProcessHandle> processes(String name) {
        return apps.stream().filter(app -> app.definition().name().equals(name) && app instanceof ProcessApp)
                .map(app -> ((ProcessApp) app).handle()).toList();
    }

    /**
     * The command-line properties of one application: its port, every application's address, the data directory,
     * and (unless it is the edge) its own database and the broker.
     */
    static List<String> arguments(AppDefinition app, List<AppDefinition> all, int postgresPort, int brokerPort,
            Path dataDirectory, Isolation isolation) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=" + app.port());
        arguments.add("--server.address=" + app.address());
        if (!app.edge()) {
            arguments.add("--spring.datasource.url=jdbc:postgresql://localhost:" + postgresPort + "/" + app.name());
            arguments.add("--spring.datasource.username=" + EmbeddedPostgres.USERNAME);
            arguments.add("--spring.datasource.password=");
            // Ten pools of ten idle connections made a hundred PostgreSQL backends on one laptop before any user
            // came: here each pool keeps one and grows under load (to Hikari's ten), shrinking again when idle.
            arguments.add("--spring.datasource.hikari.minimum-idle=1");
            arguments.add("--spring.datasource.hikari.idle-timeout=60000");
            arguments.add("--spring.rabbitmq.host=" + EmbeddedBroker.HOST);
            arguments.add("--spring.rabbitmq.port=" + brokerPort);
            arguments.add("--spring.rabbitmq.username=" + EmbeddedBroker.USERNAME);
            arguments.add("--spring.rabbitmq.password=" + EmbeddedBroker.PASSWORD);
            // The gateway in front is on this machine: its X-Forwarded-For names the real client, for rate limits
            // and the audit log. From anyone else the services ignore such headers.
            arguments.add("--qh.trusted-proxies=" + LOOPBACK_PROXIES);
        }
        // Management stays on each app's own port; a stray QH_MANAGEMENT_PORT would have every app bind the same one.
        arguments.add("--management.server.port=");
        arguments.add("--qh.data-dir=" + dataDirectory.toAbsolutePath());
        // Lets an app switch on what only makes sense on one machine (the notification service's captured mail).
        arguments.add("--spring.profiles.include=" + EMBEDDED_PROFILE);
        // The addresses the others actually got: a service whose catalog port was taken is elsewhere.
        AppPorts.serviceUrls(all).forEach((name, url) -> arguments.add("--qh.services." + name + ".url=" + url));
        if (isolation == Isolation.SHARED) {
            // Micrometer is shared: its JVM-wide registry would hold every service's registry and copy what is
            // recorded there into all of them.
            arguments.add("--management.metrics.use-global-registry=false");
        }
        if (isolation != Isolation.PROCESS) {
            // The launcher closes the apps itself, before the broker and the database; their own JVM shutdown
            // hooks would race that order.
            arguments.add("--spring.main.register-shutdown-hook=false");
        }
        return arguments;
    }

    /**
     * A fresh secret per service for this run: service tokens live minutes, so nothing has to be kept across
     * restarts. The edge gets none; it never acts on its own behalf.
     */
    static Map<String, String> newServiceSecrets(List<AppDefinition> apps) {
        SecureRandom random = new SecureRandom();
        Map<String, String> secrets = new LinkedHashMap<>();
        for (AppDefinition app : apps) {
            if (!app.edge()) {
                byte[] secret = new byte[32];
                random.nextBytes(secret);
                secrets.put(app.name(), HexFormat.of().formatHex(secret));
            }
        }
        return secrets;
    }

    /** Each service learns its own secret; auth learns every service's, to check them. */
    static List<String> serviceCredentials(AppDefinition app, Map<String, String> secrets) {
        List<String> arguments = new ArrayList<>();
        String own = secrets.get(app.name());
        if (own != null) {
            arguments.add("--qh.security.service-client.secret=" + own);
        }
        if (app.name().equals(AUTH)) {
            secrets.forEach((name, secret) ->
                    arguments.add("--qh.auth.service-clients." + name + ".secret=" + secret));
        }
        return arguments;
    }

    /**
     * Every service on loopback, the edge on {@code edgeAddress}: only the gateway may be opened to the network
     * ({@code QH_BIND_ADDRESS}); a service reachable around it would skip its token check, rate limits and routes.
     */
    static List<AppDefinition> bindAddresses(List<AppDefinition> apps, String edgeAddress) {
        return apps.stream().map(app -> app.withAddress(app.edge() ? edgeAddress : AppDefinition.LOOPBACK)).toList();
    }

    /**
     * The gateway on {@code httpPort}, every service on its catalog port while that is free and on a free port
     * otherwise; port 0 for the gateway means a free port for every application ({@link AppPorts}).
     */
    static List<AppDefinition> assignPorts(List<AppDefinition> apps, int httpPort) {
        return AppPorts.assign(apps, httpPort);
    }

    /** PostgreSQL runs in a session of its own, so it is not among this JVM's descendants. */
    private Optional<ProcessHandle> postmaster() {
        if (postgres == null) {
            return Optional.empty();
        }
        try {
            return Files.readAllLines(postgres.dataDirectory().resolve("postmaster.pid")).stream().findFirst()
                    .map(String::strip).filter(pid -> pid.matches("\\d+"))
                    .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)));
        }
        catch (IOException e) {
            return Optional.empty();
        }
    }
}
