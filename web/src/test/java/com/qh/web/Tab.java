package com.qh.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser tab over real HTTP for what {@link Browser} does not do: JSON and multipart posts with the page's CSRF
 * token in a header or form, and a Server-Sent Events stream read as {@code EventSource} reads it.
 */
final class Tab {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    String csrf;

    Tab(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs Vera in (the API stubs must say yes). */
    Tab signedIn() {
        get("/sign-in");
        form("/sign-in", Map.of("email", "vera@example.org", "password", "correct horse"));
        return this;
    }

    HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                .header("Accept-Language", "en");
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> page = send(request);
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return page;
    }

    HttpResponse<String> form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&")) + (csrf == null ? "" : "&_csrf=" + encode(csrf));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A form posted by htmx (its CSRF token in the form, as htmx sends the form's fields). */
    HttpResponse<String> postHtmx(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en")
                .header("HX-Request", "true").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(csrf == null ? "" : "_csrf=" + encode(csrf))));
    }

    /** A JSON post as {@code fetch} sends it from a page, with the CSRF token in its header when given. */
    HttpResponse<String> postJson(String path, String json, String csrfHeader, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en")
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header(csrfHeader, token);
        }
        return send(request);
    }

    /** A multipart form with one file, as a browser (or htmx) sends an upload form. */
    HttpResponse<String> upload(String path, String fileName, String type, byte[] content, String... headers) {
        String boundary = "----qh" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        if (csrf != null) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                    .append(csrf).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: ").append(type).append("\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(content, 0, body, start.length, content.length);
        System.arraycopy(end, 0, body, start.length + content.length, end.length);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept-Language", "en")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** Opens {@code /live/events} as {@code EventSource} does. */
    Stream stream(String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/live/events")).GET()
                .header("Accept", "text/event-stream").header("Accept-Language", "en");
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return new Stream(http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One event of a stream: its name and data; {@code END} when the server ended the stream. */
    record Event(String name, String data) {

        static final Event END = new Event("(end)", "");
    }

    /** An open event stream, read on a thread of its own into a queue. */
    static final class Stream implements AutoCloseable {

        final HttpResponse<InputStream> response;
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

        Stream(HttpResponse<InputStream> response) {
            this.response = response;
            Thread.ofVirtual().start(this::read);
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                String name = "message";
                StringBuilder data = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty()) {
                        if (!data.isEmpty()) {
                            events.add(new Event(name, data.toString()));
                        }
                        name = "message";
                        data.setLength(0);
                    }
                    else if (line.startsWith("event:")) {
                        name = line.substring(6).strip();
                    }
                    else if (line.startsWith("data:")) {
                        data.append(data.isEmpty() ? "" : "\n").append(line.substring(5).strip());
                    }
                }
            }
            catch (IOException closed) {
                // Closed by the test, or cut.
            }
            events.add(Event.END);
        }

        /** The next event (or {@link Event#END}); fails the test after 10 s without one. */
        Event next() {
            try {
                Event event = events.poll(10, TimeUnit.SECONDS);
                if (event == null) {
                    throw new AssertionError("No event within 10 s");
                }
                return event;
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Goes away as a closed tab does: the connection is dropped. */
        @Override
        public void close() {
            try {
                response.body().close();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
