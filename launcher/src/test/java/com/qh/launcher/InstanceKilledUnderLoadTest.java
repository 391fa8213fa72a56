package com.qh.launcher;

import static com.qh.launcher.PlatformUsers.send;
import static com.qh.launcher.PlatformUsers.signUpAndIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: a service killed under load behind the gateway, in process isolation with two instances of it. Auth,
 * two profile JVMs and the gateway run as child JVMs; four clients read their profile through the gateway in a loop
 * (loopback only, at most {@value #MOST_REQUESTS} requests, for {@code AFTER_KILL} after the kill); once {@value #READS_BEFORE_KILL} reads
 * were answered, one profile JVM is killed with SIGKILL. Every read must still be answered 200: the gateway retries an idempotent read that finds
 * its instance gone (refused or reset) on the other.
 */
class InstanceKilledUnderLoadTest {

    private static final int CLIENTS = 4;

    private static final int MOST_REQUESTS = 20_000;

    /** The longest the load runs, whatever happens. */
    private static final Duration MOST_LOAD = Duration.ofSeconds(60);

    /** How long the load goes on once the instance is gone. */
    private static final Duration AFTER_KILL = Duration.ofSeconds(8);

    private static final int READS_BEFORE_KILL = 150;

    @TempDir
    Path data;

    @Test
    void everyReadIsAnsweredWhileOneOfTwoInstancesIsKilled() throws Exception {
        LaunchSettings defaults = LaunchSettings.fromEnvironment();
        List<String> jvmOptions = new ArrayList<>(defaults.childJvmOptions());
        // One address and one user make all of the load; the limits themselves are the gateway's tests'.
        jvmOptions.add("-Dqh.gateway.rate-limits.per-ip=100000/1m");
        jvmOptions.add("-Dqh.gateway.rate-limits.per-user=100000/1m");
        // Four JVMs start at once on the build's cores: the client compiler only and the serial collector spare
        // them C2's compile threads and G1's, which a retry after a kill does not depend on (their start took
        // 115 s of this test's 141 s on a 2-core CI machine with C2 and G1).
        jvmOptions.add("-XX:TieredStopAtLevel=1");
        jvmOptions.add("-XX:+UseSerialGC");
        LaunchSettings settings = new LaunchSettings(defaults.projectRoot(), data, 0, Isolation.PROCESS,
                defaults.readyTimeout(), jvmOptions, List.of("auth", "profile", "gateway"), AppDefinition.LOOPBACK,
                Map.of("profile", 2));
        try (QhPlatform platform = QhPlatform.start(settings)) {
            List<ProcessHandle> profiles = platform.processes("profile");
            assertThat(profiles).hasSize(2).allMatch(ProcessHandle::isAlive);
            String accessToken = signUpAndIn(platform);
            assertThat(send(platform, "GET", "/api/v1/profile", null, accessToken).statusCode()).isEqualTo(200);

            Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
            Queue<String> errors = new ConcurrentLinkedQueue<>();
            AtomicInteger sent = new AtomicInteger();
            AtomicReference<Instant> end = new AtomicReference<>(Instant.now().plus(MOST_LOAD));
            int sentBeforeKill;
            try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int client = 0; client < CLIENTS; client++) {
                    clients.submit(() -> {
                        while (Instant.now().isBefore(end.get()) && sent.incrementAndGet() <= MOST_REQUESTS) {
                            try {
                                int status = send(platform, "GET", "/api/v1/profile", null, accessToken).statusCode();
                                statuses.merge(status, 1, Integer::sum);
                            }
                            catch (Exception e) {
                                errors.add(e.toString());
                            }
                        }
                    });
                }
                // Killed once the load is flowing through both instances, not after a fixed pause.
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> statuses.getOrDefault(200, 0) >= READS_BEFORE_KILL);
                sentBeforeKill = sent.get();
                ProcessHandle first = profiles.get(0);
                assertThat(first.destroyForcibly()).isTrue();
                first.onExit().get(30, TimeUnit.SECONDS);
                end.set(Instant.now().plus(AFTER_KILL));
            }
            int total = statuses.values().stream().mapToInt(Integer::intValue).sum() + errors.size();
            System.out.printf("Instance killed under load: %d reads, %d before the kill, statuses %s, %d errors%n",
                    total, sentBeforeKill, statuses, errors.size());
            assertThat(errors).isEmpty();
            assertThat(statuses).containsOnlyKeys(200);
            assertThat(total - sentBeforeKill).as("reads after the kill").isGreaterThan(100);
            assertThat(profiles.get(1).isAlive()).isTrue();
        }
    }
}
