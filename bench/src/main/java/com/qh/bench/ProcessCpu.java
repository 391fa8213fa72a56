package com.qh.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process on this machine has used so far (user plus system, every thread, JIT and GC included),
 * from {@code /proc/<pid>/stat}, in clock ticks of 10 ms (Linux's {@code USER_HZ} of 100).
 */
final class ProcessCpu {

    private static final long NANOS_PER_TICK = 10_000_000L;

    private final long pid;

    ProcessCpu(long pid) {
        this.pid = pid;
    }

    long nanos() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // The command name, field 2, may hold spaces: count fields after its closing parenthesis.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long utime = Long.parseLong(fields[11]);
            long stime = Long.parseLong(fields[12]);
            return (utime + stime) * NANOS_PER_TICK;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CPU time of process " + pid, e);
        }
    }
}
