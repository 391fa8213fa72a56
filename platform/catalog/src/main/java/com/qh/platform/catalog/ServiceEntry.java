package com.qh.platform.catalog;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One application as the catalog declares it.
 *
 * @param name lower-case identifier: its database, its {@code qh.services.<name>.url} key, its Kubernetes names
 * @param module its Maven module relative to the project root
 * @param mainClass its Spring Boot application class
 * @param port its port as written: a number or {@code ${VARIABLE:default}}
 * @param edge whether it is the gateway: no database or broker, awaited last, routes the others
 * @param routes path patterns the gateway forwards to it unchanged
 * @param websockets exact paths whose WebSocket connections the gateway relays to it
 * @param publicPaths patterns open without a token at the service (and, except {@code /internal/**}, at the gateway)
 * @param apiDocs whether it publishes {@code /v3/api-docs} for the gateway's Swagger UI
 * @param database whether it has a PostgreSQL database of its own
 * @param resources what one replica asks of Kubernetes
 * @param fallback whether the gateway sends it every path no other route, the API, the actuator, the API documents,
 *        Swagger UI, {@code /.well-known/**} or {@code /internal/**} covers (the web app): one entry rather than a
 *        list of page paths that would drift from its screens
 */
public record ServiceEntry(String name, String module, String mainClass, String port, boolean edge,
        List<String> routes, List<String> websockets, List<String> publicPaths, boolean apiDocs, boolean database,
        Resources resources, boolean fallback) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)(?::([^}]*))?}");

    /** Checks what a database name, a property key and a Kubernetes name all accept. */
    public ServiceEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(mainClass, "main-class");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(resources, "resources");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("A service name is a lower-case identifier (it names a database): "
                    + name);
        }
        if (edge && database) {
            throw new IllegalArgumentException(name + ": the edge has no database");
        }
        if (edge && fallback) {
            throw new IllegalArgumentException(name + ": the edge cannot be the gateway's fallback");
        }
        routes = List.copyOf(routes);
        websockets = List.copyOf(websockets);
        publicPaths = List.copyOf(publicPaths);
        resolve(name, port, variable -> null);
    }

    /**
     * The port, a {@code ${VARIABLE:default}} read through {@code lookup} (which answers {@code null} when unset).
     */
    public int port(UnaryOperator<String> lookup) {
        return resolve(name, port, lookup);
    }

    private static int resolve(String name, String port, UnaryOperator<String> lookup) {
        String value = port;
        Matcher placeholder = PLACEHOLDER.matcher(port);
        if (placeholder.matches()) {
            String resolved = lookup.apply(placeholder.group(1));
            if (resolved != null && !resolved.isBlank()) {
                value = resolved.strip();
            }
            else if (placeholder.group(2) == null) {
                throw new IllegalArgumentException(placeholder.group(1) + " is not set and has no default");
            }
            else {
                value = placeholder.group(2);
            }
        }
        int number;
        try {
            number = Integer.parseInt(value);
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": the port is not a number: " + value, e);
        }
        if (number < 0 || number > 65_535) {
            throw new IllegalArgumentException("Not a port: " + number + " for " + name);
        }
        return number;
    }

    /** The port when no variable is set: what deployments and the gateway's default addresses use. */
    public int defaultPort() {
        return port(variable -> null);
    }

    /** Where the gateway finds it unless {@code qh.services.<name>.url} says otherwise. */
    public String defaultUrl() {
        return "http://localhost:" + defaultPort();
    }
}
