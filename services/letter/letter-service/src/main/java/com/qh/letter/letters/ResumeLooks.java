package com.qh.letter.letters;

import com.qh.platform.client.ServiceClients;
import com.qh.rendering.Appearance;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The look of the resume the user made for the same vacancy, so the letter sent with it matches: the resume
 * service's list ({@code GET /api/v1/resumes}, the user's token), the newest resume whose {@code targetVacancyId}
 * is the letter's vacancy, its template (and its appearance when the list carries one). Without such a resume, or
 * when the resume service does not answer, the default look ({@code classic}).
 */
@Component
class ResumeLooks {

    static final String DEFAULT_TEMPLATE = "classic";
    private static final Logger log = LoggerFactory.getLogger(ResumeLooks.class);

    private final ServiceClients clients;

    ResumeLooks(ServiceClients clients) {
        this.clients = clients;
    }

    Appearance forVacancy(UUID vacancyId) {
        JsonNode resumes;
        try {
            resumes = clients.forService("resume").get().uri("/api/v1/resumes").retrieve().body(JsonNode.class);
        }
        catch (RuntimeException e) {
            log.info("Default letter look: the resume service did not answer ({})", e.toString());
            return Appearance.of(DEFAULT_TEMPLATE);
        }
        if (resumes == null) {
            return Appearance.of(DEFAULT_TEMPLATE);
        }
        for (JsonNode resume : resumes.isArray() ? resumes : resumes.path("items")) {
            if (vacancyId.toString().equals(resume.path("targetVacancyId").asString(""))) {
                return appearance(resume);
            }
        }
        return Appearance.of(DEFAULT_TEMPLATE);
    }

    private static Appearance appearance(JsonNode resume) {
        String template = resume.path("template").asString(DEFAULT_TEMPLATE);
        try {
            Appearance look = Appearance.of(template);
            JsonNode custom = resume.path("appearance");
            if (custom.path("fontFamily").isString()) {
                look = look.withFont(custom.path("fontFamily").asString());
            }
            if (custom.path("accent").isString()) {
                look = look.withAccent(custom.path("accent").asString());
            }
            if (custom.path("pageSize").isString()) {
                look = look.withPageSize(Appearance.PageSize.valueOf(custom.path("pageSize").asString()));
            }
            return look;
        }
        catch (IllegalArgumentException e) {
            return Appearance.of(DEFAULT_TEMPLATE);
        }
    }
}
