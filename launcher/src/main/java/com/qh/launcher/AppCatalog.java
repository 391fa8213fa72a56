package com.qh.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the list of applications ({@code qh-apps.txt}): one per line, {@code name module mainClass port [edge]},
 * blank lines and {@code #} comments ignored. A port may be {@code ${VARIABLE:default}}, read from a system property
 * or environment variable of that name. Adding a service to the default run is adding a line.
 */
public final class AppCatalog {

    /** The list that ships with the launcher. */
    public static final String RESOURCE = "/qh-apps.txt";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)(?::([^}]*))?}");

    private AppCatalog() {
    }

    /** The applications of the shipped list, with ports resolved from the environment. */
    public static List<AppDefinition> load() {
        try (InputStream in = AppCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the launcher's classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), LaunchSettings::setting);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses a list; {@code lookup} gives the value of a variable named in a port, or {@code null} when unset.
     * Exactly one application may be the edge, and names and ports must not repeat.
     */
    public static List<AppDefinition> parse(String text, UnaryOperator<String> lookup) {
        List<AppDefinition> apps = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            String[] parts = content.split("\\s+");
            if (parts.length < 4 || parts.length > 5 || (parts.length == 5 && !parts[4].equals("edge"))) {
                throw new IllegalArgumentException("Line " + lineNumber + " of the app list is not "
                        + "'name module mainClass port [edge]': " + content);
            }
            int port;
            try {
                port = Integer.parseInt(resolve(parts[3], lookup));
            }
            catch (NumberFormatException e) {
                throw new IllegalArgumentException("Line " + lineNumber + ": the port is not a number: " + parts[3],
                        e);
            }
            apps.add(new AppDefinition(parts[0], Path.of(parts[1]), parts[2], port, parts.length == 5));
        }
        requireConsistent(apps);
        return List.copyOf(apps);
    }

    private static String resolve(String value, UnaryOperator<String> lookup) {
        Matcher placeholder = PLACEHOLDER.matcher(value);
        if (!placeholder.matches()) {
            return value;
        }
        String resolved = lookup.apply(placeholder.group(1));
        if (resolved != null && !resolved.isBlank()) {
            return resolved.strip();
        }
        if (placeholder.group(2) == null) {
            throw new IllegalArgumentException(placeholder.group(1) + " is not set and has no default");
        }
        return placeholder.group(2);
    }

    private static void requireConsistent(List<AppDefinition> apps) {
        if (apps.stream().filter(AppDefinition::edge).count() > 1) {
            throw new IllegalArgumentException("Only one app can be the edge");
        }
        if (apps.stream().map(AppDefinition::name).distinct().count() != apps.size()) {
            throw new IllegalArgumentException("Two apps have the same name");
        }
        if (apps.stream().filter(app -> app.port() != 0).map(AppDefinition::port).distinct()
                .count() != apps.stream().filter(app -> app.port() != 0).count()) {
            throw new IllegalArgumentException("Two apps have the same port");
        }
    }
}
