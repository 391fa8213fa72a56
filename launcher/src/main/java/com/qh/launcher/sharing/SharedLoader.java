package com.qh.launcher.sharing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Class loaders of the libraries apps share ({@link SharedLibraries}), one per group of apps, each the parent of the
 * next and the narrowest one the parent of each app's own loader, with {@code SharedLogging} (platform/logging)
 * installed in the widest: the libraries are loaded, interpreted and compiled once instead of once per app.
 */
public final class SharedLoader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SharedLoader.class);

    /** Loaded from the widest shared loader: the apps' one logging set-up (platform/logging). */
    static final String SHARED_LOGGING = "com.qh.platform.logging.SharedLogging";

    /**
     * The name of the widest group's loader; the next ones add {@code -1}, {@code -2}, ... ({@code SharedLogging}
     * tells them from the apps' {@code qh-<app>} loaders by it).
     */
    public static final String NAME = "qh-shared";

    private final List<URLClassLoader> loaders;
    private final SharedLibraries.Plan plan;

    private SharedLoader(List<URLClassLoader> loaders, SharedLibraries.Plan plan) {
        this.loaders = loaders;
        this.plan = plan;
    }

    /**
     * Loaders shared by the apps of {@code classpaths} in nested {@code groups}, widest first, the plan kept in
     * {@code cacheFile}; empty (with a warning saying why) when platform/logging is not among the widest group's
     * libraries, since then the apps' logging could not be shared.
     *
     * @param jsonLogs Boot's Logstash JSON lines, or text when false ({@code QH_LOG_FORMAT=text})
     */
    public static Optional<SharedLoader> create(Map<String, List<Path>> classpaths, List<Set<String>> groups,
            Path cacheFile, boolean jsonLogs) {
        SharedLibraries.Plan plan;
        try {
            plan = SharedLibraries.plan(classpaths, groups, cacheFile);
        }
        catch (RuntimeException e) {
            // Sharing only saves time: a jar that cannot be read must not stop the platform.
            log.warn("The shared libraries could not be planned; each app loads its own copy", e);
            return Optional.empty();
        }
        if (plan.levels().size() != groups.size()) {
            log.warn("The shared libraries' plan has {} loaders for {} groups; each app loads its own copy",
                    plan.levels().size(), groups.size());
            return Optional.empty();
        }
        List<URLClassLoader> loaders = new ArrayList<>();
        ClassLoader parent = ClassLoader.getPlatformClassLoader();
        for (List<Path> level : plan.levels()) {
            URLClassLoader loader = new URLClassLoader(loaders.isEmpty() ? NAME : NAME + "-" + loaders.size(),
                    urls(level), parent);
            loaders.add(loader);
            parent = loader;
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loaders.getFirst());
        try {
            Class.forName(SHARED_LOGGING, true, loaders.getFirst()).getMethod("install", boolean.class)
                    .invoke(null, jsonLogs);
            for (int i = 0; i < groups.size(); i++) {
                log.info("{} libraries shared by {}", plan.levels().get(i).size(), String.join(", ", groups.get(i)));
            }
            return Optional.of(new SharedLoader(loaders, plan));
        }
        catch (ClassNotFoundException e) {
            log.warn("qh-platform-logging is not among the libraries the apps share; each loads its own copy");
        }
        catch (InvocationTargetException e) {
            log.warn("The shared logging did not start; each app loads its own libraries", e.getCause());
        }
        catch (ReflectiveOperationException | LinkageError e) {
            log.warn("The shared logging did not start; each app loads its own libraries", e);
        }
        finally {
            thread.setContextClassLoader(previous);
        }
        loaders.forEach(SharedLoader::close);
        return Optional.empty();
    }

    /** Whether the JSON log format is wanted: unless {@code QH_LOG_FORMAT} says {@code text}, as for a service. */
    public static boolean jsonLogs() {
        String format = Optional.ofNullable(System.getProperty("QH_LOG_FORMAT")).orElse(System.getenv("QH_LOG_FORMAT"));
        return format == null || !format.strip().toLowerCase(Locale.ROOT).equals("text");
    }

    /** The parent of {@code app}'s own loader: the loader of the narrowest group it is in. */
    public ClassLoader parentOf(String app) {
        return loaders.get(plan.levelOf().get(app));
    }

    /** Whether {@code app} is one of the apps these loaders were planned for. */
    public boolean shares(String app) {
        return plan.levelOf().getOrDefault(app, -1) >= 0;
    }

    /** The entries of {@code app}'s classpath the shared loader does not hold, in classpath order. */
    public URL[] ownEntries(String app) {
        List<Path> own = plan.own().get(app);
        if (own == null) {
            throw new IllegalArgumentException(app + " does not share this loader");
        }
        return urls(own);
    }

    @Override
    public void close() {
        try {
            Class.forName(SHARED_LOGGING, true, loaders.getFirst()).getMethod("uninstall").invoke(null);
        }
        catch (ReflectiveOperationException | LinkageError e) {
            log.debug("The shared logging did not stop cleanly", e);
        }
        loaders.reversed().forEach(SharedLoader::close);
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        }
        catch (IOException e) {
            log.debug("The shared loader kept a jar open", e);
        }
    }

    private static URL[] urls(List<Path> entries) {
        return entries.stream().map(entry -> {
            try {
                return entry.toUri().toURL();
            }
            catch (MalformedURLException e) {
                throw new UncheckedIOException(new IOException("Not a classpath entry: " + entry, e));
            }
        }).toArray(URL[]::new);
    }
}
