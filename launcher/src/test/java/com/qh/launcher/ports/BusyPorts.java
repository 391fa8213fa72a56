package com.qh.launcher.ports;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Ports another program holds while a test runs: each is bound here on loopback, or left alone when something else
 * already holds it (busy either way, which is all the test needs).
 */
final class BusyPorts implements AutoCloseable {

    private final List<ServerSocket> sockets = new ArrayList<>();

    private BusyPorts(int... ports) {
        for (int port : ports) {
            try {
                sockets.add(new ServerSocket(port, 1, InetAddress.getLoopbackAddress()));
            }
            catch (IOException alreadyTaken) {
                // Held by another program on this machine: just as busy.
            }
        }
    }

    /** Occupies {@code ports} until closed. */
    static BusyPorts occupy(int... ports) {
        return new BusyPorts(ports);
    }

    /** A port nothing listens on now. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    @Override
    public void close() throws IOException {
        for (ServerSocket socket : sockets) {
            socket.close();
        }
    }
}
