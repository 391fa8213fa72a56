package com.qh.launcher.hostile;

import static com.qh.launcher.hostile.Expect.accepted;
import static com.qh.launcher.hostile.Expect.bodyLacks;
import static com.qh.launcher.hostile.Expect.refused;
import static com.qh.launcher.hostile.Expect.status;

import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Admin endpoints called by a plain user (403) or anonymously (401), and internal and management endpoints, which
 * the gateway does not route at all (404), also when the path is disguised (dot segments, encodings, case, matrix
 * parameters, doubled slashes).
 */
final class RightsCases {

    private RightsCases() {
    }

    static List<HostileCase> cases() {
        List<HostileCase> cases = new ArrayList<>();
        // Admin operations as a plain user: 403, and as nobody: 401.
        String[][] admin = {
                { "auth", "GET", "/api/v1/auth/admin/users", null },
                { "auth", "GET", "/api/v1/auth/admin/users/{alice}", null },
                { "auth", "POST", "/api/v1/auth/admin/users/{alice}/disable", null },
                { "auth", "POST", "/api/v1/auth/admin/users/{alice}/enable", null },
                { "auth", "PUT", "/api/v1/auth/admin/users/{bob}/role", "{\"role\":\"ADMIN\"}" },
                { "auth", "DELETE", "/api/v1/auth/admin/users/{alice}", null },
                { "auth", "GET", "/api/v1/auth/admin/audit", null },
                { "notification", "GET", "/api/v1/notifications/admin/templates/user.registered.v1/EMAIL/en", null },
                { "notification", "PUT", "/api/v1/notifications/admin/templates/user.registered.v1/EMAIL/en",
                        "{\"subject\":\"owned\",\"text\":\"owned\",\"html\":\"<p>owned</p>\"}" },
                { "notification", "DELETE", "/api/v1/notifications/admin/templates/user.registered.v1/EMAIL/en",
                        null },
                { "notification", "POST", "/api/v1/notifications/admin/templates/user.registered.v1/EMAIL/en/preview",
                        "{}" },
                { "notification", "GET", "/api/v1/subscriptions", null },
                { "notification", "GET", "/api/v1/subscriptions/status?email={aliceEmail}", null },
                { "notification", "GET", "/api/v1/dev/mail", null },
                { "notification", "GET", "/api/v1/dev/mail?to={aliceEmail}", null },
                { "vacancy", "POST", "/api/v1/market/sync", "{}" },
        };
        for (String[] row : admin) {
            cases.add(c(row[0], row[1] + " " + row[2] + " as a plain user", s -> send(s, row, s.bob.accessToken()),
                    status(403).and(Expect.noVictimData())));
            cases.add(c(row[0], row[1] + " " + row[2] + " anonymously", s -> send(s, row, null),
                    status(401).and(Expect.noVictimData())));
        }
        cases.add(c("vacancy", "imports market data as a plain user",
                s -> s.upload(s.bob.accessToken(), "/api/v1/market/import", "market.csv", "text/csv",
                        "title,salary\nx,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), status(403)));
        cases.add(c("auth", "a plain user makes himself admin and signs in again",
                s -> {
                    s.json("PUT", "/api/v1/auth/admin/users/" + s.bob.id() + "/role", "{\"role\":\"ADMIN\"}",
                            s.bob.accessToken());
                    RunningPlatform.User again = s.platform.signIn(s.bob.email(), RunningPlatform.PASSWORD);
                    return s.get("/api/v1/auth/admin/users", again.accessToken());
                }, status(403)));

        // Not routed at all: internal APIs and management.
        String[] unrouted = { "/internal/v1/auth/service-token", "/api/v1/internal/documents",
                "/internal/v1/documents", "/actuator/env", "/actuator/prometheus", "/actuator/info",
                "/actuator/heapdump", "/actuator/loggers", "/actuator/configprops", "/actuator/metrics",
                "/actuator/mappings", "/actuator/beans", "/actuator/threaddump", "/actuator/shutdown" };
        for (String path : unrouted) {
            String method = path.endsWith("service-token") || path.endsWith("documents") || path.endsWith("shutdown")
                    ? "POST" : "GET";
            cases.add(c("gateway", method + " " + path + " is not routed",
                    s -> s.call(method, path, s.bob.accessToken()), status(404)));
        }
        // Disguised management paths: not the gateway's actuator, and not sent on to the web app, whose actuator
        // shares its main port in the default run.
        String[] disguisedManagement = { "/%61ctuator/prometheus", "/Actuator/Prometheus", "/actuator%2Fprometheus",
                "/%2561ctuator/prometheus", "/actuator;x=y/prometheus", "/actuator/prometheus/", "/actuator/info/" };
        for (String path : disguisedManagement) {
            cases.add(c("gateway", "GET " + path + " shows no metrics",
                    s -> s.raw(s.head("GET", path)), refused().and(bodyLacks("# HELP", "jvm_", "\"build\""))));
        }
        cases.add(c("gateway", "the admin's token does not open internal APIs either",
                s -> s.call("POST", "/internal/v1/auth/service-token", s.admin.accessToken()), status(404)));

        // Disguised paths: never the admin list, never an internal API.
        String[] disguised = { "/api/v1/documents/../internal/documents", "/api/v1/documents/%2e%2e/internal/documents",
                "/api/v1/documents/%2e%2e%2finternal%2fdocuments", "/api/v1/profile/..;/auth/admin/users",
                "/api/v1/profile/%2e%2e;/auth/admin/users", "/API/V1/AUTH/ADMIN/USERS", "/api/v1/auth/admin/users/",
                "/api/v1/auth//admin/users", "/api/v1/auth/admin/users;jsessionid=x", "/api/v1/auth/admin/users%2f",
                "/api/v1/auth/./admin/users", "/api/v1/auth/admin/%75sers", "//internal/v1/auth/service-token",
                "/api/v1/profile/%252e%252e/auth/admin/users", "/api/v1/auth/admin/users%00",
                "/api/v1/auth/admin/users%23" };
        for (String path : disguised) {
            cases.add(c("gateway", "disguised path " + path, s -> s.raw(s.head("GET", path) + "\r\nAuthorization: Bearer "
                    + s.bob.accessToken()), refused().and(bodyLacks("\"email\"", "accessToken", "privateKey"))));
        }
        cases.add(c("gateway", "a signed-in user still reaches his own profile",
                s -> s.get("/api/v1/profile", s.bob.accessToken()), accepted()));
        return cases;
    }

    private static Answer send(Scene s, String[] row, String token) {
        String path = row[2].replace("{alice}", s.alice.id().toString()).replace("{bob}", s.bob.id().toString())
                .replace("{aliceEmail}", s.alice.email());
        return row[3] == null ? s.call(row[1], path, token) : s.json(row[1], path, row[3], token);
    }

    private static HostileCase c(String area, String name, Function<Scene, Answer> probe, Expect expect) {
        return new HostileCase(area, "rights: " + name, probe, expect);
    }
}
