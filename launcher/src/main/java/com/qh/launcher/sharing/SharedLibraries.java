package com.qh.launcher.sharing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which libraries several applications in one JVM can load once, in one parent class loader, instead of each in its
 * own: the jars every one of them has, plus whatever those jars' code names that only some of them have (Spring's
 * core names Kotlin, logback names Jakarta Mail), pulled in until nothing named is missing. A class is linked through
 * the loader that defined the class naming it, so a shared jar must find everything it names in the shared loader
 * or above it; an app whose own jars are then also in the shared loader loads them from there (parent first).
 *
 * <p>Never shared: directories (a module's own classes), libraries with JVM-wide registries that must exist once per
 * app ({@link #PER_APP}: gRPC registers its metric instruments in a static registry, and a second app's copy fails
 * on "already exists"), libraries the apps resolve at different versions (the parent's would win for everyone),
 * and pulled-in jars that carry Spring Boot configuration ({@code spring.factories}, auto-configuration imports),
 * which would switch features on in apps that do not have them. A shared jar may still name a class of one of
 * those; that is safe while the path naming it is never run, which the end-to-end suite checks for the default run.
 *
 * <p>Apps may share in nested groups ({@link #plan(Map, List)}): a loader per group, each the parent of the next.
 *
 * <p>Reading every class of some 400 jars takes seconds, so a plan is kept in a file with a key made of every
 * entry's path, size and modification time, and reused while the key holds.
 */
public final class SharedLibraries {

    private static final Logger log = LoggerFactory.getLogger(SharedLibraries.class);

    /** File-name prefixes of libraries kept per app: they keep JVM-wide registries. */
    static final List<String> PER_APP = List.of("grpc-", "protobuf-");

    /** Opens each group's entries in the kept plan. */
    private static final String LEVEL = "# level";

    private SharedLibraries() {
    }

    /**
     * The plan for {@code classpaths} (app name to its entries, in classpath order) and {@code groups} (see
     * {@link #plan(Map, List)}), read from {@code cacheFile} when that was written for the same entries and groups,
     * else computed and written there.
     */
    public static Plan plan(Map<String, List<Path>> apps, List<Set<String>> groups, Path cacheFile) {
        Map<String, List<Path>> classpaths = oneCopyEach(apps);
        String key = key(classpaths, groups);
        try {
            if (Files.isRegularFile(cacheFile)) {
                List<String> lines = Files.readAllLines(cacheFile, StandardCharsets.UTF_8);
                if (!lines.isEmpty() && lines.get(0).equals("key=" + key)) {
                    return Plan.of(classpaths, groups, levels(lines.subList(1, lines.size())));
                }
            }
            long started = System.nanoTime();
            Plan plan = planOneCopyEach(classpaths, groups);
            log.info("Shared libraries computed in {} ms: {} jars", (System.nanoTime() - started) / 1_000_000,
                    plan.levels().stream().mapToInt(List::size).sum());
            keep(plan, key, cacheFile);
            return plan;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shared libraries' plan in " + cacheFile, e);
        }
    }

    /** Writes the plan for the next start; a plan that cannot be kept is still used, and made again next time. */
    private static void keep(Plan plan, String key, Path cacheFile) {
        try {
            Path directory = cacheFile.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            List<String> lines = new ArrayList<>();
            lines.add("key=" + key);
            for (List<Path> level : plan.levels()) {
                lines.add(LEVEL);
                level.forEach(path -> lines.add(path.toString()));
            }
            // Whole or not at all: two launchers (end-to-end tests) may plan at the same time.
            Path written = Files.createTempFile(directory, "shared-libraries", ".tmp");
            Files.write(written, lines, StandardCharsets.UTF_8);
            Files.move(written, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException e) {
            log.warn("Cannot keep the shared libraries' plan in {}: {}", cacheFile, e.toString());
        }
    }

    private static List<List<Path>> levels(List<String> lines) {
        List<List<Path>> levels = new ArrayList<>();
        for (String line : lines) {
            if (line.equals(LEVEL)) {
                levels.add(new ArrayList<>());
            }
            else if (!levels.isEmpty() && !line.isBlank()) {
                levels.getLast().add(Path.of(line));
            }
        }
        return levels;
    }

    /** The plan for {@code classpaths}, every app in one group. */
    public static Plan plan(Map<String, List<Path>> classpaths) {
        return plan(classpaths, List.of(classpaths.keySet()));
    }

    /**
     * The plan for {@code classpaths} in nested {@code groups}, widest first, each group's apps a subset of the one
     * before: a loader per group, each the parent of the next, holding what that group's apps all have and the
     * groups before do not (the gateway and the services share Spring and Tomcat; the services alone share
     * Hibernate, Flyway and the broker's client).
     */
    public static Plan plan(Map<String, List<Path>> apps, List<Set<String>> groups) {
        return planOneCopyEach(oneCopyEach(apps), groups);
    }

    /** {@link #plan(Map, List)} for classpaths {@link #oneCopyEach(Map)} has made already. */
    private static Plan planOneCopyEach(Map<String, List<Path>> classpaths, List<Set<String>> groups) {
        Set<Path> union = new LinkedHashSet<>();
        classpaths.values().forEach(union::addAll);
        Set<Path> splits = versionSplits(union);
        if (!splits.isEmpty()) {
            log.warn("Libraries at different versions across apps, kept per app: {}",
                    splits.stream().map(path -> path.getFileName().toString()).sorted().toList());
        }
        Map<Path, ClassReferences> defined = new ConcurrentHashMap<>();
        union.parallelStream().forEach(entry -> defined.put(entry, ClassReferences.of(entry, false)));
        Map<String, List<Path>> definers = new HashMap<>();
        for (Path entry : union) {
            defined.get(entry).defines().forEach(name -> definers.computeIfAbsent(name, n -> new ArrayList<>())
                    .add(entry));
        }
        Map<Path, ClassReferences> read = new ConcurrentHashMap<>();
        Set<Path> outer = new HashSet<>();
        List<List<Path>> levels = new ArrayList<>();
        for (Set<String> group : groups) {
            List<List<Path>> members = group.stream().map(classpaths::get).toList();
            Set<Path> groupUnion = new HashSet<>();
            members.forEach(groupUnion::addAll);
            Set<Path> level = new LinkedHashSet<>(members.getFirst());
            members.forEach(entries -> level.retainAll(new HashSet<>(entries)));
            level.removeIf(entry -> outer.contains(entry) || !shareable(entry, splits));
            Deque<Path> unread = new ArrayDeque<>(level);
            while (!unread.isEmpty()) {
                List<Path> batch = new ArrayList<>(unread);
                unread.clear();
                batch.parallelStream().forEach(entry -> read.computeIfAbsent(entry,
                        jar -> ClassReferences.of(jar, true)));
                for (Path entry : batch) {
                    for (String name : read.get(entry).names()) {
                        List<Path> where = definers.get(name);
                        if (where == null || where.stream().anyMatch(w -> level.contains(w) || outer.contains(w))) {
                            continue; // the JDK's, absent everywhere (an optional dependency), or shared already
                        }
                        where.stream()
                                .filter(candidate -> groupUnion.contains(candidate) && shareable(candidate, splits)
                                        && !defined.get(candidate).configuresSpring())
                                .findFirst().ifPresent(pulled -> {
                                    log.info("Shared, though not every app has it: {} ({} names {})",
                                            pulled.getFileName(), entry.getFileName(), name);
                                    level.add(pulled);
                                    unread.add(pulled);
                                });
                    }
                }
            }
            pushOut(level, outer, groupUnion, splits, definers, defined, read, !levels.isEmpty());
            levels.add(List.copyOf(level));
            outer.addAll(level);
        }
        return Plan.of(classpaths, groups, levels);
    }

    /**
     * Takes out of {@code level} every jar that names a class only a jar of the group that may not be shared here
     * defines: Spring configuration the group's apps do not all have, a library at two versions, a module's own
     * classes, or a jar taken out already (so whatever names a jar taken out goes too). Such a class would be
     * missing when that code runs (Boot's auto-configuration names Spring Data, which only the services have); a jar
     * taken out stays with a narrower group, or with each app. In the widest group a class only gRPC defines is left named:
     * shared code that names it (Micrometer's gRPC binders) is safe while it is not run, and taking it out would take
     * most of Micrometer; the end-to-end suite runs the services' gRPC calls in this mode. In a {@code nested} group
     * it is not: what names gRPC there is the apps' own gRPC code (a service's API stubs, Spring gRPC's
     * configuration), which runs, and gRPC itself stays with each app.
     */
    private static void pushOut(Set<Path> level, Set<Path> outer, Set<Path> groupUnion, Set<Path> splits,
            Map<String, List<Path>> definers, Map<Path, ClassReferences> defined, Map<Path, ClassReferences> read,
            boolean nested) {
        Set<Path> out = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Iterator<Path> jars = level.iterator(); jars.hasNext();) {
                Path jar = jars.next();
                for (String name : read.get(jar).names()) {
                    List<Path> where = definers.get(name);
                    if (where == null || where.stream().anyMatch(w -> level.contains(w) || outer.contains(w))) {
                        continue;
                    }
                    if (where.stream().anyMatch(w -> groupUnion.contains(w) && (out.contains(w) || splits.contains(w)
                            || Files.isDirectory(w) || defined.get(w).configuresSpring() || nested && perApp(w)))) {
                        log.debug("{} stays out of the shared loader: it names {}", jar.getFileName(), name);
                        jars.remove();
                        out.add(jar);
                        changed = true;
                        break;
                    }
                }
            }
        }
    }

    /**
     * {@code classpaths} with each jar that a jar of the same file name elsewhere duplicates byte for byte replaced by
     * that one. A partial build ({@code ./mvnw -pl <service> verify}) has that service name a platform module's
     * installed copy in the local Maven repository where the others name its {@code target/} jar: two paths of one
     * library, which kept it (platform/logging, so all sharing) out of the shared loader. Only jars whose names
     * collide are compared.
     */
    static Map<String, List<Path>> oneCopyEach(Map<String, List<Path>> classpaths) {
        Map<String, List<Path>> byName = new HashMap<>();
        classpaths.values().forEach(entries -> entries.stream()
                .filter(entry -> entry.getFileName().toString().endsWith(".jar"))
                .forEach(entry -> {
                    List<Path> named = byName.computeIfAbsent(entry.getFileName().toString(), n -> new ArrayList<>());
                    if (!named.contains(entry)) {
                        named.add(entry);
                    }
                }));
        Map<Path, Path> copies = new HashMap<>();
        for (List<Path> named : byName.values()) {
            for (int i = 1; i < named.size(); i++) {
                Path copy = named.get(i);
                named.subList(0, i).stream().filter(kept -> !copies.containsKey(kept) && identical(kept, copy))
                        .findFirst().ifPresent(kept -> copies.put(copy, kept));
            }
        }
        if (copies.isEmpty()) {
            return classpaths;
        }
        copies.forEach((copy, kept) -> log.info("{} is {} byte for byte: one library, loaded from the latter", copy,
                kept));
        Map<String, List<Path>> unified = new LinkedHashMap<>();
        classpaths.forEach((app, entries) -> unified.put(app,
                entries.stream().map(entry -> copies.getOrDefault(entry, entry)).distinct().toList()));
        return unified;
    }

    private static boolean identical(Path a, Path b) {
        try {
            return Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
        }
        catch (IOException e) {
            return false; // unreadable: kept apart, and the plan's own reading reports it
        }
    }

    private static boolean shareable(Path entry, Set<Path> splits) {
        return entry.getFileName().toString().endsWith(".jar") && !splits.contains(entry) && !perApp(entry);
    }

    private static boolean perApp(Path entry) {
        return PER_APP.stream().anyMatch(entry.getFileName().toString()::startsWith);
    }

    /**
     * Jars of one library at two versions or more: in a Maven repository a jar sits in
     * {@code <group>/<artifact>/<version>/}, so two jars whose artifact directories and classifiers agree but whose
     * version directories differ are one library twice.
     */
    static Set<Path> versionSplits(Set<Path> entries) {
        Map<String, Set<Path>> byLibrary = new HashMap<>();
        for (Path entry : entries) {
            Path versionDirectory = entry.getParent();
            if (versionDirectory == null || versionDirectory.getParent() == null) {
                continue;
            }
            String version = versionDirectory.getFileName().toString();
            String artifact = versionDirectory.getParent().getFileName().toString();
            String file = entry.getFileName().toString();
            String prefix = artifact + "-" + version;
            if (!file.startsWith(prefix)) {
                continue; // not a repository layout (a module's target/)
            }
            String library = versionDirectory.getParent() + "|" + file.substring(prefix.length());
            byLibrary.computeIfAbsent(library, k -> new HashSet<>()).add(entry);
        }
        Set<Path> splits = new HashSet<>();
        byLibrary.values().stream().filter(paths -> paths.size() > 1).forEach(splits::addAll);
        return splits;
    }

    /**
     * The planning code itself (a plan made by other rules is not reused), the groups, then every entry's path,
     * size and modification time, by app in name order, hashed.
     */
    static String key(Map<String, List<Path>> classpaths, List<Set<String>> groups) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Class<?> planner : List.of(SharedLibraries.class, ClassReferences.class)) {
                try (InputStream code = planner.getResourceAsStream(planner.getSimpleName() + ".class")) {
                    digest.update(code.readAllBytes());
                }
            }
            for (Set<String> group : groups) {
                digest.update(("group " + new TreeSet<>(group) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Map.Entry<String, List<Path>> app : new TreeMap<>(classpaths).entrySet()) {
                digest.update(("app " + app.getKey() + "\n").getBytes(StandardCharsets.UTF_8));
                for (Path entry : app.getValue()) {
                    String stamp = Files.isRegularFile(entry)
                            ? Files.size(entry) + " " + Files.getLastModifiedTime(entry).toMillis() : "-";
                    digest.update((entry + " " + stamp + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A loader's entries per group, widest first, and for each app the group whose loader is its parent and its own
     * entries: its classpath without what that loader and the ones above it hold, in its order.
     *
     * @param levels the entries of each group's loader, widest group first
     * @param levelOf the index of the narrowest group each app is in
     * @param own each app's remaining entries, by app name
     */
    public record Plan(List<List<Path>> levels, Map<String, Integer> levelOf, Map<String, List<Path>> own) {

        /** Keeps unmodifiable copies. */
        public Plan {
            levels = levels.stream().map(List::copyOf).toList();
            levelOf = Map.copyOf(levelOf);
            own = Map.copyOf(own);
        }

        /** Every shared entry, widest group's first. */
        public List<Path> shared() {
            return levels.stream().flatMap(List::stream).toList();
        }

        static Plan of(Map<String, List<Path>> classpaths, List<Set<String>> groups, List<List<Path>> levels) {
            Map<String, Integer> levelOf = new LinkedHashMap<>();
            Map<String, List<Path>> own = new LinkedHashMap<>();
            classpaths.forEach((app, entries) -> {
                int level = -1;
                for (int i = 0; i < groups.size(); i++) {
                    if (groups.get(i).contains(app)) {
                        level = i;
                    }
                }
                Set<Path> seen = new HashSet<>();
                for (int i = 0; i <= level && i < levels.size(); i++) {
                    seen.addAll(levels.get(i));
                }
                levelOf.put(app, level);
                own.put(app, entries.stream().filter(entry -> !seen.contains(entry)).toList());
            });
            return new Plan(levels, levelOf, own);
        }
    }
}
