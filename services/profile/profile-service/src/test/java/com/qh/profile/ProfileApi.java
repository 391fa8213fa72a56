package com.qh.profile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/** The profile API over real HTTP as one user sees it; each call says which ETag it sends, if any. */
final class ProfileApi {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String baseUrl;
    private final String token;

    ProfileApi(int port, String token) {
        this.baseUrl = "http://localhost:" + port;
        this.token = token;
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply put(String path, Object body, String etag) {
        return send("PUT", path, body, etag);
    }

    Reply post(String path, Object body, String etag) {
        return send("POST", path, body, etag);
    }

    Reply delete(String path, String etag) {
        return send("DELETE", path, null, etag);
    }

    /** The current ETag of the profile. */
    String etag() {
        return get("/api/v1/profile").etag();
    }

    Reply send(String method, String path, Object body, String etag) {
        return send(method, path, body, etag, null);
    }

    /** A request with If-Match and/or If-None-Match. */
    Reply send(String method, String path, Object body, String etag, String ifNoneMatch) {
        String json = body == null ? null : body instanceof String text ? text : Fixtures.JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (etag != null) {
            request.header("If-Match", etag);
        }
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode parsed = response.body().isEmpty() ? null : Fixtures.JSON.readTree(response.body());
            return new Reply(response.statusCode(), response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null), parsed);
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer: status, ETag, Location and the JSON body. */
    record Reply(int status, String etag, String location, JsonNode json) {

        /** The problem document's field errors. */
        java.util.List<String> errorFields() {
            return json.path("errors").findValuesAsString("field");
        }
    }
}
