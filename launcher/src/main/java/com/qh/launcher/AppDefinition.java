package com.qh.launcher;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One application the launcher starts: its name (also its database's name and the {@code qh.services.<name>.url}
 * key), its Maven module relative to the project root, its main class, the port it listens on, whether it is the
 * edge (the gateway), which needs neither database nor broker, and the address it listens on.
 *
 * <p>The address is loopback unless the operator opens the gateway ({@code QH_BIND_ADDRESS}): the default run is
 * what self-hosters deploy, and a service listening on every interface would be reachable around the gateway.
 */
public record AppDefinition(String name, Path module, String mainClass, int port, boolean edge, String address) {

    /** Where every application of the default run listens unless the operator says otherwise for the gateway. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Checks the parts a catalog entry gives. */
    public AppDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(mainClass, "mainClass");
        Objects.requireNonNull(address, "address");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("An app name is a lower-case identifier (it names a database): "
                    + name);
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Not a port: " + port + " for " + name);
        }
    }

    /** An application listening on loopback only. */
    public AppDefinition(String name, Path module, String mainClass, int port, boolean edge) {
        this(name, module, mainClass, port, edge, LOOPBACK);
    }

    /** The same application on another port. */
    public AppDefinition withPort(int newPort) {
        return new AppDefinition(name, module, mainClass, newPort, edge, address);
    }

    /** The same application listening on another address. */
    public AppDefinition withAddress(String newAddress) {
        return new AppDefinition(name, module, mainClass, port, edge, newAddress);
    }

    /**
     * Where the application answers on this machine: {@code localhost} when it listens on loopback or on every
     * interface, else the one address it listens on.
     */
    public String url() {
        return "http://" + host() + ":" + port;
    }

    private String host() {
        if (BindAddress.isLoopbackOrWildcard(address)) {
            return "localhost";
        }
        return address.contains(":") ? "[" + address + "]" : address;
    }
}
