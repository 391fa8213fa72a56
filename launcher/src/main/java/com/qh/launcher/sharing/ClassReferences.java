package com.qh.launcher.sharing;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The classes a classpath entry (a jar or a directory) defines, and the classes its code names: the constant pool's
 * class entries and the types in the descriptors of its fields, methods, {@code NameAndType} and {@code MethodType}
 * entries. Annotations are left out, since a missing annotation type never fails a link (Spring's
 * {@code @ConditionalOnClass} names classes that are deliberately absent). Class names are internal ones
 * ({@code org/slf4j/Logger}); {@code META-INF/versions/N/} copies count as the class itself.
 */
record ClassReferences(Set<String> defines, Set<String> names, boolean configuresSpring) {

    /**
     * Resources that switch Spring Boot features on in whichever app sees them: a jar carrying one may only be shared
     * among apps that all have it.
     */
    private static final List<String> SPRING_CONFIGURATION = List.of("META-INF/spring.factories",
            "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports");

    /** Reads {@code entry}; with {@code withNames} false only what it defines (cheaper: no class is parsed). */
    static ClassReferences of(Path entry, boolean withNames) {
        Set<String> defines = new HashSet<>();
        Set<String> names = new HashSet<>();
        boolean configures = false;
        try {
            if (Files.isDirectory(entry)) {
                try (Stream<Path> files = Files.walk(entry)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        String relative = entry.relativize(file).toString().replace('\\', '/');
                        configures |= SPRING_CONFIGURATION.contains(relative);
                        if (isClass(relative)) {
                            read(relative, withNames ? Files.readAllBytes(file) : null, defines, names);
                        }
                    }
                }
            }
            else if (Files.isRegularFile(entry)) {
                try (ZipFile jar = new ZipFile(entry.toFile())) {
                    for (ZipEntry zipEntry : Collections.list(jar.entries())) {
                        String name = zipEntry.getName();
                        configures |= SPRING_CONFIGURATION.contains(name);
                        if (isClass(name)) {
                            byte[] bytes = null;
                            if (withNames) {
                                try (InputStream in = jar.getInputStream(zipEntry)) {
                                    bytes = in.readAllBytes();
                                }
                            }
                            read(name, bytes, defines, names);
                        }
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the classpath entry " + entry, e);
        }
        names.removeAll(defines);
        return new ClassReferences(Set.copyOf(defines), Set.copyOf(names), configures);
    }

    private static boolean isClass(String name) {
        return name.endsWith(".class") && !name.endsWith("module-info.class") && !name.endsWith("package-info.class");
    }

    private static void read(String entryName, byte[] bytes, Set<String> defines, Set<String> names)
            throws IOException {
        String name = entryName.replaceFirst("^META-INF/versions/\\d+/", "");
        defines.add(name.substring(0, name.length() - ".class".length()));
        if (bytes != null) {
            named(bytes, names);
        }
    }

    /** Adds the classes the class file {@code bytes} names (JVMS 4.4, 4.5, 4.6) to {@code names}. */
    static void named(byte[] bytes, Set<String> names) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        in.skipNBytes(8); // magic, minor and major version
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        List<Integer> classes = new ArrayList<>();
        List<Integer> descriptors = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classes.add(in.readUnsignedShort());
                case 16 -> descriptors.add(in.readUnsignedShort()); // MethodType
                case 12 -> { // NameAndType
                    in.readUnsignedShort();
                    descriptors.add(in.readUnsignedShort());
                }
                case 8, 19, 20 -> in.readUnsignedShort(); // String, Module, Package
                case 3, 4, 9, 10, 11, 17, 18 -> in.readInt();
                case 5, 6 -> { // Long, Double take two slots
                    in.readLong();
                    i++;
                }
                case 15 -> in.skipNBytes(3); // MethodHandle
                default -> throw new IOException("Unknown constant pool tag " + tag);
            }
        }
        in.skipNBytes(6); // access flags, this class, super class (both in the pool's class entries)
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces (class entries too)
        for (int kind = 0; kind < 2; kind++) { // fields, then methods
            int members = in.readUnsignedShort();
            for (int i = 0; i < members; i++) {
                in.skipNBytes(4); // access flags, name
                descriptors.add(in.readUnsignedShort());
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    in.skipNBytes(2);
                    in.skipNBytes(in.readInt());
                }
            }
        }
        for (int index : classes) {
            String name = utf8[index];
            if (name != null && name.startsWith("[")) {
                typesIn(name, names);
            }
            else if (name != null) {
                names.add(name);
            }
        }
        for (int index : descriptors) {
            if (utf8[index] != null) {
                typesIn(utf8[index], names);
            }
        }
    }

    /** The class types ({@code Lname;}) in a field or method descriptor. */
    private static void typesIn(String descriptor, Set<String> names) {
        int start = descriptor.indexOf('L');
        while (start >= 0) {
            int end = descriptor.indexOf(';', start);
            if (end < 0) {
                return;
            }
            names.add(descriptor.substring(start + 1, end));
            start = descriptor.indexOf('L', end);
        }
    }
}
