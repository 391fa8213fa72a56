package com.qh.vacancy.importing;

import com.qh.platform.web.QhException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public hh.ru API: one vacancy, a search page, and the country an area lies in. The base URL is the
 * operator's setting, not a user's, so it is not vetted like user links are.
 */
@Component
public class HhClient {

    private final HhProperties properties;
    private final JsonMapper json;
    private final HttpClient http;
    private final Map<String, JsonNode> areas = new ConcurrentHashMap<>();

    HhClient(HhProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * {@code GET /vacancies/{id}}, with the description and {@code key_skills} a search answer lacks; a clear 422
     * when hh.ru has no such vacancy.
     */
    public JsonNode vacancy(String id) {
        HttpResponse<String> response = get("/vacancies/" + id);
        if (response.statusCode() == 404) {
            throw new QhException(HttpStatus.UNPROCESSABLE_CONTENT, "hh-vacancy-not-found", "Vacancy not on hh.ru",
                    "hh.ru has no vacancy " + id + "; it may have been removed.").with("hhId", id);
        }
        return body(response);
    }

    /** One page of {@code GET /vacancies?text=...&area=...}, newest first. */
    public JsonNode search(String text, String area, int page, int perPage) {
        Map<String, String> query = new java.util.LinkedHashMap<>();
        query.put("text", text);
        if (area != null && !area.isBlank()) {
            query.put("area", area);
        }
        query.put("page", String.valueOf(page));
        query.put("per_page", String.valueOf(perPage));
        query.put("order_by", "publication_time");
        String encoded = query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return body(get("/vacancies?" + encoded));
    }

    /** The name of the country an area lies in, walking up {@code /areas/{id}}; {@code null} when unknown. */
    String countryOf(String areaId) {
        String id = areaId;
        for (int depth = 0; id != null && depth < 6; depth++) {
            JsonNode area = area(id);
            if (area == null) {
                return null;
            }
            String parent = area.path("parent_id").asString(null);
            if (parent == null || parent.isBlank()) {
                return area.path("name").asString(null);
            }
            id = parent;
        }
        return null;
    }

    private JsonNode area(String id) {
        JsonNode cached = areas.get(id);
        if (cached != null) {
            return cached;
        }
        try {
            HttpResponse<String> response = get("/areas/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                return null;
            }
            JsonNode area = json.readTree(response.body());
            areas.put(id, area);
            return area;
        } catch (QhException | JacksonException e) {
            return null; // the country is a nicety; the import goes on without it
        }
    }

    private HttpResponse<String> get(String pathAndQuery) {
        URI uri = URI.create(properties.baseUrl().toString().replaceAll("/+$", "") + pathAndQuery);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.timeout())
                .header("HH-User-Agent", properties.userAgent())
                .header("User-Agent", properties.userAgent())
                .header("Accept", "application/json").GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unavailable("it did not answer (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("the request was interrupted");
        }
    }

    private JsonNode body(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw unavailable("it answered " + response.statusCode());
        }
        try {
            return json.readTree(response.body());
        } catch (JacksonException e) {
            throw unavailable("its answer was not JSON");
        }
    }

    private static QhException unavailable(String why) {
        return new QhException(HttpStatus.BAD_GATEWAY, "hh-unavailable", "hh.ru unavailable",
                "Could not read the vacancy from hh.ru: " + why + ". Try again later, or paste the vacancy's text.");
    }
}
