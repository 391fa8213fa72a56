package com.qh.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Resident memory of a set of process trees, read from Linux's {@code /proc}: RSS (what {@code top} shows; pages
 * shared between processes, such as PostgreSQL's shared buffers, count once per process) and PSS (shared pages
 * divided among their sharers, so the sum is what the trees really occupy). Zero where there is no {@code /proc}.
 */
record ProcessTreeMemory(long rssBytes, long pssBytes, int processes) {

    static ProcessTreeMemory of(Collection<ProcessHandle> roots) {
        Set<Long> pids = new LinkedHashSet<>();
        for (ProcessHandle root : roots) {
            pids.add(root.pid());
            root.descendants().forEach(child -> pids.add(child.pid()));
        }
        long rss = 0;
        long pss = 0;
        for (long pid : pids) {
            rss += kilobytes(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
            pss += kilobytes(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
        }
        return new ProcessTreeMemory(rss * 1024, pss * 1024, pids.size());
    }

    private static long kilobytes(Path file, String field) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith(field)).findFirst()
                    .map(line -> Long.parseLong(line.substring(field.length()).replace("kB", "").strip()))
                    .orElse(0L);
        }
        catch (IOException | RuntimeException e) {
            // Gone, not Linux, or not ours to read: it adds nothing.
            return 0;
        }
    }

    String describe() {
        return rssBytes == 0 ? "unknown" : "%d MB RSS, %d MB PSS in %d processes".formatted(rssBytes >> 20,
                pssBytes >> 20, processes);
    }
}
