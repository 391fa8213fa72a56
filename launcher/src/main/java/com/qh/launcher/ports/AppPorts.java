package com.qh.launcher.ports;

import com.qh.launcher.AppDefinition;
import com.qh.platform.embedded.ListenerPorts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the port of every application of the default run before any starts, so that each can be told where the
 * others are ({@code qh.services.<name>.url}, which also gives gRPC targets, the gateway's routes and the JWKS
 * address) before it starts.
 *
 * <ul>
 * <li>The gateway takes the port asked for ({@code QH_HTTP_PORT}, default 8080): it is the one users type.</li>
 * <li>A service keeps its catalog port (8081, 8082, ...) while that port is free on loopback, so addresses stay
 * the same from run to run, and takes a free port from the system otherwise: another program on 8081 or a second
 * default run never stops the platform from starting.</li>
 * <li>Gateway port 0 puts every application on a free port (end-to-end tests, several runs side by side).</li>
 * </ul>
 *
 * A port is known to be free when it is chosen, not when the application binds it moments later. The free ports
 * are therefore taken from outside the system's ephemeral range ({@link ListenerPorts}), where the outgoing
 * connections of the apps that start first cannot take them. A program that starts listening on the chosen port in between still makes the app fail with a
 * clear "port in use" error.
 * Production (compose, Kubernetes) does not use this: there every service has its catalog port in its own
 * container.
 */
public final class AppPorts {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private AppPorts() {
    }

    /** The applications with the ports they are to listen on, in the same order; all ports distinct. */
    public static List<AppDefinition> assign(List<AppDefinition> apps, int httpPort) {
        Set<Integer> taken = new HashSet<>();
        if (httpPort != 0) {
            taken.add(httpPort);
        }
        // Held open until every port is chosen, so the system never hands out the same free port twice.
        List<ServerSocket> held = new ArrayList<>();
        try {
            List<AppDefinition> assigned = new ArrayList<>();
            for (AppDefinition app : apps) {
                int port;
                if (app.edge() && httpPort != 0) {
                    port = httpPort;
                }
                else if (httpPort != 0 && !taken.contains(app.port()) && isFree(app.port())) {
                    port = app.port();
                }
                else {
                    port = holdFreePort(held);
                }
                taken.add(port);
                assigned.add(app.withPort(port));
            }
            return List.copyOf(assigned);
        }
        finally {
            held.forEach(AppPorts::closeQuietly);
        }
    }

    /** Whether a server could listen on {@code port} of the loopback interface now. */
    public static boolean isFree(int port) {
        if (port <= 0) {
            return false;
        }
        try (ServerSocket probe = new ServerSocket(port, 1, LOOPBACK)) {
            return true;
        }
        catch (IOException e) {
            return false;
        }
    }

    /**
     * The address of every application by name, as each application is told it ({@code qh.services.<name>.url}):
     * where the gateway routes, services call each other over HTTP and gRPC, and where the JWKS is read.
     */
    public static Map<String, String> serviceUrls(List<AppDefinition> apps) {
        Map<String, String> urls = new LinkedHashMap<>();
        apps.forEach(app -> urls.put(app.name(), app.url()));
        return urls;
    }

    private static int holdFreePort(List<ServerSocket> held) {
        ServerSocket socket = ListenerPorts.bindFree(LOOPBACK);
        held.add(socket);
        return socket.getLocalPort();
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        }
        catch (IOException e) {
            // Only a probe: nothing was accepted on it.
        }
    }
}
