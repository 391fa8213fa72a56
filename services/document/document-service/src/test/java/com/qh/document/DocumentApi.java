package com.qh.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The document API over real HTTP as one caller sees it: multipart uploads, JSON calls and raw downloads. */
public final class DocumentApi {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String baseUrl;
    private final String token;

    public DocumentApi(int port, String token) {
        this.baseUrl = "http://localhost:" + port;
        this.token = token;
    }

    /** Uploads a file in the part "file", with the other fields as text parts. */
    public Reply upload(String path, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "qh-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = request(path, Map.of())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(request);
    }

    public Reply get(String path) {
        return get(path, Map.of());
    }

    public Reply get(String path, Map<String, String> headers) {
        return send(request(path, headers).GET());
    }

    public Reply post(String path, Object json) {
        String text = json == null ? "" : JSON.writeValueAsString(json);
        return send(request(path, Map.of()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    public Reply delete(String path) {
        return send(request(path, Map.of()).DELETE());
    }

    private HttpRequest.Builder request(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path
                : baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return request;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> headers = new LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
            return new Reply(response.statusCode(), headers, response.body());
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** An answer: status, headers (lower-case names) and the body. */
    public record Reply(int status, Map<String, String> headers, byte[] body) {

        public JsonNode json() {
            return body.length == 0 ? null : JSON.readTree(body);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        /** The problem document's type slug, such as "quota-exceeded". */
        public String problem() {
            String type = json().path("type").asString();
            return type.substring(type.lastIndexOf('/') + 1);
        }
    }
}
