package com.qh.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * A test JVM ends as surefire ends it, in a JVM of its own: the run's launcher session closes, then
 * {@code System.exit(0)}. The servers must be down when the session has closed, and the JVM must exit promptly
 * (surefire kills a fork still exiting after 30 seconds, and every module's build waited that long).
 */
class TestRunEndTest {

    @Test
    void stopsTheEmbeddedServersWhenTheRunEndsAndExitsPromptly() throws Exception {
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SurefireLikeRun.class.getName())
                .redirectErrorStream(true).start();
        List<String> output = new ArrayList<>();
        long sessionClosedAt = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                output.add(line);
                if (line.startsWith("session-closed ")) {
                    sessionClosedAt = System.nanoTime();
                }
            }
        }
        assertThat(run.waitFor(2, TimeUnit.MINUTES)).as(String.join("\n", output)).isTrue();
        long exitMillis = Duration.ofNanos(System.nanoTime() - sessionClosedAt).toMillis();

        String report = output.stream().filter(line -> line.startsWith("session-closed ")).findFirst()
                .orElseThrow(() -> new AssertionError(String.join("\n", output)));
        String[] fields = report.split(" ");
        assertThat(fields[1]).as("tests succeeded in the run").isEqualTo("1");
        assertThat(fields[2]).as("PostgreSQL still accepting connections after the run").isEqualTo("false");
        assertThat(output).as("the contexts closed before the servers").contains("last-query 1");
        assertThat(exitMillis).as("milliseconds from the end of the run to the end of the JVM").isLessThan(10_000);
        assertThat(accepts(Integer.parseInt(fields[3]))).isFalse();
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1_000);
            return true;
        }
        catch (IOException e) {
            return false;
        }
    }

    /** What surefire's forked JVM does: one launcher session for the run, then {@code System.exit(0)}. */
    static final class SurefireLikeRun {

        public static void main(String[] args) throws ClassNotFoundException {
            SummaryGeneratingListener summary = new SummaryGeneratingListener();
            int port;
            try (LauncherSession session = LauncherFactory.openSession()) {
                session.getLauncher().execute(LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(Class.forName("com.qh.test.sample.ClosingSample"))).build(), summary);
                port = TestInfrastructure.Embedded.instance().postgresPort();
            }
            System.out.println("session-closed " + summary.getSummary().getTestsSucceededCount() + " "
                    + accepts(port) + " " + port);
            System.exit(0);
        }
    }
}
