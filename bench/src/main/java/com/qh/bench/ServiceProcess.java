package com.qh.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * One QH application run as a child JVM of the harness, on loopback: started from a classpath file (the module's
 * {@code target/classes} and {@code qh-classpath.txt}, copied aside by {@code bench/notification-bench.sh} so that a
 * build running beside the benchmark cannot swap jars under it), awaited until its health probe answers 200, and
 * stopped gracefully (SIGTERM) or killed (SIGKILL). Each start writes its output to its own log file. A JVM shutdown
 * hook kills a child still running when the harness exits, so an interrupted run leaves no service behind.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final String name;
    private final Path classpathFile;
    private final String mainClass;
    private final int port;
    private final String healthPath;
    private final Map<String, String> environment;
    private final Path logDirectory;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    /**
     * @param healthPath the probe that answers 200 once the application can do its work (readiness, or liveness
     *        for the gateway, whose readiness waits for services the benchmark does not run)
     * @param environment set on top of the harness's own environment (Spring's relaxed binding reads it)
     */
    ServiceProcess(String name, Path classpathFile, String mainClass, int port, String healthPath,
            Map<String, String> environment, Path logDirectory) {
        this.name = name;
        this.classpathFile = classpathFile;
        this.mainClass = mainClass;
        this.port = port;
        this.healthPath = healthPath;
        this.environment = Map.copyOf(environment);
        this.logDirectory = logDirectory;
        Runtime.getRuntime().addShutdownHook(new Thread(this::killIfRunning, "stop-" + name));
    }

    /** Starts the JVM; refuses when something already listens on the port (another platform, an earlier run). */
    synchronized Instant start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        if (listening(port)) {
            throw new IllegalStateException("Port " + port + " is taken: is a platform or an earlier run still up? "
                    + "Stop it (and hold the platform lock) before benchmarking " + name);
        }
        try {
            String classpath = Files.readString(classpathFile).strip();
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, mainClass,
                    "--server.port=" + port, "--server.address=127.0.0.1"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logDirectory.resolve(name + "-" + (++starts) + ".log").toFile());
            builder.environment().putAll(environment);
            Instant started = Instant.now();
            process = builder.start();
            return started;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Waits until the health probe answers 200; fails at once if the JVM exits, and after {@code timeout}. */
    Instant awaitReady(Duration timeout) {
        URI probe = URI.create("http://127.0.0.1:" + port + healthPath);
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Process current = current();
            if (current == null || !current.isAlive()) {
                throw new IllegalStateException(name + " exited while starting; see " + logDirectory);
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return Instant.now();
                }
            }
            catch (IOException notYet) {
                // Not listening yet.
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        throw new IllegalStateException(name + " was not ready within " + timeout + "; see " + logDirectory);
    }

    /** When a stop was signalled and when the JVM was gone. */
    record Stop(Instant signalled, Instant exited) {
    }

    /** SIGKILL, as a crash or an OOM killer would: no shutdown hook, no drain. Returns once the JVM is gone. */
    Stop kill() {
        Process current = current();
        Instant at = Instant.now();
        current.destroyForcibly();
        awaitExit(current);
        return new Stop(at, Instant.now());
    }

    /** SIGTERM: Spring's graceful shutdown; SIGKILL if the JVM is still there after a minute. */
    Stop stop() {
        Process current = current();
        Instant at = Instant.now();
        current.destroy();
        try {
            if (!current.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                current.destroyForcibly();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.destroyForcibly();
        }
        awaitExit(current);
        return new Stop(at, Instant.now());
    }

    long pid() {
        return current().pid();
    }

    @Override
    public void close() {
        Process current = current();
        if (current != null && current.isAlive()) {
            stop();
        }
    }

    private synchronized Process current() {
        return process;
    }

    private void killIfRunning() {
        Process current = current();
        if (current != null && current.isAlive()) {
            current.destroyForcibly();
        }
    }

    private static void awaitExit(Process process) {
        try {
            process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        catch (Exception e) {
            throw new IllegalStateException("Process " + process.pid() + " did not exit", e);
        }
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        }
        catch (IOException e) {
            return false;
        }
    }
}
