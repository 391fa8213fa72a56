package com.qh.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Runs one request shape from many concurrent clients for a fixed time and records every latency. Each client is
 * a virtual thread that sends its next request as soon as the previous one is answered (a closed loop), so the
 * figures are throughput at that concurrency and the latency a client sees.
 */
final class LoadRun {

    /** One request, made by client number {@code client}; returns the HTTP status. */
    interface Call {
        int call(int client) throws Exception;
    }

    record Result(String name, int clients, Duration duration, long requests, long errors, long[] sortedNanos) {

        double throughput() {
            return requests / (duration.toNanos() / 1e9);
        }

        double percentileMillis(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
        }

        String row() {
            return String.format("| %s | %d | %.0f s | %d | %d | %.1f | %.1f | %.1f | %.1f |", name, clients,
                    duration.toMillis() / 1000.0, requests, errors, throughput(), percentileMillis(50),
                    percentileMillis(90), percentileMillis(99));
        }

        static String header() {
            return "| scenario | clients | duration | requests | errors | req/s | p50 ms | p90 ms | p99 ms |\n"
                    + "|---|---|---|---|---|---|---|---|---|";
        }
    }

    private LoadRun() {
    }

    static Result run(String name, int clients, Duration warmup, Duration duration, Call call) {
        return run(name, clients, warmup, duration, call, () -> { }, () -> { });
    }

    /** The same, calling {@code atStart} when the measured phase begins and {@code atEnd} when it is over. */
    static Result run(String name, int clients, Duration warmup, Duration duration, Call call, Runnable atStart,
            Runnable atEnd) {
        runPhase(clients, warmup, call, null);
        List<long[]> perClient = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        atStart.run();
        long took = runPhase(clients, duration, call, new Recorder(perClient, errors));
        atEnd.run();
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).filter(n -> n > 0).sorted().toArray();
        return new Result(name, clients, Duration.ofNanos(took), all.length, errors.get(), all);
    }

    private record Recorder(List<long[]> perClient, AtomicLong errors) {
    }

    private static long runPhase(int clients, Duration length, Call call, Recorder recorder) {
        long start = System.nanoTime();
        long end = start + length.toNanos();
        IntFunction<Runnable> client = id -> () -> {
            long[] latencies = new long[1 << 16];
            int n = 0;
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                int status;
                try {
                    status = call.call(id);
                }
                catch (Exception failed) {
                    status = -1;
                }
                long took = System.nanoTime() - t0;
                if (recorder != null) {
                    if (status < 200 || status >= 300) {
                        recorder.errors().incrementAndGet();
                    }
                    else {
                        if (n == latencies.length) {
                            latencies = Arrays.copyOf(latencies, n * 2);
                        }
                        latencies[n++] = took;
                    }
                }
            }
            if (recorder != null) {
                synchronized (recorder.perClient()) {
                    recorder.perClient().add(Arrays.copyOf(latencies, n));
                }
            }
        };
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                threads.submit(client.apply(i));
            }
        }
        return System.nanoTime() - start;
    }
}
