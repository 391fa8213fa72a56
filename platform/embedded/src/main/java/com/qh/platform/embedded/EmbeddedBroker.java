package com.qh.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.model.ConfiguredObject;
import org.apache.qpid.server.model.SystemConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An AMQP 0-9-1 broker in this JVM (Apache Qpid Broker-J) on the loopback interface, for the same client code
 * that talks to RabbitMQ in production: user {@code guest}/{@code guest}, virtual host {@code /}.
 *
 * <p>Its virtual host keeps durable exchanges, queues, bindings and persistent messages in a Derby store under
 * the directory the caller gives, so they survive a restart. The broker's own configuration (port, users) is not
 * kept: it is built from {@code qh-broker-initial-config.json} on every start, so a new version of this class
 * never meets an old configuration on disk.
 */
public final class EmbeddedBroker implements AutoCloseable {

    /** The address the broker listens on. */
    public static final String HOST = "127.0.0.1";
    /** The one user, as on a fresh RabbitMQ. */
    public static final String USERNAME = "guest";
    /** The password of {@link #USERNAME}. */
    public static final String PASSWORD = "guest";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final String INITIAL_CONFIGURATION = "qh-broker-initial-config.json";

    private final SystemLauncher launcher;
    private final int port;
    private final Path storeDirectory;

    private EmbeddedBroker(SystemLauncher launcher, int port, Path storeDirectory) {
        this.launcher = launcher;
        this.port = port;
        this.storeDirectory = storeDirectory;
    }

    /** Starts a broker on a free port with its store in {@code storeDirectory}. */
    public static EmbeddedBroker start(Path storeDirectory) {
        return start(storeDirectory, 0);
    }

    /** Starts a broker on {@code port} (0 for a free one) with its store in {@code storeDirectory}. */
    public static EmbeddedBroker start(Path storeDirectory, int port) {
        Path directory = storeDirectory.toAbsolutePath().normalize();
        int listenPort = port == 0 ? freePort() : port;
        Map<String, String> context = new HashMap<>();
        context.put("qh.broker.host", HOST);
        context.put("qh.broker.port", Integer.toString(listenPort));
        context.put("qh.broker.username", USERNAME);
        context.put("qh.broker.password", PASSWORD);
        context.put("qh.broker.store", directory.resolve("virtualhost").toString());
        context.put(SystemConfig.QPID_WORK_DIR, directory.toString());
        // Derby would otherwise write derby.log into whatever directory the JVM was started in.
        System.setProperty("derby.stream.error.file", directory.resolve("derby.log").toString());

        Map<String, Object> attributes = new HashMap<>();
        // Qpid's in-memory configuration store is a separate plugin; a JSON file deleted before each start does
        // the same job: the broker configuration always comes fresh from the initial configuration.
        Path brokerConfiguration = directory.resolve("broker-config.json");
        attributes.put(ConfiguredObject.TYPE, "JSON");
        attributes.put("storePath", brokerConfiguration.toString());
        attributes.put(SystemConfig.INITIAL_CONFIGURATION_LOCATION,
                EmbeddedBroker.class.getResource("/" + INITIAL_CONFIGURATION).toExternalForm());
        attributes.put(SystemConfig.STARTUP_LOGGED_TO_SYSTEM_OUT, false);
        attributes.put(ConfiguredObject.CONTEXT, context);

        SystemLauncher launcher = new SystemLauncher();
        long started = System.nanoTime();
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(brokerConfiguration);
            Files.deleteIfExists(directory.resolve("broker-config.json.bak"));
            launcher.startup(attributes);
        }
        catch (Exception e) {
            launcher.shutdown();
            throw new IllegalStateException("The AMQP broker did not start on port " + listenPort, e);
        }
        if (!accepts(listenPort)) {
            // Qpid reports a port it could not bind only in its log; without this the failure shows up later
            // as "connection refused" in every service.
            launcher.shutdown();
            throw new IllegalStateException("The AMQP broker is not listening on " + HOST + ":" + listenPort);
        }
        log.info("AMQP broker ready on {}:{} with its store in {} ({} ms)", HOST, listenPort, directory,
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedBroker(launcher, listenPort, directory);
    }

    /** The AMQP port on {@link #HOST}. */
    public int port() {
        return port;
    }

    /** Where the virtual host keeps its store. */
    public Path storeDirectory() {
        return storeDirectory;
    }

    /** Stops the broker; persistent messages and durable objects stay in the store. */
    @Override
    public void close() {
        launcher.shutdown();
    }

    private static int freePort() {
        try {
            // Outside the ephemeral range: a restart binds the same port again, after clients' connections have come
            // and gone meanwhile.
            return ListenerPorts.freePort(InetAddress.getByName(HOST));
        }
        catch (IOException e) {
            throw new UncheckedIOException("No free port on " + HOST, e);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 2_000);
            return true;
        }
        catch (IOException e) {
            return false;
        }
    }
}
