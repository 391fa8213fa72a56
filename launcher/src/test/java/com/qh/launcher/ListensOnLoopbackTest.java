package com.qh.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The default run listens on loopback only: every app, the embedded PostgreSQL and the broker refuse a connection to
 * this machine's own network address, so nobody on the same network reaches them (issue 21, item 1). The gateway is
 * opened only when the operator sets {@code QH_BIND_ADDRESS}, which the test run does not.
 */
@ExtendWith(RunningPlatform.class)
class ListensOnLoopbackTest {

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    @Test
    void refusesConnectionsToThisMachinesNetworkAddressOnEveryPortOfTheDefaultRun() throws Exception {
        List<InetAddress> network = networkAddresses();
        assumeFalse(network.isEmpty(), "this machine has no network address but loopback");

        for (Map.Entry<String, Integer> port : ports().entrySet()) {
            try (Socket local = new Socket()) {
                local.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port.getValue()), 2_000);
                assertThat(local.isConnected()).as("%s on loopback", port.getKey()).isTrue();
            }
            for (InetAddress address : network) {
                assertThatExceptionOfType(ConnectException.class).as("%s on %s:%d", port.getKey(), address,
                        port.getValue()).isThrownBy(() -> {
                            try (Socket remote = new Socket()) {
                                remote.connect(new InetSocketAddress(address, port.getValue()), 2_000);
                            }
                        });
            }
        }
    }

    /**
     * Every socket this JVM listens on (each app's server, and any management port an app may open besides) is bound
     * to loopback: read from Linux's socket tables, matched to this process's file descriptors.
     */
    @Test
    void listensOnNothingButLoopbackInThisJvm() throws Exception {
        Path tcp = Path.of("/proc/self/net/tcp");
        assumeTrue(Files.isReadable(tcp) && Files.isDirectory(Path.of("/proc/self/fd")), "Linux's /proc");
        Set<String> ownSockets = new HashSet<>();
        try (var descriptors = Files.list(Path.of("/proc/self/fd"))) {
            for (Path descriptor : descriptors.toList()) {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        ownSockets.add(target.substring(8, target.length() - 1));
                    }
                }
                catch (IOException | UnsupportedOperationException e) {
                    // A descriptor closed while listing.
                }
            }
        }
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/self/net/tcp", "/proc/self/net/tcp6")) {
            if (!Files.isReadable(Path.of(table))) {
                continue;
            }
            for (String line : Files.readAllLines(Path.of(table)).stream().skip(1).toList()) {
                String[] fields = line.strip().split("\\s+");
                if (fields[3].equals("0A") && ownSockets.contains(fields[9])) {
                    listening.add(fields[1]);
                }
            }
        }
        assertThat(listening).as("this JVM's listening sockets").isNotEmpty();
        for (AppDefinition app : platform.platform().apps()) {
            assertThat(listening).as("%s is among them", app.name())
                    .anyMatch(local -> local.endsWith(":" + "%04X".formatted(app.port())));
        }
        assertThat(listening).as("local addresses of this JVM's listening sockets")
                .allMatch(ListensOnLoopbackTest::isLoopback);
    }

    /**
     * A local address as the kernel's tables print it (hex, each 32-bit word little-endian, then the port):
     * 127.x.y.z is {@code ....7F}, ::1 is {@code 00000000000000000000000001000000}, ::ffff:127.x.y.z ends in
     * {@code FFFF0000....7F}.
     */
    private static boolean isLoopback(String local) {
        String address = local.substring(0, local.indexOf(':'));
        return address.length() == 8 ? address.endsWith("7F")
                : address.equals("00000000000000000000000001000000")
                        || address.startsWith("0000000000000000FFFF0000") && address.endsWith("7F");
    }

    /** Every app's port, PostgreSQL's and the broker's. */
    private static Map<String, Integer> ports() {
        Map<String, Integer> ports = new TreeMap<>();
        for (AppDefinition app : platform.platform().apps()) {
            ports.put(app.name(), app.port());
        }
        ports.put("postgres", URI.create(platform.platform().jdbcUrl("auth").substring("jdbc:".length())).getPort());
        ports.put("broker", platform.platform().brokerPort());
        return ports;
    }

    /** This machine's IPv4 addresses other than loopback and link-local, those another host could connect to. */
    private static List<InetAddress> networkAddresses() throws SocketException {
        List<InetAddress> addresses = new ArrayList<>();
        for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (face.isUp() && !face.isLoopback()) {
                Collections.list(face.getInetAddresses()).stream()
                        .filter(address -> address instanceof Inet4Address && !address.isLinkLocalAddress())
                        .forEach(addresses::add);
            }
        }
        return addresses;
    }
}
