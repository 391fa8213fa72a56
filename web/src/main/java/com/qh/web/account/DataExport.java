package com.qh.web.account;

import com.qh.web.api.ApiProblemException;
import com.qh.web.api.GatewayApi;
import com.qh.web.session.UserSession;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Everything QH keeps about a person, as one ZIP to take away: each service's own answer as JSON (the account, the
 * profile in QH's format and as a JSON Resume, applications with their tracker, documents, resumes, letters,
 * analyses, notifications and their settings) and every document's current file. The web app only gathers what the
 * public API gives the person anyway, with their token; a part a service cannot give now is named in
 * {@code README.txt} instead of failing the whole export.
 */
@Component
class DataExport {

    /** The applications are read a page at a time, up to this many in all. */
    static final int MAX_VACANCIES = 2_000;

    private final GatewayApi api;
    private final UserSession session;
    private final JsonMapper json;
    private final Clock clock;

    DataExport(GatewayApi api, UserSession session, JsonMapper json, Clock clock) {
        this.api = api;
        this.session = session;
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        this.clock = clock;
    }

    /** Writes the ZIP to {@code out} as the parts come. */
    void write(HttpServletRequest request, String language, OutputStream out) {
        Map<String, String> missing = new LinkedHashMap<>();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put("account.json", "/api/v1/auth/me");
            parts.put("profile.json", "/api/v1/profile/export?format=native");
            parts.put("resume.json", "/api/v1/profile/export?format=json-resume&language=" + language);
            parts.put("resumes.json", "/api/v1/resumes");
            parts.put("letters.json", "/api/v1/letters");
            parts.put("analysis.json", "/api/v1/analysis/jobs?limit=100");
            parts.put("notifications.json", "/api/v1/notifications?limit=200");
            parts.put("notification-preferences.json", "/api/v1/notifications/preferences");
            parts.forEach((file, path) -> {
                JsonNode part = read(request, path, file, missing);
                if (part != null) {
                    put(zip, file, part);
                }
            });
            JsonNode vacancies = vacancies(request, missing);
            if (vacancies != null) {
                put(zip, "vacancies.json", vacancies);
            }
            JsonNode documents = read(request, "/api/v1/documents", "documents.json", missing);
            if (documents != null) {
                put(zip, "documents.json", documents);
                files(request, zip, documents, missing);
            }
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write(readme(missing).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    /** Every application in full (requirements, description, the tracker and its history), a page at a time. */
    private JsonNode vacancies(HttpServletRequest request, Map<String, String> missing) {
        ArrayNode all = json.createArrayNode();
        int size = 100;
        for (int page = 0; all.size() < MAX_VACANCIES; page++) {
            JsonNode list = read(request, "/api/v1/vacancies?page=" + page + "&size=" + size, "vacancies.json",
                    missing);
            if (list == null) {
                return all.isEmpty() ? null : all;
            }
            for (JsonNode item : list.path("items")) {
                JsonNode full = read(request, "/api/v1/vacancies/" + item.path("id").asString(""), "vacancies.json",
                        missing);
                all.add(full == null ? item : full);
            }
            if (list.path("items").size() < size || (page + 1) * size >= list.path("total").asInt(0)) {
                break;
            }
        }
        return all;
    }

    /** Each document's current file, under {@code documents/}, named after its file (made unique). */
    private void files(HttpServletRequest request, ZipOutputStream zip, JsonNode documents,
            Map<String, String> missing) {
        Set<String> names = new HashSet<>();
        for (JsonNode document : documents) {
            String id = document.path("id").asString("");
            String name = "documents/" + unique(names, safe(document.path("fileName").asString(id)));
            try {
                session.receive(request, api.call(HttpMethod.GET, "/api/v1/documents/" + id + "/download"),
                        (status, headers, file) -> {
                            zip.putNextEntry(new ZipEntry(name));
                            file.transferTo(zip);
                            zip.closeEntry();
                        });
            }
            catch (ApiProblemException unavailable) {
                if (unavailable.problem().status() == 401) {
                    throw unavailable;
                }
                names.remove(name.substring("documents/".length()));
                missing.put(name, unavailable.problem().detail());
            }
        }
    }

    private JsonNode read(HttpServletRequest request, String path, String file, Map<String, String> missing) {
        try {
            return session.send(request, api.call(HttpMethod.GET, path)).body();
        }
        catch (ApiProblemException unavailable) {
            if (unavailable.problem().status() == 401) {
                throw unavailable;
            }
            missing.putIfAbsent(file, unavailable.problem().detail());
            return null;
        }
    }

    private void put(ZipOutputStream zip, String file, JsonNode content) {
        try {
            zip.putNextEntry(new ZipEntry(file));
            zip.write(json.writeValueAsBytes(content));
            zip.closeEntry();
        }
        catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }

    private String readme(Map<String, String> missing) {
        List<String> lines = new ArrayList<>(List.of(
                "Your data from QH, exported " + clock.instant() + ".",
                "",
                "account.json                   your account: e-mail, name, roles, two-factor, linked sign-ins",
                "profile.json                   your career profile in QH's own format (importable again)",
                "resume.json                    the same profile as a JSON Resume (jsonresume.org)",
                "vacancies.json                 the vacancies you saved, with their application tracker and history",
                "documents.json                 your documents; their files are in documents/",
                "resumes.json, letters.json     the resumes and cover letters you made",
                "analysis.json                  your analyses (matches, resume reviews, salary estimates)",
                "notifications.json             your latest notifications; notification-preferences.json, their settings"));
        if (!missing.isEmpty()) {
            lines.add("");
            lines.add("Not included, because the service could not give it just now (export again later):");
            missing.forEach((file, why) -> lines.add("  " + file + ": " + (why == null ? "unavailable" : why)));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String safe(String fileName) {
        String name = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() || name.startsWith(".") ? "document" + name : name;
    }

    private static String unique(Set<String> names, String name) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int n = 2; !names.add(candidate); n++) {
            candidate = dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")";
        }
        return candidate;
    }
}
