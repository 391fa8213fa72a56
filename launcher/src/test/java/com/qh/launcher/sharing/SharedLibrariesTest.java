package com.qh.launcher.sharing;

import static com.qh.launcher.sharing.TestJars.ASSERTJ;
import static com.qh.launcher.sharing.TestJars.LOGBACK_CLASSIC;
import static com.qh.launcher.sharing.TestJars.LOGBACK_CORE;
import static com.qh.launcher.sharing.TestJars.SLF4J;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan on real jars from this test's own classpath: logback's two jars name SLF4J's API, AssertJ names
 * nothing the others define. Copies are made where a test needs a name or content of its own.
 */
class SharedLibrariesTest {


    @TempDir
    Path temp;

    @Test
    void sharesWhatEveryAppHasAndLeavesEachItsOwn() {
        Map<String, List<Path>> classpaths = new LinkedHashMap<>();
        classpaths.put("a", List.of(temp.resolve("a-classes"), SLF4J, LOGBACK_CORE, LOGBACK_CLASSIC));
        classpaths.put("b", List.of(temp.resolve("b-classes"), LOGBACK_CLASSIC, ASSERTJ, LOGBACK_CORE, SLF4J));

        SharedLibraries.Plan plan = SharedLibraries.plan(classpaths);

        assertThat(plan.shared()).containsExactlyInAnyOrder(SLF4J, LOGBACK_CORE, LOGBACK_CLASSIC);
        assertThat(plan.own().get("a")).containsExactly(temp.resolve("a-classes"));
        assertThat(plan.own().get("b")).containsExactly(temp.resolve("b-classes"), ASSERTJ);
    }

    @Test
    void sharesInNestedGroupsEachLoaderHoldingWhatItsGroupHasAndTheWiderOnesDoNot() {
        // The gateway and the services share logging; the services alone share AssertJ here.
        Map<String, List<Path>> classpaths = new LinkedHashMap<>();
        classpaths.put("gateway", List.of(temp.resolve("gateway-classes"), SLF4J, LOGBACK_CORE, LOGBACK_CLASSIC));
        classpaths.put("auth", List.of(temp.resolve("auth-classes"), SLF4J, LOGBACK_CORE, LOGBACK_CLASSIC, ASSERTJ));
        classpaths.put("profile", List.of(ASSERTJ, SLF4J, LOGBACK_CORE, LOGBACK_CLASSIC));

        SharedLibraries.Plan plan = SharedLibraries.plan(classpaths,
                List.of(Set.of("gateway", "auth", "profile"), Set.of("auth", "profile")));

        assertThat(plan.levels().get(0)).containsExactlyInAnyOrder(SLF4J, LOGBACK_CORE, LOGBACK_CLASSIC);
        assertThat(plan.levels().get(1)).containsExactly(ASSERTJ);
        assertThat(plan.levelOf()).containsEntry("gateway", 0).containsEntry("auth", 1).containsEntry("profile", 1);
        assertThat(plan.own().get("gateway")).containsExactly(temp.resolve("gateway-classes"));
        assertThat(plan.own().get("auth")).containsExactly(temp.resolve("auth-classes"));
        assertThat(plan.own().get("profile")).isEmpty();
    }

    @Test
    void takesTwoPathsOfOneJarWithTheSameBytesForOneLibraryAndKeepsOtherBytesApart() throws IOException {
        // A partial build names a module's installed copy where the other apps name its target/ jar.
        Path installed = Files.copy(LOGBACK_CORE, Files.createDirectories(temp.resolve("m2")).resolve(
                LOGBACK_CORE.getFileName()));
        Path rebuilt = withEntry(SLF4J, Files.createDirectories(temp.resolve("rebuilt")).resolve(SLF4J.getFileName()),
                "META-INF/rebuilt.txt");
        Map<String, List<Path>> classpaths = new LinkedHashMap<>();
        classpaths.put("a", List.of(LOGBACK_CORE, SLF4J));
        classpaths.put("b", List.of(installed, rebuilt));

        SharedLibraries.Plan plan = SharedLibraries.plan(classpaths);

        assertThat(plan.shared()).containsExactly(LOGBACK_CORE);
        assertThat(plan.own().get("a")).containsExactly(SLF4J);
        assertThat(plan.own().get("b")).containsExactly(rebuilt);
    }

    @Test
    void pullsInWhatASharedJarNamesThoughOnlySomeAppsHaveIt() {
        // logback-classic names org.slf4j.Logger: loaded through the shared loader, it must find SLF4J there.
        Map<String, List<Path>> classpaths = new LinkedHashMap<>();
        classpaths.put("a", List.of(LOGBACK_CORE, LOGBACK_CLASSIC, SLF4J));
        classpaths.put("b", List.of(LOGBACK_CORE, LOGBACK_CLASSIC));

        SharedLibraries.Plan plan = SharedLibraries.plan(classpaths);

        assertThat(plan.shared()).containsExactlyInAnyOrder(LOGBACK_CORE, LOGBACK_CLASSIC, SLF4J);
        assertThat(plan.own().get("a")).isEmpty();
    }

    @Test
    void neverSharesOrPullsInLibrariesWithJvmWideRegistries() throws IOException {
        Path grpcLike = Files.copy(SLF4J, temp.resolve("grpc-api-1.0.jar"));
        Map<String, List<Path>> classpaths = new LinkedHashMap<>();
        classpaths.put("a", List.of(LOGBACK_CORE, LOGBACK_CLASSIC, grpcLike));
        classpaths.put("b", List.of(LOGBACK_CORE, LOGBACK_CLASSIC, grpcLike));

        SharedLibraries.Plan plan = SharedLibraries.plan(classpaths);

        assertThat(plan.shared()).containsExactlyInAnyOrder(LOGBACK_CORE, LOGBACK_CLASSIC);
        assertThat(plan.own().get("a")).containsExactly(grpcLike);
    }

    @Test
    void keepsOutOfANestedGroupWhatNamesALibraryEachAppKeepsItsOwnCopyOf() throws IOException {
        // The widest group shares what names gRPC (Micrometer's binders, never run); a nested group does not: what
        // names gRPC there is the apps' own gRPC code (API stubs), which runs and must see the app's own gRPC.
        Path grpcLike = Files.copy(SLF4J, temp.resolve("grpc-api-1.0.jar"));
        Map<String, List<Path>> classpaths = new LinkedHashMap<>();
        classpaths.put("gateway", List.of(LOGBACK_CORE));
        classpaths.put("vacancy", List.of(LOGBACK_CORE, LOGBACK_CLASSIC, grpcLike, ASSERTJ));
        classpaths.put("analysis", List.of(LOGBACK_CORE, LOGBACK_CLASSIC, grpcLike, ASSERTJ));

        SharedLibraries.Plan plan = SharedLibraries.plan(classpaths,
                List.of(Set.of("gateway", "vacancy", "analysis"), Set.of("vacancy", "analysis")));

        assertThat(plan.levels().get(0)).containsExactly(LOGBACK_CORE);
        assertThat(plan.levels().get(1)).containsExactly(ASSERTJ);
        assertThat(plan.own().get("vacancy")).containsExactly(LOGBACK_CLASSIC, grpcLike);
        assertThat(SharedLibraries.plan(Map.of("vacancy", classpaths.get("vacancy"), "analysis",
                classpaths.get("analysis"))).shared()).contains(LOGBACK_CLASSIC);
    }

    @Test
    void neitherPullsInSpringConfigurationOnlySomeAppsHaveNorSharesWhatNamesIt() throws IOException {
        // Seen by every app through the shared loader, its spring.factories would configure apps that lack it; and
        // logback-classic, which names SLF4J's classes, would then not find them: it stays with each app too.
        Path configuring = withEntry(SLF4J, temp.resolve("slf4j-configuring.jar"), "META-INF/spring.factories");
        Map<String, List<Path>> classpaths = new LinkedHashMap<>();
        classpaths.put("a", List.of(LOGBACK_CORE, LOGBACK_CLASSIC, configuring));
        classpaths.put("b", List.of(LOGBACK_CORE, LOGBACK_CLASSIC));

        SharedLibraries.Plan plan = SharedLibraries.plan(classpaths);

        assertThat(plan.shared()).containsExactly(LOGBACK_CORE);
        assertThat(plan.own().get("a")).containsExactly(LOGBACK_CLASSIC, configuring);
        assertThat(plan.own().get("b")).containsExactly(LOGBACK_CLASSIC);
    }

    @Test
    void keepsALibraryAtTwoVersionsPerApp() throws IOException {
        Path old = copyTo(SLF4J, temp.resolve("repo/org/slf4j/slf4j-api/2.0.1/slf4j-api-2.0.1.jar"));
        Path newer = copyTo(SLF4J, temp.resolve("repo/org/slf4j/slf4j-api/2.0.2/slf4j-api-2.0.2.jar"));
        Path sources = copyTo(SLF4J, temp.resolve("repo/org/slf4j/slf4j-api/2.0.2/slf4j-api-2.0.2-sources.jar"));

        assertThat(SharedLibraries.versionSplits(Set.of(old, newer, sources, LOGBACK_CORE)))
                .containsExactlyInAnyOrder(old, newer);

        // logback-classic names SLF4J, which each app has at its own version: shared, it could not link it.
        Map<String, List<Path>> classpaths = new LinkedHashMap<>();
        classpaths.put("a", List.of(LOGBACK_CORE, LOGBACK_CLASSIC, old));
        classpaths.put("b", List.of(LOGBACK_CORE, LOGBACK_CLASSIC, newer));
        SharedLibraries.Plan plan = SharedLibraries.plan(classpaths);
        assertThat(plan.shared()).containsExactly(LOGBACK_CORE);
        assertThat(plan.own().get("a")).containsExactly(LOGBACK_CLASSIC, old);
        assertThat(plan.own().get("b")).containsExactly(LOGBACK_CLASSIC, newer);
    }

    @Test
    void keepsThePlanUntilAnEntryChanges() throws IOException {
        Path core = copyTo(LOGBACK_CORE, temp.resolve("logback-core.jar"));
        Map<String, List<Path>> classpaths = new LinkedHashMap<>();
        classpaths.put("a", List.of(core, LOGBACK_CLASSIC, SLF4J));
        classpaths.put("b", List.of(core, LOGBACK_CLASSIC, SLF4J, ASSERTJ));
        Path cache = temp.resolve("data/launcher/shared-libraries.txt");
        List<Set<String>> groups = List.of(classpaths.keySet());

        SharedLibraries.Plan first = SharedLibraries.plan(classpaths, groups, cache);
        // An edited plan is read back as it is while the key holds, which shows it is read, not recomputed.
        List<String> lines = Files.readAllLines(cache);
        Files.write(cache, lines.subList(0, lines.size() - 1));
        SharedLibraries.Plan kept = SharedLibraries.plan(classpaths, groups, cache);
        assertThat(kept.shared()).hasSize(first.shared().size() - 1);

        Files.setLastModifiedTime(core, FileTime.fromMillis(Files.getLastModifiedTime(core).toMillis() + 2_000));
        SharedLibraries.Plan recomputed = SharedLibraries.plan(classpaths, groups, cache);
        assertThat(recomputed.shared()).containsExactlyInAnyOrderElementsOf(first.shared());
        assertThat(Files.readAllLines(cache).get(0)).isEqualTo("key=" + SharedLibraries.key(classpaths, groups));
        assertThat(SharedLibraries.key(classpaths, List.of(Set.of("a"))))
                .isNotEqualTo(SharedLibraries.key(classpaths, groups));
    }

    @Test
    void readsTheClassesAClassNamesFromItsConstantPoolAndDescriptors() throws IOException {
        Set<String> names = new HashSet<>();
        try (InputStream in = SharedLibrariesTest.class.getResourceAsStream("SharedLibrariesTest$Sample.class")) {
            ClassReferences.named(in.readAllBytes(), names);
        }
        assertThat(names).contains("java/lang/Object", "java/time/Duration", "java/util/Locale",
                "java/util/concurrent/TimeUnit", "java/io/File");
    }

    /** Names a class by a field's type, a parameter, a return type and a call. */
    @SuppressWarnings("unused")
    static final class Sample {

        private java.time.Duration timeout;

        java.util.Locale locale(java.util.concurrent.TimeUnit unit) {
            return java.util.Locale.ROOT;
        }

        Object file() {
            return new java.io.File("x");
        }
    }

    private static Path copyTo(Path jar, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        return Files.copy(jar, target);
    }

    private static Path withEntry(Path jar, Path target, String extraEntry) throws IOException {
        try (JarFile in = new JarFile(jar.toFile());
                OutputStream file = Files.newOutputStream(target);
                JarOutputStream out = new JarOutputStream(file)) {
            for (JarEntry entry : in.stream().toList()) {
                if (entry.getName().endsWith(".class")) {
                    out.putNextEntry(new JarEntry(entry.getName()));
                    try (InputStream bytes = in.getInputStream(entry)) {
                        bytes.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
            out.putNextEntry(new JarEntry(extraEntry));
            out.write("x=y\n".getBytes());
            out.closeEntry();
        }
        return target;
    }

}
