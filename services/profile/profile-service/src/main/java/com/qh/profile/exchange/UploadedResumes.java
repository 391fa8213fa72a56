package com.qh.profile.exchange;

import com.qh.platform.client.ServiceClients;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnprocessableException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A resume the user uploaded, read into fields by the analysis service ({@code POST /api/v1/analysis/resumes/parse}
 * with {@code {documentId}}). The call carries the user's own token (the starter's service clients relay it while
 * a request is served), so the analysis service, and the document service behind it, check the document is theirs:
 * someone else's document is its 404 and ours. Its refusals of the file (a scan, an empty or damaged file) pass on
 * with their detail; the analysis service down or failing is a 503, never our 500.
 */
@Component
class UploadedResumes {

    static final String SERVICE = "analysis";
    static final String PARSE = "/api/v1/analysis/resumes/parse";
    static final int MAX_HIGHLIGHTS = 30;
    static final int MAX_HIGHLIGHT = 1000;

    private final ServiceClients clients;
    private final JsonMapper json;

    UploadedResumes(ServiceClients clients, JsonMapper json) {
        this.clients = clients;
        this.json = json;
    }

    /** The analysis service's parse of the user's document {@code documentId}: {@code ParsedResume} as JSON. */
    JsonNode parsed(UUID documentId) {
        try {
            return clients.forService(SERVICE).post().uri(PARSE).contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Map.of("documentId", documentId.toString()))
                    .exchange((request, response) -> {
                        int status = response.getStatusCode().value();
                        byte[] body = response.getBody().readAllBytes();
                        if (status == 200) {
                            return parse(body);
                        }
                        throw refusal(status, body, documentId);
                    });
        }
        catch (QhException e) {
            throw e;
        }
        catch (RestClientException | IllegalStateException e) {
            // Not reachable, timed out, or an answer that is no JSON: the service is not there to read the file.
            throw unavailable();
        }
    }

    /**
     * The parse's JSON Resume 1.2.1 document ({@code jsonResume}, which the analysis service builds from its own
     * fields, so that mapping lives there only), fitted to what the profile can hold for {@link JsonResume#read}.
     * What the profile could not hold is left out rather than refused, since the user did not write it this way: a
     * job without company, title or start, a school without its name; a link without a network is named by its
     * host, and a job keeps at most {@value #MAX_HIGHLIGHTS} lines of up to {@value #MAX_HIGHLIGHT} characters.
     *
     * @throws QhException 503 when the answer holds no {@code jsonResume} (an analysis service from before it did)
     */
    static ObjectNode jsonResume(JsonNode parsed, JsonMapper json) {
        if (!(parsed.path("jsonResume") instanceof ObjectNode answered)) {
            throw unavailable();
        }
        ObjectNode resume = answered.deepCopy();
        for (JsonNode profile : resume.path("basics").path("profiles")) {
            if (profile instanceof ObjectNode link && string(link.path("network")) == null
                    && string(link.path("url")) != null) {
                link.put("network", network(link.path("url").asString()));
            }
        }
        keepOnly(resume, "work", job -> string(job.path("name")) != null && string(job.path("position")) != null
                && string(job.path("startDate")) != null);
        for (JsonNode job : resume.path("work")) {
            ArrayNode highlights = json.createArrayNode();
            job.path("highlights").forEach(bullet -> {
                if (bullet.isString() && !bullet.asString().isBlank() && highlights.size() < MAX_HIGHLIGHTS) {
                    String line = bullet.asString().strip();
                    highlights.add(line.length() <= MAX_HIGHLIGHT ? line : line.substring(0, MAX_HIGHLIGHT));
                }
            });
            if (highlights.isEmpty()) {
                ((ObjectNode) job).remove("highlights");
            } else {
                ((ObjectNode) job).set("highlights", highlights);
            }
        }
        keepOnly(resume, "education", study -> string(study.path("institution")) != null);
        return resume;
    }

    /** The section's entries that pass, or no section when none does. */
    private static void keepOnly(ObjectNode resume, String section, Predicate<JsonNode> holds) {
        if (!(resume.path(section) instanceof ArrayNode entries)) {
            resume.remove(section);
            return;
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (!(entries.get(i) instanceof ObjectNode) || !holds.test(entries.get(i))) {
                entries.remove(i);
            }
        }
        if (entries.isEmpty()) {
            resume.remove(section);
        }
    }

    // The profile needs a network name; the analysis service names the sites it knows (LinkedIn, GitHub, hh.ru),
    // another is named by its host ("ivan.dev").
    private static String network(String url) {
        String host = url.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "")
                .replaceFirst("[/?#].*$", "");
        return host.isBlank() ? "Website" : host.length() > 60 ? host.substring(0, 60) : host;
    }

    private static String string(JsonNode node) {
        return node.isString() && !node.asString().isBlank() ? node.asString() : null;
    }

    private JsonNode parse(byte[] body) throws IOException {
        try {
            JsonNode node = json.readTree(body);
            if (node == null || !node.isObject()) {
                throw unavailable();
            }
            return node;
        }
        catch (JacksonException e) {
            throw unavailable();
        }
    }

    private QhException refusal(int status, byte[] body, UUID documentId) {
        if (status == 404 || status == 403) {
            return new NotFoundException("There is no document " + documentId + " of yours.");
        }
        if (status == 422 || status == 415) {
            JsonNode problem = problem(body);
            String slug = slug(problem, status == 415 ? "unsupported-document-type" : "unreadable-document");
            String detail = problem.path("detail").isString() ? problem.path("detail").asString()
                    : "The resume file cannot be read.";
            return status == 415
                    ? new QhException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, slug, "Unsupported document type", detail)
                    : new UnprocessableException(slug, detail);
        }
        return unavailable();
    }

    private JsonNode problem(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            return node == null ? json.createObjectNode() : node;
        }
        catch (JacksonException e) {
            return json.createObjectNode();
        }
    }

    // The last segment of the problem's type (https://qh.dev/problems/image-only-document), so clients can switch
    // on the same slug the analysis service uses.
    private static String slug(JsonNode problem, String fallback) {
        String type = problem.path("type").isString() ? problem.path("type").asString() : "";
        return type.startsWith(QhException.TYPE_BASE) && type.length() > QhException.TYPE_BASE.length()
                ? type.substring(QhException.TYPE_BASE.length()) : fallback;
    }

    private static QhException unavailable() {
        return new QhException(HttpStatus.SERVICE_UNAVAILABLE, "analysis-unavailable", "Resume parsing unavailable",
                "The resume could not be read just now because the analysis service is not answering. "
                        + "Try again in a minute.");
    }
}
