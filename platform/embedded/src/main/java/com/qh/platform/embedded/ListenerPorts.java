package com.qh.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports for servers that are chosen now and bound a moment later (by another thread, process or a restart), taken
 * from {@value #LOW}–{@value #HIGH} less the system's ephemeral range, the ports the system gives the local end of
 * outgoing connections. A port from {@code new ServerSocket(0)} is in that range, so while the platform starts, one
 * of the hundreds of connections the first apps open (database pools, the broker, each other) could land on the port
 * chosen for a later app, which then failed with "port in use" (seen in CI). Linux's default ephemeral range starts at
 * 32768 (read from {@code /proc/sys/net/ipv4/ip_local_port_range} when it is there), macOS's and Windows' at 49152, so
 * the candidates are all of {@value #LOW}–{@value #HIGH} unless the range was widened; where it covers them all, the
 * system's own choice is the fallback.
 *
 * @param low  the lowest candidate
 * @param high the highest candidate ({@code high < low}: none)
 */
public record ListenerPorts(int low, int high) {

    static final int LOW = 20000;
    static final int HIGH = 32767;

    private static final Path LINUX_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

    /** The candidates on this machine. */
    public static ListenerPorts system() {
        return outside(LOW, HIGH, ephemeralRange());
    }

    /**
     * A server socket on {@code address}, bound to a free port outside the ephemeral range; the caller holds it while
     * it chooses further ports (so none is handed out twice) and closes it just before the server binds the port.
     */
    public static ServerSocket bindFree(InetAddress address) {
        for (int candidate : system().candidates()) {
            try {
                return new ServerSocket(candidate, 1, address);
            }
            catch (IOException busy) {
                // Someone listens there (or a socket held by the caller): the next one.
            }
        }
        try {
            return new ServerSocket(0, 1, address);
        }
        catch (IOException e) {
            throw new UncheckedIOException("No free port on " + address, e);
        }
    }

    /** A port free on {@code address} now, outside the ephemeral range. */
    public static int freePort(InetAddress address) {
        try (ServerSocket socket = bindFree(address)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot release a probed port on " + address, e);
        }
    }

    /** {@code low}–{@code high} less {@code ephemeral} (the part below it, else the part above it). */
    static ListenerPorts outside(int low, int high, int[] ephemeral) {
        if (ephemeral == null || ephemeral[1] < low || ephemeral[0] > high) {
            return new ListenerPorts(low, high);
        }
        if (ephemeral[0] > low) {
            return new ListenerPorts(low, ephemeral[0] - 1);
        }
        if (ephemeral[1] < high) {
            return new ListenerPorts(ephemeral[1] + 1, high);
        }
        return new ListenerPorts(0, -1);
    }

    /** Up to 200 distinct candidates in a random order (two runs side by side rarely try the same ones first). */
    List<Integer> candidates() {
        if (high < low) {
            return List.of();
        }
        Set<Integer> ports = new LinkedHashSet<>();
        int count = Math.min(200, high - low + 1);
        while (ports.size() < count) {
            ports.add(ThreadLocalRandom.current().nextInt(low, high + 1));
        }
        return List.copyOf(ports);
    }

    private static int[] ephemeralRange() {
        try {
            String[] bounds = Files.readString(LINUX_RANGE).trim().split("\\s+");
            return new int[] {Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1])};
        }
        catch (IOException | RuntimeException notLinux) {
            return null;
        }
    }
}
