package com.qh.launcher.hostile;

import static com.qh.launcher.hostile.Expect.bodyLacks;
import static com.qh.launcher.hostile.Expect.handled;
import static com.qh.launcher.hostile.Expect.status;
import static org.assertj.core.api.Assertions.assertThat;

import com.qh.launcher.Payloads;
import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Script in every text a user stores, read back: plain-text fields may keep it verbatim inside JSON (never served
 * as a page: {@code application/json} with {@code nosniff}, which every answer is checked for); HTML fields come back
 * sanitised; URLs never come back as {@code javascript:}.
 */
final class MarkupCases {

    static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'><svg/onload=alert(3)>";

    private MarkupCases() {
    }

    static List<HostileCase> cases() {
        String quoted = json(SCRIPT);
        List<HostileCase> cases = new ArrayList<>();
        cases.add(c("auth", "a display name with script comes back as JSON text", s -> {
            String email = "markup-" + java.util.UUID.randomUUID() + "@example.org";
            Answer registered = s.json("POST", "/api/v1/auth/register", "{\"email\":\"" + email + "\",\"password\":\""
                    + RunningPlatform.PASSWORD + "\",\"displayName\":" + quoted + ",\"locale\":\"en\"}", null);
            return registered;
        }, handled().and(jsonIfAccepted())));
        cases.add(c("profile", "a personal section full of script is kept as JSON text",
                s -> profileWrite(s, "PUT", "/api/v1/profile/personal", "{\"firstName\":{\"en\":" + quoted
                        + "},\"headline\":{\"en\":" + quoted + "},\"contacts\":{\"email\":\"m@example.org\"}}"),
                handled().and(jsonIfAccepted())));
        cases.add(c("profile", "a website of javascript: is refused",
                s -> profileWrite(s, "PUT", "/api/v1/profile/personal",
                        "{\"firstName\":{\"en\":\"M\"},\"website\":\"javascript:alert(1)\"}"), status(400, 422)));
        cases.add(c("profile", "a profile link of javascript: is refused",
                s -> profileWrite(s, "PUT", "/api/v1/profile/personal", "{\"firstName\":{\"en\":\"M\"},\"links\":"
                        + "[{\"network\":\"x\",\"url\":\"javascript:alert(1)\"}]}"), status(400, 422)));
        cases.add(c("profile", "a data: URL as website is refused",
                s -> profileWrite(s, "PUT", "/api/v1/profile/personal", "{\"firstName\":{\"en\":\"M\"},\"website\":"
                        + "\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"}"), status(400, 422)));
        cases.add(c("profile", "a summary with script", s -> profileWrite(s, "PUT", "/api/v1/profile/summary",
                "{\"primaryLanguage\":\"en\",\"summary\":{\"en\":" + quoted + "}}"), handled().and(jsonIfAccepted())));
        cases.add(c("profile", "a skill with script", s -> profileWrite(s, "POST", "/api/v1/profile/skills",
                "{\"name\":" + quoted + ",\"keywords\":[" + quoted + "]}"), handled().and(jsonIfAccepted())));
        cases.add(c("profile", "an experience with script", s -> profileWrite(s, "POST", "/api/v1/profile/experience",
                "{\"employer\":{\"en\":" + quoted + "},\"position\":{\"en\":" + quoted + "},\"startDate\":\"2020\","
                        + "\"highlights\":[{\"en\":" + quoted + "}]}"), handled().and(jsonIfAccepted())));
        cases.add(c("profile", "a project URL of javascript: is refused", s -> profileWrite(s, "POST",
                "/api/v1/profile/projects", "{\"name\":{\"en\":\"p\"},\"url\":\"javascript:alert(1)\"}"),
                status(400, 422)));
        cases.add(c("profile", "the export of a profile with script is JSON", s -> s.get(
                "/api/v1/profile/export?format=json-resume&language=en", s.mallory.accessToken()),
                status(200).and(jsonIfAccepted())));
        cases.add(c("profile", "an import with script and javascript: URLs", s -> s.send(s.platform.json("POST",
                "/api/v1/profile/import?format=json-resume&language=en&dryRun=true", "{\"basics\":{\"name\":" + quoted
                        + ",\"url\":\"javascript:alert(1)\",\"profiles\":[{\"network\":" + quoted + ",\"url\":"
                        + "\"javascript:alert(2)\"}]},\"work\":[{\"name\":" + quoted + ",\"url\":\"javascript:x\"}]}",
                s.mallory.accessToken()).header("If-Match", etag(s))), handled().and(noJavascriptIfAccepted())));
        cases.add(c("vacancy", "a vacancy with script in every text field", s -> s.json("POST", "/api/v1/vacancies",
                "{\"title\":" + quoted + ",\"company\":" + quoted + ",\"description\":" + quoted + ",\"keySkills\":["
                        + quoted + "],\"location\":{\"city\":" + quoted + "}}", s.mallory.accessToken()),
                status(201).and(jsonIfAccepted()).and(htmlDescriptionInert())));
        cases.add(c("vacancy", "description HTML with script, handlers and javascript: links comes back clean",
                s -> s.json("POST", "/api/v1/vacancies", "{\"title\":\"t\",\"descriptionHtml\":" + json("<p onclick="
                        + "\"alert(1)\">Hi<script>alert(2)</script><a href=\"javascript:alert(3)\">x</a><iframe "
                        + "src=\"//evil.example\"></iframe><style>*{}</style><img src=x onerror=alert(4)>"
                        + "<svg><script>alert(5)</script></svg><math><mtext><table><mglyph><style><img src=x "
                        + "onerror=alert(6)>") + "}", s.mallory.accessToken()),
                status(201).and(htmlDescriptionInert())));
        cases.add(c("vacancy", "pasted HTML with script is imported clean",
                s -> s.json("POST", "/api/v1/vacancies/import", "{\"html\":" + json("<h1>Engineer</h1><p>Java and "
                        + "Kafka</p><script>alert(1)</script><a href=\"javascript:alert(2)\">apply</a>"
                        + "<img src=x onerror=alert(3)>") + ",\"title\":" + quoted + "}", s.mallory.accessToken()),
                status(200, 201).and(htmlDescriptionInert())));
        cases.add(c("vacancy", "a tracker note with script", s -> s.json("POST", "/api/v1/vacancies/"
                + vacancyOf(s) + "/tracker", "{\"status\":\"APPLIED\",\"note\":" + quoted + "}",
                s.mallory.accessToken()), status(200).and(jsonIfAccepted())));
        cases.add(c("vacancy", "a search for script echoes nothing as a page", s -> s.get("/api/v1/vacancies?q="
                + java.net.URLEncoder.encode("<script>alert(1)</script>", java.nio.charset.StandardCharsets.UTF_8),
                s.mallory.accessToken()), status(200).and(jsonIfAccepted())));
        cases.add(c("document", "a share download of a file named with script is an attachment", s -> {
            Answer uploaded = s.upload(s.mallory.accessToken(), "/api/v1/documents?kind=RESUME_UPLOAD",
                    "<svg onload=alert(1)>.pdf", "text/html", Payloads.pdf("markup"));
            if (uploaded.status() != 201) {
                return uploaded;
            }
            Answer share = s.json("POST", "/api/v1/documents/" + uploaded.json().path("id").asString() + "/shares",
                    "{}", s.mallory.accessToken());
            var response = s.platform.sendForBytes(s.platform.request("GET", "/api/v1/documents/shared/"
                    + share.json().path("token").asString(), null).timeout(Scene.TIMEOUT));
            return new Answer(response.statusCode(), response.headers(), "", null);
        }, status(200).and((answer, scene) -> {
            assertThat(answer.contentType()).startsWith("application/pdf");
            assertThat(answer.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
                    .doesNotContain("\r", "\n");
        })));
        cases.add(c("document", "an unknown document path with script is not a page", s -> s.get(
                "/api/v1/documents/%3Cscript%3Ealert(1)%3C%2Fscript%3E", s.mallory.accessToken()),
                status(400, 404).and(bodyLacks("<script>"))));
        cases.add(c("notification", "a subscription address with script is refused", s -> s.json("POST",
                "/api/v1/subscriptions", "{\"email\":" + json("<script>alert(1)</script>@example.org") + "}", null),
                status(400)));
        cases.add(c("notification", "a push endpoint with script is refused", s -> s.json("POST",
                "/api/v1/notifications/push/subscriptions", "{\"endpoint\":\"javascript:alert(1)\",\"keys\":{\"p256dh\":"
                        + "\"BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM\","
                        + "\"auth\":\"tBHItJI5svbpez7KI4CCXg\"}}", s.mallory.accessToken()), status(400)));
        cases.add(c("notification", "an admin template with script renders escaped in the text part",
                s -> s.json("POST", "/api/v1/notifications/admin/templates/user.registered.v1/EMAIL/en/preview",
                        "{\"displayName\":" + quoted + "}", s.admin.accessToken()), handled()
                        .and(bodyLacks("<script>alert(1)</script>"))));
        return cases;
    }

    /** An accepted answer is JSON (the generic checks already refuse text/html and demand nosniff). */
    private static Expect jsonIfAccepted() {
        return (answer, scene) -> {
            if (answer.status() < 300 && !answer.body().isEmpty()) {
                assertThat(answer.contentType()).as(Expect.brief(answer)).contains("json");
            }
        };
    }

    private static Expect noJavascriptIfAccepted() {
        return (answer, scene) -> {
            if (answer.status() < 300) {
                assertThat(answer.body().toLowerCase(Locale.ROOT)).as(Expect.brief(answer)).doesNotContain("javascript:");
            }
        };
    }

    /** The vacancy's HTML description keeps no script, handler, frame, style or javascript: link. */
    private static Expect htmlDescriptionInert() {
        return (answer, scene) -> {
            String html = answer.json().at("/description/html").asString("").toLowerCase(Locale.ROOT);
            assertThat(html).as("description.html of %s", Expect.brief(answer))
                    .doesNotContain("<script", "<iframe", "<style", "<svg", "<img", "<math")
                    .doesNotContainPattern("<[^>]*\\son\\w+\\s*=")
                    .doesNotContainPattern("<[^>]*=\\s*[\"']?\\s*javascript:");
        };
    }

    private static Answer profileWrite(Scene s, String method, String path, String body) {
        return s.send(s.platform.json(method, path, body, s.mallory.accessToken()).header("If-Match", etag(s)));
    }

    private static String etag(Scene s) {
        return s.get("/api/v1/profile", s.mallory.accessToken()).headers().firstValue("ETag").orElse("\"v0\"");
    }

    private static String vacancyOf(Scene s) {
        return s.json("POST", "/api/v1/vacancies", "{\"title\":\"tracked\"}", s.mallory.accessToken()).json()
                .path("id").asString();
    }

    private static String json(String text) {
        return RunningPlatform.JSON.writeValueAsString(text);
    }

    private static HostileCase c(String area, String name, Function<Scene, Answer> probe, Expect expect) {
        return new HostileCase(area, "markup: " + name, probe, expect);
    }
}
