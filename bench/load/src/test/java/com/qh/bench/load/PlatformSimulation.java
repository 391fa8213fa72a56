package com.qh.bench.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Job seekers on the default run, through the gateway (issue 22): each virtual user signs in (to an account made
 * before the run, or signs up first with {@code -Dqh.load.accounts-first=false}), fills a profile and creates a resume, then, until the run ends, reads and edits the profile, imports a pasted vacancy,
 * matches it, previews the resume (and renders it to PDF one round in five), lists documents and starts a salary
 * job it polls every 10 s until it is done, with a person's pauses between steps. Every request type is named, so the report
 * gives its own percentiles; any answer other than the one expected, a 5xx or a timeout fails the run.
 *
 * <p>Settings (system properties): {@code qh.load.base-url} (loopback only, default http://127.0.0.1:8080),
 * {@code qh.load.users} (1,000), {@code qh.load.ramp-seconds} (120), {@code qh.load.seconds} (600, the whole run,
 * ramp included), {@code qh.load.think-min-seconds} and {@code qh.load.think-max-seconds} (a person's pause between
 * two steps, uniformly between them: 5 to 20 s). A user whose step failed starts its round again rather than
 * carrying on without what the step should have given it (setting up again when sign-up failed), so one failure is
 * counted once. The launcher's heap is read with {@code jcmd} before and after the run when its JVM is found here.
 */
public class PlatformSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("qh.load.base-url", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("qh.load.users", 1_000);
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("qh.load.ramp-seconds", 120));
    private static final Duration RUN = Duration.ofSeconds(Integer.getInteger("qh.load.seconds", 600));
    private static final int THINK_MIN = Integer.getInteger("qh.load.think-min-seconds", 5);
    private static final int THINK_MAX = Integer.getInteger("qh.load.think-max-seconds", 20);
    private static final String PASSWORD = "Load-passphrase-5d2a";
    private static final boolean ACCOUNTS_FIRST = Boolean.parseBoolean(
            System.getProperty("qh.load.accounts-first", "true"));
    private static final Queue<String> ACCOUNTS = new ConcurrentLinkedQueue<>();

    private static final String VACANCY = """
            {"text": "Java Developer\\nNorthwind Payments builds the payment platform of a retail bank.\\n\\n\
            Requirements:\\n- 3+ years of commercial experience with Java\\n- Spring Boot\\n- PostgreSQL\\n\\n\
            Nice to have:\\n- Apache Kafka\\n- Kubernetes\\n\\nSalary from 250 000 RUB. Moscow, hybrid."}""";

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .userAgentHeader("qh-load (Gatling)")
            // Each read must reach the platform: Gatling's cache would send If-None-Match and count a 304.
            .disableCaching();

    private final ChainBuilder signUp = ACCOUNTS_FIRST
            // The account was made before the run; a user that sets up again keeps the one it has.
            ? exec(session -> session.contains("email") ? session
                    : session.set("email", ACCOUNTS.poll()).set("round", 0))
            : exec(session -> session.set("email", "load-" + UUID.randomUUID() + "@example.org").set("round", 0))
                    .exec(http("sign up").post("/api/v1/auth/register")
                            .body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + PASSWORD
                                    + "\",\"displayName\":\"Load seeker\",\"locale\":\"en\"}"))
                            .check(status().is(201)));

    private final ChainBuilder newSeeker = exec(signUp)
            .exec(http("sign in").post("/api/v1/auth/login")
                    .body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + PASSWORD + "\"}"))
                    .check(status().is(200), jmesPath("accessToken").saveAs("token")))
            .exec(signedIn(http("read profile").get("/api/v1/profile")
                    .check(status().is(200), header("ETag").saveAs("etag"))))
            .exec(signedIn(http("write profile").put("/api/v1/profile/personal")
                    .header("If-Match", "#{etag}")
                    .body(StringBody(personal("Backend developer")))
                    .check(status().is(200), header("ETag").saveAs("etag"))))
            .foreach(java.util.List.of("Java", "Spring Boot", "PostgreSQL"), "skill").on(
                    exec(signedIn(http("add skill").post("/api/v1/profile/skills")
                            .header("If-Match", "#{etag}")
                            .body(StringBody("{\"name\":\"#{skill}\"}"))
                            .check(status().is(201), header("ETag").saveAs("etag")))))
            .exec(signedIn(http("add job").post("/api/v1/profile/experience")
                    .header("If-Match", "#{etag}")
                    .body(StringBody("""
                            {"employer":{"en":"Acme Payments"},"position":{"en":"Java Developer"},\
                            "startDate":"2018-01","current":true,"highlights":[{"en":"Built a payment service in \
                            Java and Spring Boot on PostgreSQL"}]}"""))
                    .check(status().is(201))))
            .exec(signedIn(http("create resume").post("/api/v1/resumes")
                    .body(StringBody("{\"title\":\"Payments\",\"language\":\"en\",\"template\":\"classic\"}"))
                    .check(status().is(201), jmesPath("id").saveAs("resumeId"))));

    private final ChainBuilder round = exec(session -> session.set("round", session.getInt("round") + 1))
            .exec(signedIn(http("read profile").get("/api/v1/profile")
                    .check(status().is(200), header("ETag").saveAs("etag"))))
            .pause(THINK_MIN, THINK_MAX)
            .exec(signedIn(http("edit profile").put("/api/v1/profile/personal")
                    .header("If-Match", "#{etag}")
                    .body(StringBody(session -> personal("Backend developer, round " + session.getInt("round"))))
                    .check(status().is(200))))
            .pause(THINK_MIN, THINK_MAX)
            .exec(signedIn(http("import vacancy").post("/api/v1/vacancies/import")
                    .body(StringBody(VACANCY))
                    .check(status().in(200, 201), jmesPath("id").saveAs("vacancyId"))))
            .pause(THINK_MIN, THINK_MAX)
            .exec(signedIn(http("match vacancy").post("/api/v1/analysis/match")
                    .body(StringBody("{\"vacancyId\":\"#{vacancyId}\"}"))
                    .check(status().is(200))))
            .pause(THINK_MIN, THINK_MAX)
            .exec(signedIn(http("preview resume").get("/api/v1/resumes/#{resumeId}/preview?format=html")
                    .header("Accept", "text/html")
                    .check(status().is(200))))
            .doIf(session -> session.getInt("round") % 5 == 1).then(
                    exec(signedIn(http("render resume").post("/api/v1/resumes/#{resumeId}/render?format=pdf")
                            .check(status().in(200, 201)))))
            .pause(THINK_MIN, THINK_MAX)
            .exec(signedIn(http("list documents").get("/api/v1/documents").check(status().is(200))))
            .pause(THINK_MIN, THINK_MAX)
            .exec(signedIn(http("start salary job").post("/api/v1/analysis/jobs")
                    .body(StringBody("{\"type\":\"SALARY\"}"))
                    .check(status().is(202), jmesPath("id").saveAs("jobId"), jmesPath("status").saveAs("job"))))
            .exec(session -> session.set("polls", 0))
            // As a client should: every 10 s (the gateway allows a user 6 polls of a job a minute, seed 003).
            .asLongAs(PlatformSimulation::jobRunning).on(
                    pause(Duration.ofSeconds(10))
                            .exec(session -> session.set("polls", session.getInt("polls") + 1))
                            .exec(signedIn(http("poll job").get("/api/v1/analysis/jobs/#{jobId}")
                                    .check(status().is(200), jmesPath("status").saveAs("job")))));

    private final ScenarioBuilder seekers = scenario("job seekers")
            .forever().on(exitBlockOnFail().on(
                            doIf(session -> !session.contains("resumeId")).then(newSeeker)
                                    .exec(round))
                    .pause(THINK_MIN, THINK_MAX));

    {
        BaseUrls.requireLoopback(BASE_URL);
        setUp(seekers.injectOpen(rampUsers(USERS).during(RAMP)))
                .protocols(protocol)
                .maxDuration(RUN)
                .assertions(
                        global().failedRequests().count().is(0L),
                        details("sign in").successfulRequests().percent().is(100.0));
    }

    @Override
    public void before() {
        if (ACCOUNTS_FIRST) {
            Accounts.register(USERS, ACCOUNTS);
        }
        Heap.print("before the run");
    }

    @Override
    public void after() {
        Heap.print("after the run");
    }

    private static boolean jobRunning(Session session) {
        String job = session.getString("job");
        return !"DONE".equals(job) && !"FAILED".equals(job) && session.getInt("polls") < 12;
    }

    private static HttpRequestActionBuilder signedIn(HttpRequestActionBuilder request) {
        return request.header("Authorization", "Bearer #{token}");
    }

    private static ChainBuilder pause(Duration duration) {
        return exec(session -> session).pause(duration);
    }

    private static String personal(String headline) {
        return """
                {"firstName":{"en":"Maria"},"lastName":{"en":"Ivanova"},"headline":{"en":"%s"},\
                "contacts":{"email":"maria@example.org"},"city":"Moscow"}""".formatted(headline);
    }

    /** Loopback only: load is never sent anywhere else. */
    static final class BaseUrls {

        static void requireLoopback(String url) {
            String host = URI.create(url).getHost();
            if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]")) {
                throw new IllegalArgumentException("Load goes to loopback only, not to " + host);
            }
        }
    }

    /** The default run's heap, read from its JVM (the launcher's) with jcmd after a full collection. */
    static final class Heap {

        static void print(String when) {
            Optional<ProcessHandle> launcher = ProcessHandle.allProcesses().filter(Heap::isLauncher).findFirst();
            if (launcher.isEmpty()) {
                System.out.println("Heap " + when + ": no launcher JVM found on this machine");
                return;
            }
            Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
            String pid = Long.toString(launcher.get().pid());
            try {
                run(jcmd.toString(), pid, "GC.run");
                String info = run(jcmd.toString(), pid, "GC.heap_info");
                System.out.println("Heap " + when + " (launcher pid " + pid + ", after a full GC):\n" + info);
            }
            catch (IOException | InterruptedException e) {
                System.out.println("Heap " + when + ": jcmd failed: " + e);
            }
        }

        /** The launcher's JVM, by its main class in {@code /proc/<pid>/cmdline} (its class path is too long for
         * {@link ProcessHandle.Info#commandLine()}). */
        private static boolean isLauncher(ProcessHandle process) {
            try {
                byte[] line = java.nio.file.Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
                return new String(line, StandardCharsets.UTF_8).contains("com.qh.launcher.Launcher");
            }
            catch (IOException | RuntimeException gone) {
                return false;
            }
        }

        private static String run(String... command) throws IOException, InterruptedException {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        }
    }

    /**
     * Accounts made before the measured run, as a platform with a thousand users has them: a thousand sign-ups in
     * the two minutes of a ramp is a storm of Argon2 hashing no day brings, and not the mix the issue measures.
     */
    static final class Accounts {

        static void register(int count, Queue<String> accounts) {
            long started = System.nanoTime();
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String run = UUID.randomUUID().toString().substring(0, 8);
            ExecutorService workers = Executors.newFixedThreadPool(4);
            try {
                for (int i = 0; i < count; i++) {
                    String email = "load-" + run + "-" + i + "@example.org";
                    workers.submit(() -> {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + "/api/v1/auth/register"))
                                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email
                                        + "\",\"password\":\"" + PASSWORD
                                        + "\",\"displayName\":\"Load seeker\",\"locale\":\"en\"}"))
                                .build();
                        try {
                            if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
                                accounts.add(email);
                            }
                        }
                        catch (IOException | InterruptedException e) {
                            System.out.println("Registering " + email + " failed: " + e);
                        }
                        return null;
                    });
                }
            }
            finally {
                workers.shutdown();
            }
            try {
                workers.awaitTermination(30, java.util.concurrent.TimeUnit.MINUTES);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.out.printf("%d accounts registered before the run in %.1f s%n", accounts.size(),
                    (System.nanoTime() - started) / 1e9);
        }
    }
}
