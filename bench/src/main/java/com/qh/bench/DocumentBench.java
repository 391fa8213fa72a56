package com.qh.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document benchmark of issue 5: upload ({@code POST /api/v1/documents}, multipart) and download
 * ({@code GET /api/v1/documents/{id}/content}) throughput and latency for 1 MiB and 100 MiB files on the local
 * backend, through the gateway and straight to the document service, and the heap of the service's and the
 * gateway's JVMs during each phase, to show that uploads and downloads are streamed: the heap a phase needs does not
 * grow with the file. Runs against a platform already started (see bench/README.md and
 * {@code bench/document-bench.sh}); sends traffic to loopback only, a fixed number of requests per phase.
 *
 * <p>Every upload is a different file (so the per-owner deduplication stores each one) of random printable text,
 * generated while it is sent: the load generator holds no file in memory either. Downloads are read to the end and
 * counted; one download per size is compared byte for byte with what was sent. Each route has its own user, and the
 * documents are deleted after each size.
 *
 * <pre>
 * java -cp bench/target/classes com.qh.bench.DocumentBench [gatewayUrl] [documentUrl] [clients] [small count]
 *     [large count] [name=pid ...]
 * </pre>
 *
 * {@code name=pid} (e.g. {@code document=4242 gateway=4243}) names JVMs on this machine whose heap is watched with
 * {@code jstat} and {@code jcmd} (see {@link HeapWatch}); without any, only throughput and latency are reported.
 */
public final class DocumentBench {

    static final long MIB = 1024 * 1024;
    private static final long SMALL = MIB;
    // qh.document.max-size is 100MB, which Spring reads as 100 MiB: the largest file the service takes.
    private static final long LARGE = 100 * MIB;
    private static final int WARMUP = 5;
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern SHA256 = Pattern.compile("\"sha256\"\\s*:\\s*\"([0-9a-f]{64})\"");

    private final BenchClient accounts = new BenchClient();
    // HTTP/1.1 as a browser uploads; the JDK client would otherwise offer an h2c upgrade on the first request.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicLong seeds = new AtomicLong(System.nanoTime());
    private final List<HeapWatch.Target> watched;

    private DocumentBench(List<HeapWatch.Target> watched) {
        this.watched = watched;
    }

    public static void main(String[] args) throws Exception {
        List<String> positional = new ArrayList<>();
        List<HeapWatch.Target> watched = new ArrayList<>();
        for (String arg : args) {
            if (arg.contains("=")) {
                watched.add(HeapWatch.Target.parse(arg));
            }
            else {
                positional.add(arg);
            }
        }
        String gateway = positional.size() > 0 ? positional.get(0) : "http://127.0.0.1:8080";
        String document = positional.size() > 1 ? positional.get(1) : "http://127.0.0.1:8084";
        int clients = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 1;
        int smallCount = positional.size() > 3 ? Integer.parseInt(positional.get(3)) : 50;
        int largeCount = positional.size() > 4 ? Integer.parseInt(positional.get(4)) : 5;
        BenchClient.requireLoopback(gateway);
        BenchClient.requireLoopback(document);
        if (smallCount > 200 || largeCount > 20) {
            // Each route's user holds one size's files at a time: the default quota is 200 documents and 2 GB.
            throw new IllegalArgumentException("At most 200 files of 1 MiB and 20 of 100 MiB (the per-user quota)");
        }
        new DocumentBench(watched).run(gateway, document, clients, smallCount, largeCount);
    }

    /** Where requests go, and whose documents they are. */
    private record Route(String name, String baseUrl, String token) {
    }

    /** A stored upload: enough to download it, check it and delete it. */
    private record Stored(String id, String sha256, long seed, long size) {
    }

    private void run(String gateway, String document, int clients, int smallCount, int largeCount) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<Route> routes = new ArrayList<>();
        for (String[] route : List.of(new String[] { "via gateway", gateway },
                new String[] { "direct to document", document })) {
            String email = "bench-document-" + run + "-" + routes.size() + "@example.org";
            accounts.register(gateway, email, "Bench documents " + routes.size());
            routes.add(new Route(route[0], route[1], accounts.login(gateway, email)));
        }
        System.out.printf("%d client(s); %d files of 1 MiB and %d of 100 MiB per route, each a different file%n",
                clients, smallCount, largeCount);
        for (HeapWatch.Target target : watched) {
            System.out.printf("watching %s (pid %d): -Xmx %d MiB%n", target.name(), target.pid(),
                    HeapWatch.maxHeapMebibytes(target.pid()));
        }
        for (Route route : routes) {
            List<Stored> warm = upload(route, SMALL, WARMUP, 1, false).stored();
            download(route, warm, WARMUP, 1, false);
            delete(route, warm);
        }
        System.out.println();
        System.out.println(Phase.header(watched));
        for (long size : new long[] { SMALL, LARGE }) {
            int count = size == SMALL ? smallCount : largeCount;
            for (Route route : routes) {
                Phase uploads = upload(route, size, count, clients, true);
                System.out.println(uploads.row());
                Phase downloads = download(route, uploads.stored(), count, clients, true);
                System.out.println(downloads.row());
                uploads.firstError().or(downloads::firstError)
                        .ifPresent(error -> System.out.println("  first error: " + error));
                if (!uploads.stored().isEmpty() && route == routes.get(0)) {
                    verify(route, uploads.stored().get(0));
                }
                delete(route, uploads.stored());
            }
        }
        System.out.println();
        System.out.println("One download per size through the gateway was compared byte for byte with its upload:"
                + " the same.");
    }

    private Phase upload(Route route, long size, int count, int clients, boolean measured) {
        String name = "upload " + label(size) + " " + route.name();
        List<Stored> stored = Collections.synchronizedList(new ArrayList<>());
        return Phase.run(name, size, count, clients, measured ? watched : List.of(), stored, index -> {
            long seed = seeds.incrementAndGet();
            HttpResponse<String> response = http.send(uploadRequest(route, seed, size),
                    HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(response.body());
            Matcher sha = SHA256.matcher(response.body());
            if (response.statusCode() != 201 || !id.find() || !sha.find()) {
                throw new IllegalStateException("upload answered " + response.statusCode() + ": "
                        + abbreviated(response.body()));
            }
            stored.add(new Stored(id.group(1), sha.group(1), seed, size));
            return size;
        });
    }

    private Phase download(Route route, List<Stored> stored, int count, int clients, boolean measured) {
        String name = "download " + label(stored.isEmpty() ? 0 : stored.get(0).size()) + " " + route.name();
        if (stored.isEmpty()) {
            return Phase.run(name, 0, 0, clients, List.of(), List.of(), index -> 0);
        }
        return Phase.run(name, stored.get(0).size(), count, clients, measured ? watched : List.of(), List.of(),
                index -> {
                    Stored file = stored.get(index % stored.size());
                    HttpResponse<InputStream> response = http.send(contentRequest(route, file),
                            HttpResponse.BodyHandlers.ofInputStream());
                    long read;
                    try (InputStream body = response.body()) {
                        read = drain(body);
                    }
                    String etag = response.headers().firstValue("ETag").orElse("");
                    if (response.statusCode() != 200 || read != file.size()
                            || !etag.equals("\"" + file.sha256() + "\"")) {
                        throw new IllegalStateException("download answered " + response.statusCode() + " with "
                                + read + " bytes and ETag " + etag);
                    }
                    return read;
                });
    }

    /** Downloads one file through the route and compares every byte with a fresh stream from its seed. */
    private void verify(Route route, Stored file) throws Exception {
        HttpResponse<InputStream> response = http.send(contentRequest(route, file),
                HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body(); InputStream expected = new RandomText(file.seed(), file.size())) {
            byte[] got = new byte[64 * 1024];
            byte[] want = new byte[got.length];
            long at = 0;
            int n;
            while ((n = body.readNBytes(got, 0, got.length)) > 0) {
                if (expected.readNBytes(want, 0, n) != n || !Arrays.equals(got, 0, n, want, 0, n)) {
                    throw new IllegalStateException("Downloaded content differs from the upload near byte " + at);
                }
                at += n;
            }
            if (at != file.size() || expected.read() != -1) {
                throw new IllegalStateException("Downloaded " + at + " bytes of " + file.size());
            }
        }
    }

    private void delete(Route route, List<Stored> stored) throws Exception {
        for (Stored file : stored) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(route.baseUrl() + "/api/v1/documents/"
                    + file.id())).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + route.token())
                    .DELETE().build();
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 204) {
                throw new IllegalStateException("Deleting document " + file.id() + " answered " + status);
            }
        }
    }

    /**
     * A multipart upload with a {@code kind} field and the file, as a browser sends it, with its length known in
     * advance; the file's bytes are generated while the request is written.
     */
    private static HttpRequest uploadRequest(Route route, long seed, long size) {
        String boundary = "bench-" + Long.toHexString(seed);
        byte[] head = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"kind\"\r\n\r\nOTHER\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"bench-" + seed + ".txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofInputStream(() -> new RandomText(seed, size)),
                        HttpRequest.BodyPublishers.ofByteArray(tail)),
                head.length + size + tail.length);
        return HttpRequest.newBuilder(URI.create(route.baseUrl() + "/api/v1/documents")).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + route.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(body).build();
    }

    private static HttpRequest contentRequest(Route route, Stored file) {
        return HttpRequest.newBuilder(URI.create(route.baseUrl() + "/api/v1/documents/" + file.id() + "/content"))
                .timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + route.token()).GET().build();
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
        }
        return total;
    }

    static String label(long size) {
        return size >= MIB ? size / MIB + " MiB" : size + " B";
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    /** A fixed number of requests of one kind from a few concurrent clients, and what they came to. */
    record Phase(String name, long size, int clients, long requests, long errors, long bytes, long wallNanos,
            long[] sortedNanos, List<HeapWatch.Figures> heap, List<Stored> stored, Optional<String> firstError) {

        /** One request, number {@code index} of the phase; returns the bytes of file it moved, throws if it failed. */
        interface Request {
            long send(int index) throws Exception;
        }

        static Phase run(String name, long size, int count, int clients, List<HeapWatch.Target> watched,
                List<Stored> stored, Request request) {
            long[] nanos = new long[count];
            AtomicInteger next = new AtomicInteger();
            AtomicLong errors = new AtomicLong();
            AtomicLong bytes = new AtomicLong();
            AtomicReference<String> firstError = new AtomicReference<>();
            HeapWatch heap = HeapWatch.start(watched);
            long start = System.nanoTime();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int c = 0; c < clients; c++) {
                    threads.submit(() -> {
                        int index;
                        while ((index = next.getAndIncrement()) < count) {
                            long t0 = System.nanoTime();
                            try {
                                bytes.addAndGet(request.send(index));
                                nanos[index] = System.nanoTime() - t0;
                            }
                            catch (Exception failed) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, String.valueOf(failed));
                            }
                        }
                    });
                }
            }
            long wall = System.nanoTime() - start;
            List<HeapWatch.Figures> figures = heap.stop();
            long[] sorted = Arrays.stream(nanos).filter(n -> n > 0).sorted().toArray();
            return new Phase(name, size, clients, sorted.length, errors.get(), bytes.get(), wall, sorted, figures,
                    List.copyOf(stored), Optional.ofNullable(firstError.get()));
        }

        double mebibytesPerSecond() {
            return bytes / (double) MIB / (wallNanos / 1e9);
        }

        double percentileMillis(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1e6;
        }

        static String header(List<HeapWatch.Target> watched) {
            StringBuilder header = new StringBuilder(
                    "| scenario | clients | requests | errors | MiB/s | p50 ms | p90 ms | max ms |");
            StringBuilder rule = new StringBuilder("|---|---|---|---|---|---|---|---|");
            for (HeapWatch.Target target : watched) {
                header.append(" ").append(target.name())
                        .append(" heap MiB: live before / peak (old gen) / live after, young GCs |");
                rule.append("---|");
            }
            return header + "\n" + rule;
        }

        String row() {
            StringBuilder row = new StringBuilder(String.format("| %s | %d | %d | %d | %.1f | %.0f | %.0f | %.0f |",
                    name, clients, requests, errors, mebibytesPerSecond(), percentileMillis(50),
                    percentileMillis(90), percentileMillis(100)));
            for (HeapWatch.Figures figures : heap) {
                row.append(String.format(" %.0f / %.0f (%.0f) / %.0f, %d |", figures.liveBefore(), figures.peak(),
                        figures.peakOld(), figures.liveAfter(), figures.youngGcs()));
            }
            return row.toString();
        }
    }

}
