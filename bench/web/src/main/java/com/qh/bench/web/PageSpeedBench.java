package com.qh.bench.web;

import com.qh.platform.embedded.EmbeddedPostgres;
import com.qh.web.WebApplication;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;

/**
 * Issue 19's page budget, measured: the server time of each main screen (p50, p95, max) and each screen's own
 * script and style, gzipped.
 *
 * <p>The web app runs in this JVM, as the launcher runs it, over an embedded PostgreSQL (its sessions) with
 * {@link ApiStandIn} as the gateway's API. A filter placed before every other one (Spring Session, Spring Security,
 * the pages) times each request from its arrival to its last byte written: that is the server time, and it
 * includes the page's calls to the API on loopback, which answers at once. One signed-in client asks for the
 * screens in turn, so no request waits for another; the time the client sees is printed beside it.
 *
 * <p>Sizes: every stylesheet and script a screen's HTML links, fetched from the app and gzipped (level 6, a
 * server's usual setting), added up per screen.
 *
 * <p>{@code java -cp bench/web/target/classes:$(cat bench/web/target/qh-classpath.txt) com.qh.bench.web.PageSpeedBench
 * [warm-up rounds] [measured rounds]} (defaults 200 and 1000; each round asks for every screen once).
 */
public final class PageSpeedBench {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern STYLE = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\"");
    private static final Pattern SCRIPT = Pattern.compile("<script src=\"([^\"]+)\"");

    /** Screen name to path, in the order a person meets them. */
    private static final Map<String, String> SCREENS = screens();

    private final Map<String, ConcurrentLinkedQueue<Long>> serverNanos = new ConcurrentHashMap<>();

    private PageSpeedBench() {
    }

    public static void main(String[] args) throws Exception {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        new PageSpeedBench().run(warmUp, rounds);
    }

    private void run(int warmUp, int rounds) throws Exception {
        Path data = Files.createTempDirectory("qh-web-bench");
        try (ApiStandIn api = new ApiStandIn().start();
                EmbeddedPostgres postgres = EmbeddedPostgres.start(data.resolve("postgres"),
                        Map.of("fsync", "off", "synchronous_commit", "off"));
                ConfigurableApplicationContext web = startWeb(postgres.ensureDatabase("web"), api.url())) {
            String base = "http://127.0.0.1:" + web.getEnvironment().getProperty("local.server.port");
            Client anonymous = new Client(base);
            Client signedIn = new Client(base);
            signedIn.signIn();

            Map<String, Client> clients = new LinkedHashMap<>();
            SCREENS.forEach((name, path) -> clients.put(name, "sign-in".equals(name) ? anonymous : signedIn));
            for (Map.Entry<String, String> screen : SCREENS.entrySet()) {
                HttpResponse<String> page = clients.get(screen.getKey()).get(screen.getValue());
                if (page.statusCode() != 200 || !page.body().contains("<h1")) {
                    throw new IllegalStateException(screen.getKey() + " answered " + page.statusCode() + ":\n"
                            + page.body());
                }
            }
            Map<String, List<Long>> clientNanos = new LinkedHashMap<>();
            for (int round = 0; round < warmUp + rounds; round++) {
                if (round == warmUp) {
                    serverNanos.clear();
                    clientNanos.clear();
                }
                for (Map.Entry<String, String> screen : SCREENS.entrySet()) {
                    long started = System.nanoTime();
                    clients.get(screen.getKey()).get(screen.getValue());
                    clientNanos.computeIfAbsent(screen.getKey(), key -> new ArrayList<>())
                            .add(System.nanoTime() - started);
                }
            }
            System.out.printf("Server time per page, %d rounds after %d of warm-up, one client, %s, %d cores%n%n",
                    rounds, warmUp, Runtime.version(), Runtime.getRuntime().availableProcessors());
            System.out.println("| screen | path | server p50 ms | server p95 ms | server max ms | client p50 ms | HTML KB |");
            System.out.println("|---|---|---|---|---|---|---|");
            for (Map.Entry<String, String> screen : SCREENS.entrySet()) {
                long[] server = sorted(serverNanos.getOrDefault(screen.getValue(), new ConcurrentLinkedQueue<>()));
                long[] client = sorted(clientNanos.get(screen.getKey()));
                int html = clients.get(screen.getKey()).get(screen.getValue()).body()
                        .getBytes(StandardCharsets.UTF_8).length;
                System.out.printf("| %s | `%s` | %.2f | %.2f | %.1f | %.2f | %.1f |%n", screen.getKey(),
                        screen.getValue(), millis(server, 50), millis(server, 95), millis(server, 100),
                        millis(client, 50), html / 1024.0);
            }
            printSizes(clients);
        }
        finally {
            deleteRecursively(data);
        }
    }

    private void printSizes(Map<String, Client> clients) throws IOException {
        Map<String, byte[]> assets = new LinkedHashMap<>();
        System.out.println();
        System.out.println("| screen | style and script | raw KB | gzipped KB |");
        System.out.println("|---|---|---|---|");
        for (Map.Entry<String, String> screen : SCREENS.entrySet()) {
            Client client = clients.get(screen.getKey());
            String html = client.get(screen.getValue()).body();
            Set<String> linked = new LinkedHashSet<>();
            for (Pattern pattern : List.of(STYLE, SCRIPT)) {
                Matcher found = pattern.matcher(html);
                while (found.find()) {
                    linked.add(found.group(1));
                }
            }
            long raw = 0;
            long gzipped = 0;
            for (String asset : linked) {
                byte[] body = assets.computeIfAbsent(asset, path -> client.bytes(path));
                raw += body.length;
                gzipped += gzip(body).length;
            }
            System.out.printf("| %s | %s | %.1f | %.1f |%n", screen.getKey(),
                    String.join(", ", linked.stream().map(path -> "`" + path + "`").toList()), raw / 1024.0,
                    gzipped / 1024.0);
        }
        System.out.println();
        System.out.println("| file | raw KB | gzipped KB |");
        System.out.println("|---|---|---|");
        for (Map.Entry<String, byte[]> asset : assets.entrySet()) {
            System.out.printf("| `%s` | %.1f | %.1f |%n", asset.getKey(), asset.getValue().length / 1024.0,
                    gzip(asset.getValue()).length / 1024.0);
        }
    }

    private ConfigurableApplicationContext startWeb(String jdbcUrl, String apiUrl) {
        Filter timer = (request, response, chain) -> {
            long started = System.nanoTime();
            try {
                chain.doFilter(request, response);
            }
            finally {
                HttpServletRequest http = (HttpServletRequest) request;
                String path = http.getRequestURI() + (http.getQueryString() == null ? "" : "?" + http.getQueryString());
                serverNanos.computeIfAbsent(path, key -> new ConcurrentLinkedQueue<>())
                        .add(System.nanoTime() - started);
            }
        };
        return new SpringApplicationBuilder(WebApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("benchServerTimer",
                        FilterRegistrationBean.class, () -> {
                            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(timer);
                            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
                            return registration;
                        }))
                .run("--server.port=0", "--server.address=127.0.0.1", "--spring.datasource.url=" + jdbcUrl,
                        "--spring.datasource.username=" + EmbeddedPostgres.USERNAME, "--spring.datasource.password=",
                        "--qh.services.gateway.url=" + apiUrl, "--logging.level.root=WARN",
                        "--spring.main.banner-mode=off");
    }

    private static Map<String, String> screens() {
        Map<String, String> screens = new LinkedHashMap<>();
        screens.put("sign-in", "/sign-in");
        screens.put("vacancies", "/vacancies");
        screens.put("vacancy", "/vacancies/" + ApiStandIn.VACANCY);
        screens.put("profile", "/profile");
        screens.put("personal", "/profile/personal");
        screens.put("documents", "/documents");
        screens.put("document", "/documents/" + ApiStandIn.DOCUMENT);
        screens.put("notifications", "/notifications");
        return screens;
    }

    private static long[] sorted(Iterable<Long> nanos) {
        List<Long> all = new ArrayList<>();
        nanos.forEach(all::add);
        return all.stream().sorted(Comparator.naturalOrder()).mapToLong(Long::longValue).toArray();
    }

    private static double millis(long[] sorted, double percentile) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.toByteArray();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** A browser's part: a cookie jar, English, and the CSRF token of the last page for the sign-in form. */
    private static final class Client {

        private final String base;
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Client(String base) {
            this.base = base;
        }

        HttpResponse<String> get(String path) {
            return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
        }

        byte[] bytes(String path) {
            HttpResponse<byte[]> response = send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
            return response.body();
        }

        void signIn() {
            Matcher csrf = CSRF.matcher(get("/sign-in").body());
            if (!csrf.find()) {
                throw new IllegalStateException("No CSRF token on the sign-in page");
            }
            String form = "email=" + encode(ApiStandIn.EMAIL) + "&password=" + encode(ApiStandIn.PASSWORD) + "&_csrf="
                    + encode(csrf.group(1).replace("&#45;", "-"));
            HttpResponse<String> signedIn = send(request("/sign-in")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofString());
            if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("").contains("sign-in")) {
                throw new IllegalStateException("Sign-in failed: " + signedIn.statusCode() + " " + signedIn.headers());
            }
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en")
                    .header("Accept", "text/html");
        }

        private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
            try {
                return http.send(request.build(), body);
            }
            catch (IOException e) {
                throw new IllegalStateException(e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
