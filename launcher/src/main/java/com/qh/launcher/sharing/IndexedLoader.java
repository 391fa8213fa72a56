package com.qh.launcher.sharing;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A shared loader that knows which folders its jars hold, so that a class or resource of a folder none of them has
 * is refused at once rather than looked up in each of its two hundred jars in turn. Every class of an app goes
 * through it first (its loader asks its parent before itself), and so does every optional class Spring's
 * conditions test for: in a start's profile, those jar-by-jar misses were a twentieth of the apps' threads' time.
 *
 * <p>The index is the set of folders of every entry, a multi-release jar's {@code META-INF/versions/<n>/...} ones
 * also without that prefix, so that it can only say "absent" where the jars really lack the folder; what it lets
 * through, {@link URLClassLoader} looks up as before. A name that is itself a folder ({@code com/qh/}, as classpath
 * scanning asks) is never refused.
 */
final class IndexedLoader extends URLClassLoader {

    static {
        registerAsParallelCapable();
    }

    private static final String VERSIONS = "META-INF/versions/";

    private final Set<String> folders;

    private IndexedLoader(String name, URL[] urls, ClassLoader parent, Set<String> folders) {
        super(name, urls, parent);
        this.folders = folders;
    }

    /**
     * A loader of {@code jars} over {@code parent}, indexed when every entry is a jar file that can be read; with
     * any other entry (a folder of classes, a jar it cannot read) it is a plain {@link URLClassLoader}.
     */
    static URLClassLoader of(String name, List<Path> jars, URL[] urls, ClassLoader parent) {
        return index(jars).<URLClassLoader>map(folders -> new IndexedLoader(name, urls, parent, folders))
                .orElseGet(() -> new URLClassLoader(name, urls, parent));
    }

    /** The folders {@code jars} hold, or empty when one of them is not a jar file or cannot be read. */
    static Optional<Set<String>> index(List<Path> jars) {
        Set<String> folders = new HashSet<>();
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                return Optional.empty();
            }
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    folders.add(folderOf(entry));
                    folders.add(folderOf(withoutVersion(entry)));
                }
            }
            catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(Set.copyOf(folders));
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        int dot = name.lastIndexOf('.');
        String folder = dot < 0 ? "" : name.substring(0, dot + 1).replace('.', '/');
        if (!folders.contains(folder)) {
            throw new ClassNotFoundException(name);
        }
        return super.findClass(name);
    }

    @Override
    public URL findResource(String name) {
        return mayHold(name) ? super.findResource(name) : null;
    }

    @Override
    public Enumeration<URL> findResources(String name) throws IOException {
        return mayHold(name) ? super.findResources(name) : Collections.emptyEnumeration();
    }

    private boolean mayHold(String name) {
        return name.endsWith("/") || folders.contains(folderOf(name));
    }

    /** {@code a/b/C.class} → {@code a/b/}; a top-level entry → the empty string. */
    private static String folderOf(String entry) {
        String file = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
        return file.substring(0, file.lastIndexOf('/') + 1);
    }

    private static String withoutVersion(String entry) {
        if (!entry.startsWith(VERSIONS)) {
            return entry;
        }
        int slash = entry.indexOf('/', VERSIONS.length());
        return slash < 0 ? entry : entry.substring(slash + 1);
    }
}
