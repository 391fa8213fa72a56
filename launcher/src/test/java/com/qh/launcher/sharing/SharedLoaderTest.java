package com.qh.launcher.sharing;

import static com.qh.launcher.sharing.TestJars.LOGBACK_CLASSIC;
import static com.qh.launcher.sharing.TestJars.LOGBACK_CORE;
import static com.qh.launcher.sharing.TestJars.SLF4J;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sharing only saves time: whatever goes wrong with it, each app loads its own copy and the platform starts. */
class SharedLoaderTest {


    @TempDir
    Path temp;

    @Test
    void shareNothingWhenThePlatformsLoggingIsNotAmongTheSharedJars() {
        Map<String, List<Path>> classpaths = new LinkedHashMap<>();
        classpaths.put("a", List.of(SLF4J, LOGBACK_CORE, LOGBACK_CLASSIC));
        classpaths.put("b", List.of(SLF4J, LOGBACK_CORE, LOGBACK_CLASSIC));

        assertThat(SharedLoader.create(classpaths, List.of(classpaths.keySet()), temp.resolve("plan.txt"), true))
                .isEmpty();
    }

    @Test
    void shareNothingWhenAJarCannotBeRead() throws IOException {
        Path broken = Files.writeString(temp.resolve("broken-1.0.jar"), "not a zip");
        Map<String, List<Path>> classpaths = new LinkedHashMap<>();
        classpaths.put("a", List.of(SLF4J, broken));
        classpaths.put("b", List.of(SLF4J, broken));

        assertThat(SharedLoader.create(classpaths, List.of(Set.of("a", "b")), temp.resolve("plan.txt"), true))
                .isEmpty();
    }

    @Test
    void usesAPlanItCannotKeep() throws IOException {
        // A read-only place for the plan (another user's build): planned again next time, used now.
        Path notADirectory = Files.writeString(temp.resolve("file"), "x");
        Map<String, List<Path>> classpaths = new LinkedHashMap<>();
        classpaths.put("a", List.of(SLF4J, LOGBACK_CORE, LOGBACK_CLASSIC));
        classpaths.put("b", List.of(SLF4J, LOGBACK_CORE, LOGBACK_CLASSIC));

        SharedLibraries.Plan plan = SharedLibraries.plan(classpaths, List.of(classpaths.keySet()),
                notADirectory.resolve("plan.txt"));

        assertThat(plan.shared()).containsExactlyInAnyOrder(SLF4J, LOGBACK_CORE, LOGBACK_CLASSIC);
    }
}
