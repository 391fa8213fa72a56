package com.qh.launcher.hostile;

import static com.qh.launcher.hostile.Expect.accepted;
import static com.qh.launcher.hostile.Expect.bodyLacks;
import static com.qh.launcher.hostile.Expect.handled;
import static com.qh.launcher.hostile.Expect.noHeader;
import static com.qh.launcher.hostile.Expect.refused;
import static com.qh.launcher.hostile.Expect.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.launcher.RunningPlatform.Answer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Headers that lie or smuggle: CR/LF inside values (and values the platform echoes back), the Host header and its
 * forwarded cousins ({@code Forwarded}, {@code X-Forwarded-*}) claiming another host or a local client, URL
 * overrides, method overrides, request smuggling framings, cross-origin requests and cookies posing as tokens.
 */
final class HeaderCases {

    private static final String EVIL = "evil.example";

    private HeaderCases() {
    }

    static List<HostileCase> cases() {
        List<HostileCase> cases = new ArrayList<>();
        Expect noInjectedCookie = noHeader("Set-Cookie", value -> value.contains("pwned"))
                .and(noHeader("X-Injected", value -> true));
        cases.add(c("CR LF in a correlation id splits no answer header",
                s -> s.raw(s.head("GET", "/api/v1/auth/oauth2/providers") + "\r\nX-Correlation-Id: abc%0d%0aSet-Cookie:"
                        + "%20pwned=1%0d%0aX-Injected:%201"), handled().and(noInjectedCookie)
                        .and(noHeader("X-Correlation-Id", value -> value.contains("\r") || value.contains("\n")))));
        cases.add(c("a correlation id with raw UTF-8 and a NUL escape is not echoed raw",
                s -> s.raw(s.head("GET", "/api/v1/auth/oauth2/providers") + "\r\nX-Correlation-Id: \u00e9\u00e9\\u0000"),
                handled().and(noInjectedCookie)));
        cases.add(c("a header folded over two lines (obs-fold)",
                s -> s.raw(s.head("GET", "/api/v1/auth/oauth2/providers") + "\r\nX-Correlation-Id: a\r\n Set-Cookie: "
                        + "pwned=1"), handled().and(noInjectedCookie)));
        cases.add(c("lines ended by LF alone", s -> Raw.send(s.gateway(), "GET /api/v1/auth/oauth2/providers "
                + "HTTP/1.1\nHost: " + s.gateway().getAuthority() + "\nX-Injected: 1\nConnection: close",
                new byte[0]), handled().and(noInjectedCookie)));
        cases.add(c("a NUL byte in a header value", s -> s.raw(s.head("GET", "/api/v1/auth/oauth2/providers")
                + "\r\nX-Correlation-Id: a\u0000b"), handled()));
        cases.add(c("a header name with a space", s -> s.raw(s.head("GET", "/api/v1/auth/oauth2/providers")
                + "\r\nX Bad: 1"), refused()));
        cases.add(c("a 64 KB header", s -> s.raw(s.head("GET", "/api/v1/auth/oauth2/providers")
                + "\r\nX-Filler: " + "a".repeat(64 * 1024)), status(400, 431)));
        cases.add(c("300 headers", s -> s.raw(s.head("GET", "/api/v1/auth/oauth2/providers")
                + "\r\nX-Filler: a".repeat(300)), handled()));
        cases.add(c("a request without Host", s -> Raw.send(s.gateway(), "GET /api/v1/auth/oauth2/providers HTTP/1.1"
                + "\r\nConnection: close", new byte[0]), status(400)));
        cases.add(c("two Host headers", s -> s.raw(s.head("GET", "/api/v1/auth/oauth2/providers") + "\r\nHost: "
                + EVIL), status(400)));
        cases.add(c("Host with CR LF", s -> Raw.send(s.gateway(), "GET /api/v1/auth/oauth2/providers HTTP/1.1\r\n"
                + "Host: " + EVIL + "%0d%0aX-Injected:%201\r\nConnection: close", new byte[0]),
                handled().and(noInjectedCookie)));
        cases.add(c("Host of another site on sign-in", s -> Raw.send(s.gateway(), "POST /api/v1/auth/login HTTP/1.1"
                + "\r\nHost: " + EVIL + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close",
                "{}".getBytes(StandardCharsets.US_ASCII)), refused().and(bodyLacks(EVIL))
                .and(noHeader("Location", value -> value.contains(EVIL)))));
        cases.add(c("a password-reset mail ignores the Host and X-Forwarded-Host it was asked with",
                HeaderCases::resetMailAskedFromAnotherHost, accepted()));
        cases.add(c("Forwarded proto=https on sign-in", s -> s.send(s.platform.json("POST", "/api/v1/auth/login",
                "{\"email\":\"" + s.mallory.email() + "\",\"password\":\"wrong-password-1\"}", null)
                .header("Forwarded", "proto=https")), status(401)));
        cases.add(c("Forwarded host=another site on sign-in", s -> s.send(s.platform.json("POST",
                "/api/v1/auth/login", "{\"email\":\"" + s.mallory.email() + "\",\"password\":\"wrong-password-1\"}",
                null).header("Forwarded", "host=" + EVIL + ";proto=https")), status(401).and(bodyLacks(EVIL))));
        cases.add(c("Forwarded with garbage", s -> s.send(s.platform.request("GET", "/api/v1/auth/oauth2/providers",
                null).header("Forwarded", "for=\"[::1;proto=;;;host=\"")), handled()));
        cases.add(c("Forwarded for=127.0.0.1 does not open captured mail",
                s -> s.send(s.platform.request("GET", "/api/v1/dev/mail", null).header("Forwarded", "for=127.0.0.1")),
                status(401).and(Expect.noVictimData())));
        cases.add(c("X-Forwarded-For 127.0.0.1 does not open captured mail to a user",
                s -> s.send(s.platform.request("GET", "/api/v1/dev/mail", s.bob.accessToken())
                        .header("X-Forwarded-For", "127.0.0.1").header("X-Real-IP", "127.0.0.1")),
                status(403).and(Expect.noVictimData())));
        cases.add(c("X-Forwarded-For with garbage", s -> s.send(s.platform.request("GET", "/api/v1/profile",
                s.bob.accessToken()).header("X-Forwarded-For", "]]]::, <script>, 999.999.999.999")), accepted()));
        cases.add(c("X-Forwarded-Proto javascript", s -> s.send(s.platform.request("GET",
                "/api/v1/auth/oauth2/providers", null).header("X-Forwarded-Proto", "javascript")), handled()
                .and(bodyLacks("javascript:"))));
        cases.add(c("X-Forwarded-Prefix to another path", s -> s.send(s.platform.request("GET",
                "/api/v1/auth/oauth2/providers", null).header("X-Forwarded-Prefix", "//" + EVIL)), handled()
                .and(noHeader("Location", value -> value.contains(EVIL)))));
        cases.add(c("X-Original-URL does not reroute to the admin API", s -> s.send(s.platform.request("GET",
                "/api/v1/profile", s.bob.accessToken()).header("X-Original-URL", "/api/v1/auth/admin/users")
                .header("X-Rewrite-URL", "/api/v1/auth/admin/users")), accepted().and(bodyLacks(
                        com.qh.launcher.RunningPlatform.ADMIN_EMAIL, "\"totalElements\""))));
        cases.add(c("X-HTTP-Method-Override DELETE on a read deletes nothing", s -> {
            s.send(s.platform.request("GET", "/api/v1/documents/" + s.bobDocument, s.bob.accessToken())
                    .header("X-HTTP-Method-Override", "DELETE").header("X-HTTP-Method", "DELETE")
                    .header("X-Method-Override", "DELETE"));
            return s.get("/api/v1/documents/" + s.bobDocument, s.bob.accessToken());
        }, status(200)));
        cases.add(c("_method=DELETE on a POST deletes nothing", s -> {
            s.send(s.platform.request("POST", "/api/v1/vacancies/" + s.bobVacancy + "/tracker?_method=DELETE",
                    s.bob.accessToken()).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("_method=DELETE")));
            return s.get("/api/v1/vacancies/" + s.bobVacancy, s.bob.accessToken());
        }, status(200)));
        cases.add(c("Content-Length and Transfer-Encoding together (smuggling)", s -> Raw.send(s.gateway(),
                s.head("POST", "/api/v1/auth/login") + "\r\nContent-Type: application/json\r\nContent-Length: 4\r\n"
                        + "Transfer-Encoding: chunked\r\nConnection: close", ("0\r\n\r\nGET /api/v1/auth/admin/users "
                        + "HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.US_ASCII)),
                refused().and(bodyLacks(com.qh.launcher.RunningPlatform.ADMIN_EMAIL))));
        cases.add(c("two different Content-Lengths", s -> Raw.send(s.gateway(), s.head("POST", "/api/v1/auth/login")
                + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 40\r\nConnection: close",
                "{}".getBytes(StandardCharsets.US_ASCII)), status(400)));
        cases.add(c("a negative Content-Length", s -> Raw.send(s.gateway(), s.head("POST", "/api/v1/auth/login")
                + "\r\nContent-Type: application/json\r\nContent-Length: -1\r\nConnection: close",
                "{}".getBytes(StandardCharsets.US_ASCII)), status(400)));
        cases.add(c("TRACE echoes no credentials", s -> s.raw(s.head("TRACE", "/api/v1/profile")
                + "\r\nAuthorization: Bearer " + s.bob.accessToken()), refused().and((answer, scene) ->
                assertThat(answer.body()).doesNotContain(scene.bob.accessToken()))));
        cases.add(c("a made-up method", s -> s.raw(s.head("PWN", "/api/v1/profile") + "\r\nAuthorization: Bearer "
                + s.bob.accessToken()), refused()));
        cases.add(c("a cross-origin read from another site gets no CORS grant",
                s -> s.send(s.platform.request("GET", "/api/v1/profile", s.bob.accessToken())
                        .header("Origin", "https://" + EVIL)), noHeader("Access-Control-Allow-Origin",
                        value -> value.contains(EVIL) || value.equals("*"))));
        cases.add(c("a preflight from another site gets no CORS grant",
                s -> s.send(s.platform.request("OPTIONS", "/api/v1/profile", null).header("Origin", "https://" + EVIL)
                        .header("Access-Control-Request-Method", "DELETE")), handled().and(noHeader(
                        "Access-Control-Allow-Origin", value -> value.contains(EVIL) || value.equals("*")))));
        cases.add(c("Origin null gets no CORS grant", s -> s.send(s.platform.request("GET", "/api/v1/profile",
                s.bob.accessToken()).header("Origin", "null")), noHeader("Access-Control-Allow-Origin",
                value -> value.equals("null") || value.equals("*"))));
        cases.add(c("an access token in a cookie is not a credential", s -> s.send(s.platform.request("GET",
                "/api/v1/profile", null).header("Cookie", "access_token=" + s.alice.accessToken() + "; SESSION="
                + s.alice.accessToken())), status(401).and(Expect.noVictimData())));
        cases.add(c("a thousand byte ranges", s -> {
            var response = s.platform.sendForBytes(s.platform.request("GET", "/api/v1/documents/" + s.bobDocument
                    + "/content", s.bob.accessToken()).timeout(Scene.TIMEOUT).header("Range", "bytes="
                    + "0-0,".repeat(999) + "0-0"));
            return new Answer(response.statusCode(), response.headers(), response.statusCode() >= 400
                    ? new String(response.body(), StandardCharsets.UTF_8) : "", response.statusCode() >= 400
                    ? com.qh.launcher.RunningPlatform.JSON.readTree(response.body()) : null);
        }, status(200, 206, 416)));
        cases.add(c("a range past the end", s -> s.send(s.platform.request("GET", "/api/v1/documents/"
                + s.bobDocument + "/content", s.bob.accessToken()).header("Range", "bytes=99999999-")),
                status(416)));
        cases.add(c("an Accept-Language of 5,000 tags", s -> s.send(s.platform.request("GET", "/api/v1/profile",
                s.bob.accessToken()).header("Accept-Language", "en;q=0.1,".repeat(800) + "ru")), handled()));
        cases.add(c("Accept text/html on an unknown path gets no page", s -> s.send(s.platform.request("GET",
                "/api/v1/nothing-here/%3Cscript%3Ealert(1)%3C%2Fscript%3E", s.bob.accessToken())
                .header("Accept", "text/html")), status(400, 404, 406).and(bodyLacks("<script>"))));
        return cases;
    }

    /**
     * Asks for a reset mail for Mallory as if QH were at another host; the link in the mail (read as the admin, from
     * the captured mail) must still point at QH.
     */
    private static Answer resetMailAskedFromAnotherHost(Scene s) {
        String admin = s.admin.accessToken();
        String path = "/api/v1/dev/mail?to=" + URLEncoder.encode(s.mallory.email(), StandardCharsets.UTF_8);
        int before = s.get(path, admin).json().size();
        Answer asked = Raw.send(s.gateway(), "POST /api/v1/auth/password/forgot HTTP/1.1\r\nHost: " + EVIL
                + "\r\nX-Forwarded-Host: " + EVIL + "\r\nForwarded: host=" + EVIL + "\r\nContent-Type: application/json"
                + "\r\nContent-Length: " + ("{\"email\":\"" + s.mallory.email() + "\"}").length() + "\r\nConnection: close",
                ("{\"email\":\"" + s.mallory.email() + "\"}").getBytes(StandardCharsets.UTF_8));
        if (asked.status() >= 300) {
            return asked;
        }
        JsonNode mails = await().atMost(Duration.ofSeconds(20)).until(() -> s.get(path, admin).json(),
                found -> found != null && found.size() > before);
        assertThat(mails.toString()).as("the reset mail").doesNotContain(EVIL);
        return asked;
    }

    private static HostileCase c(String name, Function<Scene, Answer> probe, Expect expect) {
        return new HostileCase("gateway", "headers: " + name, probe, expect);
    }
}
