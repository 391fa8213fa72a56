package com.qh.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * The profile benchmark of issue 3: reading a full profile (20 experience entries, 50 skills, both languages)
 * through the gateway at 200 concurrent clients, and the same read straight from the profile service. Runs against
 * a platform already started with rate limits raised (see bench/README.md); loopback only.
 *
 * <pre>java -cp bench/target/classes com.qh.bench.ProfileBench [gatewayUrl] [profileUrl] [clients] [seconds]</pre>
 */
public final class ProfileBench {

    private static final int USERS = 20;

    private final BenchClient http = new BenchClient();

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        String profile = args.length > 1 ? args[1] : "http://127.0.0.1:8082";
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        Duration duration = Duration.ofSeconds(args.length > 3 ? Integer.parseInt(args[3]) : 20);
        BenchClient.requireLoopback(gateway);
        BenchClient.requireLoopback(profile);
        new ProfileBench().run(gateway, profile, clients, duration);
    }

    private void run(String gateway, String profile, int clients, Duration duration) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> tokens = new ArrayList<>();
        int bytes = 0;
        for (int i = 0; i < USERS; i++) {
            String email = "bench-profile-" + run + "-" + i + "@example.org";
            http.register(gateway, email, "Bench " + i);
            String token = http.login(gateway, email);
            var saved = http.send("PUT", gateway + "/api/v1/profile", fullProfile(i), token, "\"v0\"");
            if (saved.statusCode() != 200) {
                throw new IllegalStateException("Saving a profile answered " + saved.statusCode() + ": "
                        + saved.body());
            }
            bytes = saved.body().length();
            tokens.add(token);
        }
        System.out.printf("%d users, each with a profile of 20 jobs and 50 skills (%d bytes of JSON)%n%n", USERS,
                bytes);
        Duration warmup = Duration.ofSeconds(3);
        System.out.println(LoadRun.Result.header());
        LoadRun.Result viaGateway = LoadRun.run("GET /api/v1/profile via gateway", clients, warmup, duration,
                client -> http.get(gateway + "/api/v1/profile", tokens.get(client % tokens.size())));
        System.out.println(viaGateway.row());
        LoadRun.Result direct = LoadRun.run("GET /api/v1/profile direct to profile", clients, warmup, duration,
                client -> http.get(profile + "/api/v1/profile", tokens.get(client % tokens.size())));
        System.out.println(direct.row());
    }

    /** A profile as a busy career makes it: 20 jobs with achievements, 50 skills, texts in both languages. */
    static String fullProfile(int seed) {
        StringJoiner jobs = new StringJoiner(",");
        for (int i = 0; i < 20; i++) {
            int year = 2024 - i;
            jobs.add("""
                    {"employer":{"ru":"Компания %1$d","en":"Company %1$d"},"position":{"ru":"Разработчик","en":"Developer"},
                     "location":{"en":"Moscow"},"startDate":"%2$d-01","endDate":"%2$d-12",
                     "description":{"ru":"Разрабатывала сервисы на Java и Kotlin для высоконагруженной платформы.",
                                    "en":"Built Java and Kotlin services for a high-load platform."},
                     "highlights":[{"ru":"Ускорила обработку заказов на 40%%","en":"Made order processing 40%% faster"},
                                   {"ru":"Перевела 12 сервисов в Kubernetes","en":"Moved 12 services to Kubernetes"}]}"""
                    .formatted(i, year));
        }
        StringJoiner skills = new StringJoiner(",");
        for (int i = 0; i < 50; i++) {
            skills.add("{\"name\":\"Skill %d\",\"level\":\"Advanced\",\"keywords\":[\"one\",\"two\"]}".formatted(i));
        }
        return """
                {"primaryLanguage":"ru",
                 "personal":{"firstName":{"ru":"Вера","en":"Vera"},"lastName":{"ru":"Соколова","en":"Sokolova"},
                   "headline":{"ru":"Backend-разработчик","en":"Backend developer"},
                   "contacts":{"email":"bench%d@example.org","phone":"+79161234567"},
                   "location":{"countryCode":"RU","city":{"ru":"Москва","en":"Moscow"}}},
                 "summary":{"ru":"Девять лет пишу надёжные системы на Java.","en":"Nine years of reliable Java systems."},
                 "experience":[%s],
                 "skills":[%s]}""".formatted(seed, jobs, skills);
    }
}
