package com.qh.launcher.sharing;

import static com.qh.launcher.sharing.TestJars.LOGBACK_CORE;
import static com.qh.launcher.sharing.TestJars.SLF4J;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index only ever refuses what the jars do not hold: the indexed loader answers as a plain one does. */
class IndexedLoaderTest {

    private static final ClassLoader PLATFORM = ClassLoader.getPlatformClassLoader();

    @TempDir
    Path temp;

    @Test
    void answersEveryNameAsAPlainLoaderDoes() throws IOException {
        List<Path> jars = List.of(SLF4J, LOGBACK_CORE);
        List<String> names = new java.util.ArrayList<>(List.of("com/qh/nowhere/Thing.class", "nowhere.txt",
                "org/slf4j/nowhere/x.properties", "META-INF/MANIFEST.MF", "META-INF/services/", "org/", "org/slf4j/",
                "com/qh/", "module-info.class"));
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                zip.stream().map(ZipEntry::getName).forEach(names::add);
            }
        }
        try (URLClassLoader indexed = IndexedLoader.of("indexed", jars, urls(jars), PLATFORM);
                URLClassLoader plain = new URLClassLoader("plain", urls(jars), PLATFORM)) {
            assertThat(indexed).isInstanceOf(IndexedLoader.class);
            for (String name : names) {
                assertThat(found(indexed.findResource(name))).as(name).isEqualTo(found(plain.findResource(name)));
                assertThat(Collections.list(indexed.findResources(name))).as(name)
                        .hasSameSizeAs(Collections.list(plain.findResources(name)));
            }
        }
    }

    @Test
    void loadsTheClassesOfItsJarsAndRefusesOthers() throws Exception {
        List<Path> jars = List.of(SLF4J);
        try (URLClassLoader indexed = IndexedLoader.of("indexed", jars, urls(jars), PLATFORM)) {
            Class<?> factory = indexed.loadClass("org.slf4j.LoggerFactory");

            assertThat(factory.getClassLoader()).isSameAs(indexed);
            assertThatThrownBy(() -> indexed.loadClass("com.qh.analysis.Nowhere"))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThatThrownBy(() -> indexed.loadClass("org.slf4j.Nowhere"))
                    .isInstanceOf(ClassNotFoundException.class);
            assertThat(indexed.loadClass("java.lang.String")).isSameAs(String.class);
        }
    }

    @Test
    void findsAnEntryAMultiReleaseJarHoldsOnlyForNewerJavas() throws IOException {
        Path jar = temp.resolve("versions-1.0.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MULTI_RELEASE, "true");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            zip.putNextEntry(new ZipEntry("com/example/Base.txt"));
            zip.write("base".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("META-INF/versions/11/com/example/newer/Only.txt"));
            zip.write("newer".getBytes(StandardCharsets.UTF_8));
        }
        List<Path> jars = List.of(jar);
        try (URLClassLoader indexed = IndexedLoader.of("indexed", jars, urls(jars), PLATFORM);
                URLClassLoader plain = new URLClassLoader("plain", urls(jars), PLATFORM)) {
            assertThat(plain.findResource("com/example/newer/Only.txt")).isNotNull();
            assertThat(indexed.findResource("com/example/newer/Only.txt")).isNotNull();
            assertThat(indexed.findResource("com/example/Base.txt")).isNotNull();
        }
    }

    @Test
    void isAPlainLoaderWhenAnEntryIsAFolderOrNotAJar() throws IOException {
        Path classes = Files.createDirectory(temp.resolve("classes"));
        Path broken = Files.writeString(temp.resolve("broken-1.0.jar"), "not a zip");

        for (List<Path> entries : List.of(List.of(SLF4J, classes), List.of(SLF4J, broken))) {
            try (URLClassLoader loader = IndexedLoader.of("plain", entries, urls(entries), PLATFORM)) {
                assertThat(loader).isNotInstanceOf(IndexedLoader.class);
            }
        }
    }

    private static boolean found(URL url) {
        return url != null;
    }

    private static URL[] urls(List<Path> entries) throws IOException {
        URL[] urls = new URL[entries.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = entries.get(i).toUri().toURL();
        }
        return urls;
    }
}
