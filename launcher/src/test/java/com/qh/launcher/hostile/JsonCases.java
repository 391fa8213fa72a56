package com.qh.launcher.hostile;

import static com.qh.launcher.hostile.Expect.bodyLacks;
import static com.qh.launcher.hostile.Expect.handled;
import static com.qh.launcher.hostile.Expect.noVictimData;
import static com.qh.launcher.hostile.Expect.refused;
import static com.qh.launcher.hostile.Expect.status;

import com.qh.launcher.Payloads;
import com.qh.launcher.RunningPlatform.Answer;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Bodies no client should send, to a write of every service: too deep, too large, the wrong JSON type, truncated,
 * NUL bytes, invalid UTF-8, numbers beyond a double, duplicate keys, other media types. Then values that are valid
 * JSON but wrong for the field, SQL where text goes, and query parameters out of range.
 */
final class JsonCases {

    private JsonCases() {
    }

    /** Where a body goes: a write of one service, with the token and {@code If-Match} it needs. */
    private record Target(String service, String method, String path, boolean signedIn, boolean ifMatch) {

        Answer send(Scene s, String contentType, byte[] body) {
            String token = signedIn ? s.mallory.accessToken() : null;
            String resolved = path.replace("{bobDocument}", s.bobDocument);
            HttpRequest.Builder request = s.platform.request(method, resolved, token).header("Content-Type",
                    contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
            if (ifMatch) {
                request.header("If-Match", s.get("/api/v1/profile", token).headers().firstValue("ETag")
                        .orElse("\"v0\""));
            }
            return s.send(request);
        }
    }

    private static final List<Target> TARGETS = List.of(
            new Target("auth", "POST", "/api/v1/auth/login", false, false),
            new Target("auth", "POST", "/api/v1/auth/register", false, false),
            new Target("profile", "PUT", "/api/v1/profile/personal", true, true),
            new Target("profile", "POST", "/api/v1/profile/skills", true, true),
            new Target("vacancy", "POST", "/api/v1/vacancies", true, false),
            new Target("vacancy", "POST", "/api/v1/vacancies/import", true, false),
            new Target("document", "POST", "/api/v1/documents/{bobDocument}/shares", true, false),
            new Target("notification", "PUT", "/api/v1/notifications/preferences", true, false),
            new Target("notification", "POST", "/api/v1/subscriptions", false, false),
            new Target("analysis", "POST", "/api/v1/analysis/jobs", true, false),
            new Target("analysis", "POST", "/api/v1/analysis/tone", true, false));

    private record Body(String name, String contentType, byte[] bytes, Expect expect) {
    }

    private static final String JSON = "application/json";

    static List<HostileCase> cases() {
        List<Body> bodies = List.of(
                new Body("arrays nested 10,000 deep", JSON, utf8("[".repeat(10_000) + "]".repeat(10_000)), refused()),
                new Body("objects nested 5,000 deep", JSON, utf8("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)),
                        refused()),
                new Body("a top-level array", JSON, utf8("[]"), refused()),
                new Body("a top-level string", JSON, utf8("\"hello\""), refused()),
                new Body("null", JSON, utf8("null"), refused()),
                new Body("an empty body", JSON, new byte[0], refused()),
                new Body("truncated JSON", JSON, utf8("{\"email\":\"a@example.org\",\"pass"), refused()),
                new Body("invalid UTF-8 in a string", JSON, invalidUtf8(), refused()),
                new Body("1e309 where a value goes", JSON, utf8("{\"email\":1e309,\"name\":1e309,\"title\":1e309,"
                        + "\"preferences\":1e309,\"password\":1e309}"), handled()),
                new Body("a NUL byte escaped in every string", JSON, utf8("{\"email\":\"a\\u0000@example.org\","
                        + "\"password\":\"x\\u0000y\",\"name\":\"n\\u0000\",\"title\":\"t\\u0000\",\"text\":\"\\u0000\","
                        + "\"firstName\":{\"en\":\"\\u0000\"},\"displayName\":\"\\u0000\",\"locale\":\"en\"}"),
                        handled()),
                new Body("a raw NUL byte in the body", JSON, utf8("{\"email\":\"a\u0000@example.org\",\"title\":\"\u0000\"}"),
                        refused()),
                new Body("duplicate keys", JSON, utf8("{\"email\":\"dup@example.org\",\"email\":\"dup2@example.org\","
                        + "\"password\":\"x\",\"password\":\"y\",\"title\":\"a\",\"title\":\"b\"}"), handled()),
                new Body("XML with an external entity", "application/xml", utf8("<?xml version=\"1.0\"?><!DOCTYPE x ["
                        + "<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"), refused().and(bodyLacks("root:"))),
                new Body("JSON sent as text/plain", "text/plain", utf8("{\"email\":\"a@example.org\"}"), refused()),
                new Body("JSON in UTF-7", "application/json; charset=UTF-7", utf8("+AHsAIg-email+ACI-: 1+AH0-"),
                        refused()),
                new Body("an array of 2,000,000 numbers", JSON, utf8("{\"preferences\":[" + "0,".repeat(1_999_999)
                        + "0],\"keySkills\":[],\"email\":\"a@example.org\"}"), refused()),
                new Body("a 12 MB string", JSON, utf8("{\"title\":\"" + "A".repeat(12 * 1024 * 1024)
                        + "\",\"email\":\"a@example.org\",\"text\":\"x\"}"), refused()));

        List<HostileCase> cases = new ArrayList<>();
        for (Target target : TARGETS) {
            for (Body body : bodies) {
                cases.add(new HostileCase(target.service(), "body: " + body.name() + " to " + target.method() + " "
                        + target.path(), s -> target.send(s, body.contentType(), body.bytes()), body.expect()));
            }
        }

        // Values that are JSON but wrong for the field.
        cases.add(c("auth", "login with numbers and arrays for strings",
                s -> s.json("POST", "/api/v1/auth/login", "{\"email\":123,\"password\":[]}", null), status(400)));
        cases.add(c("auth", "login with SQL for the address and password",
                s -> s.json("POST", "/api/v1/auth/login", "{\"email\":\"' OR '1'='1' --\",\"password\":\"' OR 1=1 --\"}",
                        null), status(400, 401).and(bodyLacks("accessToken"))));
        cases.add(c("auth", "login as the victim with SQL for the password",
                s -> s.json("POST", "/api/v1/auth/login", "{\"email\":\"" + s.alice.email()
                        + "\",\"password\":\"' OR '1'='1\"}", null), status(401).and(bodyLacks("accessToken"))));
        cases.add(c("auth", "register with a NUL byte in the display name",
                s -> s.json("POST", "/api/v1/auth/register", "{\"email\":\"nul-" + java.util.UUID.randomUUID()
                        + "@example.org\",\"password\":\"Correct-horse-battery-9\",\"displayName\":\"Eve\\u0000\","
                        + "\"locale\":\"en\"}", null), status(400)));
        cases.add(c("auth", "register with a 100,000-character display name",
                s -> s.json("POST", "/api/v1/auth/register", "{\"email\":\"long-" + java.util.UUID.randomUUID()
                        + "@example.org\",\"password\":\"Correct-horse-battery-9\",\"displayName\":\""
                        + "x".repeat(100_000) + "\",\"locale\":\"en\"}", null), status(400)));
        cases.add(c("profile", "a NUL byte in a name of the personal section",
                s -> new Target("profile", "PUT", "/api/v1/profile/personal", true, true).send(s, JSON,
                        utf8("{\"firstName\":{\"en\":\"Eve\\u0000\"}}")), status(400)));
        cases.add(c("profile", "an object where a skill's name goes",
                s -> new Target("profile", "POST", "/api/v1/profile/skills", true, true).send(s, JSON,
                        utf8("{\"name\":{\"$ne\":null}}")), status(400)));
        cases.add(c("profile", "an unknown section name with SQL",
                s -> s.get("/api/v1/profile/x';DROP%20TABLE%20profile;--", s.mallory.accessToken()),
                status(400, 404)));
        cases.add(c("vacancy", "a salary of 1e309",
                s -> s.json("POST", "/api/v1/vacancies", "{\"title\":\"x\",\"salary\":{\"from\":1e309,\"currency\":"
                        + "\"RUB\"}}", s.mallory.accessToken()), status(400)));
        cases.add(c("vacancy", "a salary of -1e309",
                s -> s.json("POST", "/api/v1/vacancies", "{\"title\":\"x\",\"salary\":{\"from\":-1e309,\"currency\":"
                        + "\"RUB\"}}", s.mallory.accessToken()), status(400)));
        cases.add(c("vacancy", "a salary as words",
                s -> s.json("POST", "/api/v1/vacancies", "{\"title\":\"x\",\"salary\":{\"from\":\"lots\",\"currency\":"
                        + "\"RUB\"}}", s.mallory.accessToken()), status(400)));
        cases.add(c("vacancy", "an object for the title",
                s -> s.json("POST", "/api/v1/vacancies", "{\"title\":{\"a\":1}}", s.mallory.accessToken()),
                status(400)));
        cases.add(c("vacancy", "a NUL byte in the title",
                s -> s.json("POST", "/api/v1/vacancies", "{\"title\":\"x\\u0000y\"}", s.mallory.accessToken()),
                status(400)));
        cases.add(c("vacancy", "100,000 key skills",
                s -> s.json("POST", "/api/v1/vacancies", "{\"title\":\"x\",\"keySkills\":[" + "\"java\",".repeat(99_999)
                        + "\"java\"]}", s.mallory.accessToken()), status(400)));
        cases.add(c("vacancy", "a negative experience",
                s -> s.json("POST", "/api/v1/vacancies", "{\"title\":\"x\",\"experience\":{\"min\":-1}}",
                        s.mallory.accessToken()), status(400)));
        cases.add(c("vacancy", "a tracker status with SQL",
                s -> s.json("POST", "/api/v1/vacancies/" + s.bobVacancy + "/tracker",
                        "{\"status\":\"APPLIED' OR '1'='1\"}", s.bob.accessToken()), status(400)
                        .and(bodyLacks("com.qh", "java."))));
        cases.add(c("vacancy", "a search with SQL finds nothing of anyone else's",
                s -> s.get("/api/v1/vacancies?q=%27%20OR%201%3D1%20--", s.bob.accessToken()),
                status(200).and(noVictimData())));
        cases.add(c("vacancy", "a search with LIKE wildcards finds nothing of anyone else's",
                s -> s.get("/api/v1/vacancies?q=%25", s.bob.accessToken()), status(200).and(noVictimData())));
        cases.add(c("vacancy", "a search with a NUL byte", s -> s.get("/api/v1/vacancies?q=%00",
                s.bob.accessToken()), status(200, 400).and(noVictimData())));
        cases.add(c("vacancy", "a page of -1", s -> s.get("/api/v1/vacancies?page=-1", s.bob.accessToken()),
                status(400)));
        cases.add(c("vacancy", "a page size of a million", s -> s.get("/api/v1/vacancies?size=1000000",
                s.bob.accessToken()), status(400)));
        cases.add(c("vacancy", "a page number beyond a long", s -> s.get("/api/v1/vacancies?page=99999999999999999999",
                s.bob.accessToken()), status(400)));
        cases.add(c("vacancy", "a page as words", s -> s.get("/api/v1/vacancies?page=abc", s.bob.accessToken()),
                status(400)));
        cases.add(c("vacancy", "an unknown status filter", s -> s.get("/api/v1/vacancies?status=NOPE",
                s.bob.accessToken()), status(400).and(bodyLacks("com.qh", "java.", "enum"))));
        cases.add(c("vacancy", "an id that is SQL", s -> s.get("/api/v1/vacancies/1%20OR%201=1",
                s.bob.accessToken()), status(400, 404)));
        cases.add(c("vacancy", "the nil UUID", s -> s.get("/api/v1/vacancies/00000000-0000-0000-0000-000000000000",
                s.bob.accessToken()), status(404)));
        cases.add(c("vacancy", "extraction of 200,000 characters",
                s -> s.json("POST", "/api/v1/vacancies/extract", "{\"text\":\"" + "Java ".repeat(40_000) + "\"}",
                        s.bob.accessToken()), status(400)));
        cases.add(c("document", "an unknown document kind names no Java type",
                s -> s.upload(s.bob.accessToken(), "/api/v1/documents?kind=NOT_A_KIND", "a.pdf", "application/pdf",
                        Payloads.pdf("kind")), status(400).and(bodyLacks("DocumentKind", "com.qh", "java."))));
        cases.add(c("document", "a kind that is a path", s -> s.upload(s.bob.accessToken(),
                "/api/v1/documents?kind=..%2F..%2Fetc%2Fpasswd", "a.pdf", "application/pdf", Payloads.pdf("kind")),
                status(400)));
        cases.add(c("document", "a version number beyond an int",
                s -> s.get("/api/v1/documents/" + s.bobDocument + "/versions/99999999999/content",
                        s.bob.accessToken()), status(400, 404)));
        cases.add(c("document", "a share that expired before it was made",
                s -> s.json("POST", "/api/v1/documents/" + s.bobDocument + "/shares",
                        "{\"expiresAt\":\"1970-01-01T00:00:00Z\"}", s.bob.accessToken()), status(400, 422)));
        cases.add(c("document", "a share expiring in year 999999",
                s -> s.json("POST", "/api/v1/documents/" + s.bobDocument + "/shares",
                        "{\"expiresAt\":\"+999999-01-01T00:00:00Z\"}", s.bob.accessToken()), handled()));
        cases.add(c("notification", "an unknown channel names no Java type",
                s -> s.json("PUT", "/api/v1/notifications/preferences",
                        "{\"preferences\":[{\"category\":\"account\",\"channel\":\"PIGEON\",\"enabled\":true}]}",
                        s.bob.accessToken()), status(400).and(bodyLacks("com.qh", "java."))));
        cases.add(c("notification", "a null preference", s -> s.json("PUT", "/api/v1/notifications/preferences",
                "{\"preferences\":[null]}", s.bob.accessToken()), status(400)));
        cases.add(c("notification", "an inbox limit of zero", s -> s.get("/api/v1/notifications?limit=0",
                s.bob.accessToken()), status(400)));
        cases.add(c("notification", "a phone number with SQL", s -> s.json("PUT", "/api/v1/notifications/phone",
                "{\"phone\":\"+7916'; DROP TABLE preference;--\"}", s.bob.accessToken()), status(400)));
        cases.add(c("notification", "a subscription address with CRLF and Bcc",
                s -> s.json("POST", "/api/v1/subscriptions", "{\"email\":\"victim@example.org\\r\\nBcc: "
                        + "all@example.org\"}", null), status(400)));
        cases.add(c("analysis", "an unknown job type names no Java type",
                s -> s.json("POST", "/api/v1/analysis/jobs", "{\"type\":\"NOPE\"}", s.bob.accessToken()),
                status(400).and(bodyLacks("AnalysisJobType", "com.qh", "java."))));
        cases.add(c("analysis", "a job with SQL for the document id",
                s -> s.json("POST", "/api/v1/analysis/jobs", "{\"type\":\"RESUME_REVIEW\",\"documentId\":"
                        + "\"1' OR '1'='1\"}", s.bob.accessToken()), status(400).and(bodyLacks("com.qh", "java."))));
        cases.add(c("analysis", "a review without its document",
                s -> s.json("POST", "/api/v1/analysis/jobs", "{\"type\":\"RESUME_REVIEW\"}", s.bob.accessToken()),
                status(400)));
        cases.add(c("analysis", "a review of the nil UUID",
                s -> s.json("POST", "/api/v1/analysis/jobs", "{\"type\":\"RESUME_REVIEW\",\"documentId\":"
                        + "\"00000000-0000-0000-0000-000000000000\"}", s.bob.accessToken()), status(404)));
        cases.add(c("analysis", "a job limit of zero", s -> s.get("/api/v1/analysis/jobs?limit=0",
                s.bob.accessToken()), status(400)));
        cases.add(c("analysis", "a job limit beyond a long", s -> s.get("/api/v1/analysis/jobs?limit="
                + "99999999999999999999", s.bob.accessToken()), status(400)));
        cases.add(c("analysis", "a job id that is SQL", s -> s.get("/api/v1/analysis/jobs/1%20OR%201=1",
                s.bob.accessToken()), status(400, 404)));
        cases.add(c("analysis", "a match id that is not a UUID", s -> s.get("/api/v1/analysis/matches/abc",
                s.bob.accessToken()), status(400, 404)));
        cases.add(c("analysis", "tone of a text with NUL bytes", s -> s.json("POST", "/api/v1/analysis/tone",
                "{\"text\":\"I led\\u0000 the team\\u0000.\"}", s.bob.accessToken()), handled()));
        cases.add(c("analysis", "tone with an unknown language", s -> s.json("POST", "/api/v1/analysis/tone",
                "{\"text\":\"I led the team.\",\"language\":\"xx' OR 1=1\"}", s.bob.accessToken()),
                status(400).and(bodyLacks("com.qh", "java."))));
        cases.add(c("analysis", "tone of a million characters", s -> s.json("POST", "/api/v1/analysis/tone",
                "{\"text\":\"" + "Managed teams. ".repeat(70_000) + "\"}", s.bob.accessToken()), handled()));
        cases.add(c("analysis", "a salary estimate for a title of 1e309", s -> s.json("POST",
                "/api/v1/analysis/salary", "{\"title\":1e309}", s.bob.accessToken()), handled()));
        cases.add(c("analysis", "a salary estimate for a NUL byte", s -> s.json("POST",
                "/api/v1/analysis/salary", "{\"title\":\"Java\\u0000\"}", s.bob.accessToken()), handled()));
        cases.add(c("analysis", "an unknown salary basis names no Java type",
                s -> s.get("/api/v1/analysis/salary/me?basis=NOPE", s.bob.accessToken()),
                status(400).and(bodyLacks("com.qh", "java."))));
        cases.add(c("analysis", "a match with a vacancy id that is an object",
                s -> s.json("POST", "/api/v1/analysis/match", "{\"vacancyId\":{\"$ne\":null}}",
                        s.bob.accessToken()), status(400)));
        return cases;
    }

    private static HostileCase c(String area, String name, Function<Scene, Answer> probe, Expect expect) {
        return new HostileCase(area, "value: " + name, probe, expect);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code {"email":"a?@example.org"}} where ? is 0xC3 0x28, not UTF-8. */
    private static byte[] invalidUtf8() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(utf8("{\"email\":\"a"));
        bytes.write(0xC3);
        bytes.write(0x28);
        bytes.write(0xFF);
        bytes.writeBytes(utf8("@example.org\",\"title\":\"x\",\"name\":\"x\"}"));
        return bytes.toByteArray();
    }
}
