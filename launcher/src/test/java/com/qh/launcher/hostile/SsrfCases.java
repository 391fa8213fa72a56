package com.qh.launcher.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.qh.launcher.hostile.Expect.bodyLacks;
import static com.qh.launcher.hostile.Expect.status;

import com.qh.launcher.RunningPlatform.Answer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Vacancy imports and Web Push endpoints pointed at this machine, the private network or a cloud's metadata
 * service, spelled every way an attacker would. The test run allows exactly one host name, {@code 127.0.0.1}, for its
 * WireMock (see {@code RunningPlatform}); every spelling here is another one, aimed at a real service of the default
 * run (auth's port) where a port matters. Each must be refused (a 4xx) quickly, never fetched.
 */
final class SsrfCases {

    private SsrfCases() {
    }

    static List<HostileCase> cases() {
        String[] urls = { "http://127.1:{port}/actuator/health", "http://0x7f000001:{port}/actuator/health",
                "http://2130706433:{port}/actuator/health", "http://017700000001:{port}/actuator/health",
"http://127.0.0.2:{port}/actuator/health",
                "http://[::1]:{port}/actuator/health", "http://[::ffff:127.0.0.1]:{port}/actuator/health",
                "http://[::ffff:7f00:1]:{port}/actuator/health", "http://[0:0:0:0:0:ffff:127.0.0.1]:{port}/",
                "http://[::127.0.0.1]:{port}/", "http://[64:ff9b::7f00:1]:{port}/", "http://[2002:7f00:1::]:{port}/",
                "http://localhost:{port}/actuator/health", "http://LOCALHOST:{port}/", "http://localhost.:{port}/",
                "http://0.0.0.0:{port}/actuator/health", "http://0:{port}/", "http://[::]:{port}/",
                "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
                "http://[fd00:ec2::254]/latest/meta-data/", "http://100.64.0.1/", "http://100.100.100.200/latest/meta-data/",
                "http://10.0.0.1/", "http://172.16.0.1/", "http://192.168.0.1/", "http://192.0.2.2:{port}/",
                "http://[fc00::1]/", "http://[fe80::1]/", "http://198.18.0.1/", "http://224.0.0.1/",
                "http://255.255.255.255/", "http://user@127.0.0.2:{port}/", "http://127.0.0.1@127.0.0.2:{port}/",
                "http://example.org@localhost:{port}/", "http://localhost:{port}#@example.org/",
                "http://127.0.0.2:{port}\\@example.org/", "http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ:{port}/", "http://127。0。0。2:{port}/",
                "file:///etc/passwd", "gopher://127.0.0.2:{port}/_GET%20/", "ftp://127.0.0.2/", "jar:http://127.0.0.2!/",
                "dict://127.0.0.2:{port}/", "http://metadata.google.internal/computeMetadata/v1/",
                "http://127.0.0.1.nip.io:{port}/" };
        List<HostileCase> cases = new ArrayList<>();
        for (String url : urls) {
            cases.add(c("vacancy", "import from " + url, s -> importing(s, url.replace("{port}", authPort(s))),
                    status(400, 422).and(bodyLacks("\"status\":\"UP\"", "root:", "\"groups\""))));
        }
        String[] redirectTargets = { "http://localhost:{port}/actuator/health", "http://[::1]:{port}/",
                "http://169.254.169.254/latest/meta-data/", "http://127.1:{port}/", "file:///etc/passwd" };
        int n = 0;
        for (String target : redirectTargets) {
            String path = "/hostile/redirect-" + n++;
            cases.add(c("vacancy", "import from an allowed page redirecting to " + target, s -> {
                s.platform.web().stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(302)
                        .withHeader("Location", target.replace("{port}", authPort(s)))));
                return importing(s, s.platform.web().baseUrl() + path);
            }, status(400, 422).and(bodyLacks("\"status\":\"UP\"", "root:"))));
        }
        cases.add(c("vacancy", "pasted HTML whose JSON-LD links to javascript: keeps no such link",
                s -> s.json("POST", "/api/v1/vacancies/import", "{\"html\":" + com.qh.launcher.RunningPlatform.JSON
                        .writeValueAsString("<html><head><script type=\"application/ld+json\">{\"@context\":"
                                + "\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Engineer\",\"url\":"
                                + "\"javascript:alert(1)\",\"sameAs\":\"javascript:alert(2)\",\"description\":\"Java\","
                                + "\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Acme\"}}</script>"
                                + "</head><body>Engineer</body></html>") + "}", s.mallory.accessToken()),
                Expect.handled().and(bodyLacks("javascript:"))));
        cases.add(c("vacancy", "a sourceUrl of javascript:", s -> s.json("POST", "/api/v1/vacancies",
                "{\"title\":\"x\",\"sourceUrl\":\"javascript:alert(1)//http://x\"}", s.mallory.accessToken()),
                status(400)));

        String[] pushEndpoints = { "https://127.0.0.2/push", "https://[::1]/push", "https://localhost/push",
                "https://169.254.169.254/push", "https://100.64.0.1/push", "https://10.0.0.1/push",
                "https://[fc00::1]/push", "https://[64:ff9b::a00:1]/push", "https://0.0.0.0/push",
                "http://8.8.8.8/push", "https://8.8.8.8:8443/push", "https://user:pass@8.8.8.8/push",
                "file:///etc/passwd", "https://127.1/push" };
        for (String endpoint : pushEndpoints) {
            cases.add(c("notification", "push endpoint " + endpoint, s -> s.json("POST",
                    "/api/v1/notifications/push/subscriptions", """
                    {"endpoint":"%s","keys":{"p256dh":"BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM","auth":"tBHItJI5svbpez7KI4CCXg"}}"""
                    .formatted(endpoint), s.mallory.accessToken()), status(400, 422)));
        }
        return cases;
    }

    private static String authPort(Scene s) {
        return Integer.toString(URI.create(s.platform.platform().url("auth")).getPort());
    }

    private static Answer importing(Scene s, String url) {
        return s.json("POST", "/api/v1/vacancies/import", "{\"url\":" + com.qh.launcher.RunningPlatform.JSON
                .writeValueAsString(url) + "}", s.mallory.accessToken());
    }

    private static HostileCase c(String area, String name, Function<Scene, Answer> probe, Expect expect) {
        return new HostileCase(area, "SSRF: " + name, probe, expect);
    }
}
