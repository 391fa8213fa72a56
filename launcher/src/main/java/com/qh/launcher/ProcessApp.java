package com.qh.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An application in a child JVM: the launcher's own {@code java}, the application's classpath only, its main
 * class, output to the launcher's terminal. Closing sends SIGTERM, which Spring Boot answers with a graceful
 * shutdown.
 */
final class ProcessApp implements RunningApp {

    private static final Logger log = LoggerFactory.getLogger(ProcessApp.class);
    private static final long GRACE_SECONDS = 45;

    private final AppDefinition definition;
    private final Process process;

    private ProcessApp(AppDefinition definition, Process process) {
        this.definition = definition;
        this.process = process;
    }

    static ProcessApp start(AppDefinition definition, AppClasspath classpath, List<String> arguments,
            List<String> jvmOptions, Path workingDirectory) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath.asArgument());
        command.add(definition.mainClass());
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).inheritIO().start();
            return new ProcessApp(definition, process);
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException("Could not start " + definition.name() + " in a new JVM", e);
        }
    }

    /** The {@code java} that runs the launcher, so the children run on the JDK the toolchain picked. */
    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    @Override
    public AppDefinition definition() {
        return definition;
    }

    @Override
    public Optional<String> failure() {
        return process.isAlive() ? Optional.empty()
                : Optional.of("its JVM exited with status " + process.exitValue());
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
                log.warn("{} did not stop within {} s; killing it", definition.name(), GRACE_SECONDS);
                process.destroyForcibly().waitFor();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
