package com.qh.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches the heap of other JVMs on this machine while a phase runs, with the JDK's own tools: {@code jstat -gc}
 * every 100 ms for the peak (everything in use, garbage not yet collected included, so an upper bound of what the
 * phase needed), and a full collection ({@code jcmd GC.run}) before and after the phase for the live heap, which
 * shows whether the phase left anything behind. Local processes only; the tools come from the JDK running this.
 */
final class HeapWatch {

    /** A JVM to watch, named as the report names it. */
    record Target(String name, long pid) {

        static Target parse(String nameEqualsPid) {
            int at = nameEqualsPid.indexOf('=');
            return new Target(nameEqualsPid.substring(0, at), Long.parseLong(nameEqualsPid.substring(at + 1)));
        }
    }

    /** One JVM's heap over a phase, in MiB; the peak is -1 when no sample came. */
    record Figures(String name, double liveBefore, double peak, double peakOld, long youngGcs, long fullGcs,
            double liveAfter) {
    }

    private static final Pattern MAX_HEAP = Pattern.compile("-XX:MaxHeapSize=(\\d+)");
    private static final String SAMPLE_INTERVAL_MS = "100";

    private final List<Sampler> samplers = new ArrayList<>();

    private HeapWatch() {
    }

    /** Collects each target's garbage, notes its live heap, and starts sampling it. */
    static HeapWatch start(List<Target> targets) {
        HeapWatch watch = new HeapWatch();
        for (Target target : targets) {
            watch.samplers.add(new Sampler(target, liveMebibytes(target.pid())));
        }
        return watch;
    }

    /** Stops sampling, collects garbage again, and gives each target's figures. */
    List<Figures> stop() {
        List<Figures> figures = new ArrayList<>();
        for (Sampler sampler : samplers) {
            sampler.stop();
        }
        for (Sampler sampler : samplers) {
            figures.add(new Figures(sampler.target.name(), sampler.liveBefore, sampler.peakUsed / 1024,
                    sampler.peakOld / 1024, sampler.youngGcs(), sampler.fullGcs(),
                    liveMebibytes(sampler.target.pid())));
        }
        return figures;
    }

    /** The JVM's -Xmx in MiB, from {@code jcmd VM.flags}. */
    static long maxHeapMebibytes(long pid) {
        Matcher flag = MAX_HEAP.matcher(run(tool("jcmd"), Long.toString(pid), "VM.flags"));
        if (!flag.find()) {
            throw new IllegalStateException("No MaxHeapSize in the flags of process " + pid);
        }
        return Long.parseLong(flag.group(1)) / (1024 * 1024);
    }

    /** Heap in use after a full collection, in MiB. */
    static double liveMebibytes(long pid) {
        run(tool("jcmd"), Long.toString(pid), "GC.run");
        String[] lines = run(tool("jstat"), "-gc", Long.toString(pid)).strip().split("\\R");
        return used(lines[0], lines[lines.length - 1]).orElseThrow() / 1024;
    }

    /**
     * Heap in use in one line of {@code jstat -gc} output, in KiB: survivors, eden and old generation. Empty for
     * the header line itself or a line that does not fit it.
     */
    static OptionalDouble used(String header, String line) {
        return sum(header, line, "S0U", "S1U", "EU", "OU");
    }

    static OptionalDouble column(String header, String line, String name) {
        return sum(header, line, name);
    }

    private static OptionalDouble sum(String header, String line, String... names) {
        List<String> columns = Arrays.asList(header.strip().split("\\s+"));
        String[] values = line.strip().split("\\s+");
        if (values.length != columns.size()) {
            return OptionalDouble.empty();
        }
        double total = 0;
        for (String name : names) {
            int index = columns.indexOf(name);
            if (index < 0) {
                return OptionalDouble.empty();
            }
            try {
                // jstat writes "-" for a space the collector does not have (no survivor spaces in some modes).
                total += values[index].equals("-") ? 0 : Double.parseDouble(values[index].replace(',', '.'));
            }
            catch (NumberFormatException notData) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.of(total);
    }

    private static String tool(String name) {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow(
                () -> new IllegalStateException("Cannot tell which JDK runs the benchmark")));
        Path tool = java.resolveSibling(name);
        if (!Files.isExecutable(tool)) {
            throw new IllegalStateException(name + " not found beside " + java + "; run the benchmark with a JDK");
        }
        return tool.toString();
    }

    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
            }
            return output;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One running {@code jstat -gc <pid> 100} and what it has shown so far. */
    private static final class Sampler {

        private final Target target;
        private final double liveBefore;
        private final Process jstat;
        private final Thread reader;
        private final CountDownLatch sampled = new CountDownLatch(1);
        private volatile double peakUsed = -1024;
        private volatile double peakOld = -1024;
        private volatile double firstYgc = Double.NaN;
        private volatile double lastYgc = Double.NaN;
        private volatile double firstFgc = Double.NaN;
        private volatile double lastFgc = Double.NaN;

        Sampler(Target target, double liveBefore) {
            this.target = target;
            this.liveBefore = liveBefore;
            try {
                this.jstat = new ProcessBuilder(tool("jstat"), "-gc", Long.toString(target.pid()),
                        SAMPLE_INTERVAL_MS).redirectErrorStream(true).start();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.reader = Thread.ofPlatform().daemon().name("jstat-" + target.name()).start(this::read);
            try {
                // jstat takes a moment to attach; a phase shorter than that would otherwise go unsampled.
                if (!sampled.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("jstat gave no sample of process " + target.pid());
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                String header = lines.readLine();
                String line;
                while (header != null && (line = lines.readLine()) != null) {
                    String row = line;
                    used(header, row).ifPresent(kib -> peakUsed = Math.max(peakUsed, kib));
                    column(header, row, "OU").ifPresent(kib -> peakOld = Math.max(peakOld, kib));
                    column(header, row, "YGC").ifPresent(n -> {
                        firstYgc = Double.isNaN(firstYgc) ? n : firstYgc;
                        lastYgc = n;
                    });
                    column(header, row, "FGC").ifPresent(n -> {
                        firstFgc = Double.isNaN(firstFgc) ? n : firstFgc;
                        lastFgc = n;
                    });
                    if (peakUsed >= 0) {
                        sampled.countDown();
                    }
                }
            }
            catch (IOException ended) {
                // jstat was stopped while writing: the samples so far are the phase's.
            }
        }

        void stop() {
            jstat.destroy();
            try {
                reader.join(TimeUnit.SECONDS.toMillis(5));
                jstat.waitFor(5, TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        long youngGcs() {
            return Double.isNaN(firstYgc) ? 0 : (long) (lastYgc - firstYgc);
        }

        long fullGcs() {
            return Double.isNaN(firstFgc) ? 0 : (long) (lastFgc - firstFgc);
        }
    }
}
