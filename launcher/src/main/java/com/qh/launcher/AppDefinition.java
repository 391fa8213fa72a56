package com.qh.launcher;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One application the launcher starts: its name (also its database's name and the {@code qh.services.<name>.url}
 * key), its Maven module relative to the project root, its main class, the port it listens on, and whether it is
 * the edge (the gateway), which needs neither database nor broker.
 */
public record AppDefinition(String name, Path module, String mainClass, int port, boolean edge) {

    /** Checks the parts a line of {@code qh-apps.txt} gives. */
    public AppDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(mainClass, "mainClass");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("An app name is a lower-case identifier (it names a database): "
                    + name);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Not a port: " + port + " for " + name);
        }
    }

    /** The same application on another port. */
    public AppDefinition withPort(int newPort) {
        return new AppDefinition(name, module, mainClass, newPort, edge);
    }

    /** Where the application answers on this machine. */
    public String url() {
        return "http://localhost:" + port;
    }
}
