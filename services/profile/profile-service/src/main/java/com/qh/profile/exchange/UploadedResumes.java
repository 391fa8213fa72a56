package com.qh.profile.exchange;

import com.qh.platform.client.ServiceClients;
import com.qh.platform.web.NotFoundException;
import com.qh.platform.web.QhException;
import com.qh.platform.web.UnprocessableException;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
     * The parse as a JSON Resume 1.2.1 document for {@link JsonResume#read}, field for field as the analysis
     * service's own {@code ParsedResume.toJsonResume()} builds it (its answer carries the fields, not that form):
     * what was not found is left out, dates are {@code YYYY-MM}, or {@code YYYY} when the file gave only years. What
     * the profile could not hold is left out too rather than refused, since the user did not write it this way: a
     * job without company, title or start, a school without its name; a link to an unknown host is named by its
     * host, and a job keeps at most {@value #MAX_HIGHLIGHTS} lines of up to {@value #MAX_HIGHLIGHT} characters.
     */
    static ObjectNode jsonResume(JsonNode parsed, JsonMapper json) {
        ObjectNode resume = json.createObjectNode();
        ObjectNode basics = resume.putObject("basics");
        put(basics, "name", value(parsed.path("name")));
        put(basics, "label", value(parsed.path("headline")));
        JsonNode contacts = parsed.path("contacts");
        put(basics, "email", value(contacts.path("email")));
        put(basics, "phone", value(contacts.path("phone")));
        put(basics, "summary", string(parsed.path("summary")));
        String city = value(contacts.path("city"));
        if (city != null) {
            basics.putObject("location").put("city", city);
        }
        ArrayNode profiles = json.createArrayNode();
        for (JsonNode link : parsed.path("links")) {
            String url = value(link);
            if (url != null) {
                ObjectNode profile = profiles.addObject();
                profile.put("network", network(url));
                profile.put("url", url.startsWith("http") ? url : "https://" + url);
            }
        }
        if (!profiles.isEmpty()) {
            basics.set("profiles", profiles);
        }
        ArrayNode work = json.createArrayNode();
        for (JsonNode job : parsed.path("experience")) {
            boolean monthsKnown = job.path("monthsKnown").asBoolean(true);
            if (value(job.path("company")) == null || value(job.path("title")) == null
                    || string(job.path("start")) == null) {
                continue;
            }
            ObjectNode node = work.addObject();
            put(node, "name", value(job.path("company")));
            put(node, "position", value(job.path("title")));
            put(node, "startDate", date(string(job.path("start")), monthsKnown));
            if (!job.path("current").asBoolean(false)) {
                put(node, "endDate", date(string(job.path("end")), monthsKnown));
            }
            ArrayNode highlights = json.createArrayNode();
            job.path("bullets").forEach(bullet -> {
                if (bullet.isString() && !bullet.asString().isBlank() && highlights.size() < MAX_HIGHLIGHTS) {
                    String line = bullet.asString().strip();
                    highlights.add(line.length() <= MAX_HIGHLIGHT ? line : line.substring(0, MAX_HIGHLIGHT));
                }
            });
            if (!highlights.isEmpty()) {
                node.set("highlights", highlights);
            }
        }
        if (!work.isEmpty()) {
            resume.set("work", work);
        }
        ArrayNode education = json.createArrayNode();
        for (JsonNode study : parsed.path("education")) {
            if (value(study.path("institution")) == null) {
                continue;
            }
            ObjectNode node = education.addObject();
            put(node, "institution", value(study.path("institution")));
            put(node, "studyType", string(study.path("degree")));
            put(node, "area", string(study.path("area")));
            put(node, "endDate", study.path("end").isNumber() ? String.valueOf(study.path("end").asInt()) : null);
        }
        if (!education.isEmpty()) {
            resume.set("education", education);
        }
        Set<String> skills = new LinkedHashSet<>();
        parsed.path("skills").forEach(skill -> {
            String name = string(skill.path("name"));
            if (name != null) {
                skills.add(name);
            }
        });
        if (!skills.isEmpty()) {
            ObjectNode group = resume.putArray("skills").addObject();
            group.put("name", "ru".equals(string(parsed.path("language"))) ? "Навыки" : "Skills");
            skills.forEach(group.putArray("keywords")::add);
        }
        ArrayNode languages = json.createArrayNode();
        for (JsonNode spoken : parsed.path("languages")) {
            String language = string(spoken.path("language"));
            if (language != null) {
                ObjectNode node = languages.addObject();
                node.put("language", language);
                put(node, "fluency", string(spoken.path("level")));
            }
        }
        if (!languages.isEmpty()) {
            resume.set("languages", languages);
        }
        return resume;
    }

    private static String network(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        for (String[] known : new String[][] {{"linkedin.", "LinkedIn"}, {"github.", "GitHub"},
                {"gitlab.", "GitLab"}, {"t.me", "Telegram"}, {"hh.ru", "hh.ru"}, {"habr.", "Habr"},
                {"behance.", "Behance"}, {"dribbble.", "Dribbble"}, {"stackoverflow.", "Stack Overflow"}}) {
            if (u.contains(known[0])) {
                return known[1];
            }
        }
        // The profile needs a network name; an unknown site is named by its host ("ivan.dev").
        String host = u.replaceFirst("^[a-z]+://", "").replaceFirst("^www\\.", "").replaceFirst("[/?#].*$", "");
        return host.isBlank() ? "Website" : host.length() > 60 ? host.substring(0, 60) : host;
    }

    // "2020-03" as the parser writes a YearMonth; only the year when the file named no months.
    private static String date(String month, boolean monthsKnown) {
        if (month == null) {
            return null;
        }
        return monthsKnown || month.length() < 4 ? month : month.substring(0, 4);
    }

    private static void put(ObjectNode node, String key, String value) {
        if (value != null && !value.isBlank()) {
            node.put(key, value);
        }
    }

    private static String value(JsonNode field) {
        return string(field.path("value"));
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
