package com.qh.launcher.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.qh.launcher.RunningPlatform;
import com.qh.launcher.RunningPlatform.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The web app as a browser meets it in the default run (issue 19): only through the gateway, which sends it every
 * path that is not the API; its forms carry CSRF tokens from the page, its session is a cookie, and the tokens it
 * holds for the person never reach the page.
 */
@ExtendWith(RunningPlatform.class)
class WebThroughGatewayTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("[?&]token=([A-Za-z0-9_\\-%.~]+)");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}");

    static RunningPlatform platform;

    @BeforeAll
    static void platform(RunningPlatform running) {
        platform = running;
    }

    @Test
    void answersTheRootWithTheWebAppsPagesWithoutAToken() {
        Browser browser = new Browser();

        HttpResponse<String> root = browser.get("/");
        HttpResponse<String> page = browser.follow(root);

        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                .endsWith("/sign-in"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'"));
        assertThat(page.body()).contains("<form").contains("action=\"/sign-in\"").containsPattern(CSRF);
    }

    @Test
    void signsUpVerifiesAndSignsInThroughTheWebAppsFormsOnACookieSession() {
        Browser browser = new Browser();
        String email = "web-" + UUID.randomUUID() + "@example.org";

        HttpResponse<String> signedUp = browser.submit("/sign-up", Map.of("displayName", "Web User", "email", email,
                "password", RunningPlatform.PASSWORD));
        assertThat(signedUp.statusCode()).as(signedUp.body()).isEqualTo(302);
        assertThat(signedUp.headers().firstValue("Location").orElseThrow()).endsWith("/sign-up/check-mail");

        // The link from the mail, opened in the same browser: a page with a button, whose form does the work.
        String token = verificationToken(email);
        String link = "/verify-email?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> verified = browser.submit(link, "/verify-email", Map.of("token", token));
        assertThat(verified.statusCode()).as(verified.body()).isEqualTo(302);
        assertThat(verified.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");

        HttpResponse<String> signedIn = browser.submit("/sign-in", Map.of("email", email, "password",
                RunningPlatform.PASSWORD));
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        HttpResponse<String> landing = browser.follow(browser.follow(signedIn));
        HttpResponse<String> account = browser.get("/account");

        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains(email).contains("/sign-out");
        String session = browser.lastSetCookie("qh_session");
        assertThat(session).as("the session cookie").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        for (HttpResponse<String> page : List.of(landing, account)) {
            assertThat(page.body()).doesNotContainPattern(JWT).doesNotContain("accessToken")
                    .doesNotContain("refreshToken");
        }
    }

    /** The captured mail is the admin's to read (as MailThroughGatewayTest does). */
    private static String verificationToken(String email) {
        String path = "/api/v1/dev/mail?to=" + URLEncoder.encode(email, StandardCharsets.UTF_8);
        String admin = platform.signInAsAdmin().accessToken();
        JsonNode mail = await().atMost(Duration.ofSeconds(30)).until(() -> {
            Answer answer = platform.send(platform.request("GET", path, admin));
            for (JsonNode found : answer.json()) {
                if (TOKEN.matcher(found.get("text").asString()).find()) {
                    return found;
                }
            }
            return null;
        }, found -> found != null);
        Matcher link = TOKEN.matcher(mail.get("text").asString());
        assertThat(link.find()).isTrue();
        assertThat(mail.get("text").asString()).contains("/verify-email?token=");
        return URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
    }

    /** A browser's part: cookies kept by hand (so every Set-Cookie can be looked at), redirects followed on request. */
    private static final class Browser {

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final List<String> setCookies = new ArrayList<>();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).GET());
        }

        /** Opens the form's page, takes its CSRF token and posts the fields to the same path. */
        HttpResponse<String> submit(String path, Map<String, String> fields) {
            return submit(path, path, fields);
        }

        HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
            HttpResponse<String> page = get(pagePath);
            assertThat(page.statusCode()).as(pagePath).isEqualTo(200);
            Matcher csrf = CSRF.matcher(page.body());
            assertThat(csrf.find()).as("a CSRF token in " + pagePath).isTrue();
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("_csrf", csrf.group(1).replace("&#45;", "-"));
            String body = form.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(action)).header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Origin", platform.platform().gatewayUrl())
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        HttpResponse<String> follow(HttpResponse<String> redirect) {
            if (redirect.statusCode() / 100 != 3) {
                return redirect;
            }
            URI location = redirect.uri().resolve(redirect.headers().firstValue("Location").orElseThrow());
            return send(HttpRequest.newBuilder(location).GET());
        }

        String lastSetCookie(String name) {
            return setCookies.reversed().stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst()
                    .orElseThrow(() -> new AssertionError("no Set-Cookie " + name + " in " + setCookies));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            try {
                HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                for (String cookie : response.headers().allValues("Set-Cookie")) {
                    setCookies.add(cookie);
                    String pair = cookie.split(";", 2)[0];
                    int equals = pair.indexOf('=');
                    cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
                }
                return response;
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static URI uri(String path) {
            return platform.uri(path);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
