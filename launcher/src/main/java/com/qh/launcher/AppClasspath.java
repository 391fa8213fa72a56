package com.qh.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Exactly one application's classpath: its module's {@code target/classes}, then the entries of
 * {@code target/qh-classpath.txt}, which the module's build writes at {@code prepare-package}
 * ({@code maven-dependency-plugin:build-classpath}, runtime scope). Nothing of the launcher's own classpath and
 * nothing of another application's is on it.
 */
public record AppClasspath(List<Path> entries) {

    /** The file the module's build writes. */
    public static final String CLASSPATH_FILE = "target/qh-classpath.txt";

    /** Keeps an unmodifiable copy. */
    public AppClasspath {
        entries = List.copyOf(entries);
    }

    /**
     * Reads the classpath of the module at {@code moduleDirectory}; fails with what to run when the module has not
     * been built.
     */
    public static AppClasspath of(Path moduleDirectory) {
        Path classes = moduleDirectory.resolve("target/classes");
        Path listing = moduleDirectory.resolve(CLASSPATH_FILE);
        if (!Files.isDirectory(classes) || !Files.isRegularFile(listing)) {
            throw new IllegalStateException(moduleDirectory + " is not built (no target/classes or "
                    + CLASSPATH_FILE + "): run ./mvnw -Pstart, or ./mvnw package -DskipTests first");
        }
        try {
            return parse(classes, Files.readString(listing));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code classes} first, then the path-separated entries of {@code listing} (blank ones skipped). */
    static AppClasspath parse(Path classes, String listing) {
        List<Path> entries = new ArrayList<>();
        entries.add(classes);
        for (String entry : listing.strip().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry.strip()));
            }
        }
        return new AppClasspath(entries);
    }

    /** The entries as URLs, for a class loader. */
    public URL[] urls() {
        return entries.stream().map(AppClasspath::toUrl).toArray(URL[]::new);
    }

    /** The entries joined for {@code java -cp}. */
    public String asArgument() {
        return String.join(File.pathSeparator, entries.stream().map(Path::toString).toList());
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        }
        catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a classpath entry: " + path, e);
        }
    }
}
