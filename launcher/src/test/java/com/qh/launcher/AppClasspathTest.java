package com.qh.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppClasspathTest {

    @TempDir
    Path module;

    @Test
    void putsModuleClassesFirstThenTheListedDependencies() throws IOException {
        Files.createDirectories(module.resolve("target/classes"));
        Files.writeString(module.resolve(AppClasspath.CLASSPATH_FILE),
                String.join(File.pathSeparator, "/m2/spring-boot.jar", "/m2/postgresql.jar") + "\n");

        AppClasspath classpath = AppClasspath.of(module);

        assertThat(classpath.entries()).containsExactly(module.resolve("target/classes"),
                Path.of("/m2/spring-boot.jar"), Path.of("/m2/postgresql.jar"));
        assertThat(classpath.asArgument()).isEqualTo(module.resolve("target/classes") + File.pathSeparator
                + "/m2/spring-boot.jar" + File.pathSeparator + "/m2/postgresql.jar");
    }

    @Test
    void givesDirectoryUrlsTrailingSlashSoClassLoaderReadsThemAsDirectories() throws IOException {
        Files.createDirectories(module.resolve("target/classes"));
        Files.writeString(module.resolve(AppClasspath.CLASSPATH_FILE), "");

        AppClasspath classpath = AppClasspath.of(module);

        assertThat(classpath.entries()).hasSize(1);
        assertThat(classpath.urls()[0].toString()).startsWith("file:").endsWith("/target/classes/");
    }

    @Test
    void tellsHowToBuildModuleThatIsNotBuilt() {
        assertThatThrownBy(() -> AppClasspath.of(module)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not built").hasMessageContaining("./mvnw");
    }
}
