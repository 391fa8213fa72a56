package com.qh.resume.content;

import com.qh.rendering.Language;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The profile as the JSON Resume that {@code platform/ai}'s fact checker reads as evidence: the facts of one
 * language, the other filling its gaps, as a resume in that language would print them.
 */
public final class JsonResumes {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonResumes() {
    }

    /** The profile (as the profile service answers it) as a JSON Resume in {@code language} (ru or en). */
    public static JsonNode of(JsonNode profile, String language) {
        ProfileReader reader = new ProfileReader(Language.of(language), Design.DateStyle.MONTH);
        ObjectNode resume = JSON.createObjectNode();
        ObjectNode basics = resume.putObject("basics");
        JsonNode personal = profile.path("personal");
        basics.put("name", join(reader.text(personal.path("firstName")), reader.text(personal.path("lastName"))));
        basics.put("label", reader.text(personal.path("headline")));
        basics.put("summary", reader.text(profile.path("summary")));
        ArrayNode work = resume.putArray("work");
        for (JsonNode job : profile.path("experience")) {
            ObjectNode w = work.addObject();
            w.put("name", reader.text(job.path("employer")));
            w.put("position", reader.text(job.path("position")));
            w.put("startDate", job.path("startDate").asString(""));
            w.put("endDate", job.path("endDate").asString(""));
            w.put("summary", reader.text(job.path("description")));
            ArrayNode highlights = w.putArray("highlights");
            job.path("highlights").forEach(h -> highlights.add(reader.text(h)));
        }
        ArrayNode education = resume.putArray("education");
        for (JsonNode study : profile.path("education")) {
            education.addObject().put("institution", reader.text(study.path("institution")))
                    .put("area", reader.text(study.path("area"))).put("studyType", reader.text(study.path("studyType")))
                    .put("startDate", study.path("startDate").asString(""))
                    .put("endDate", study.path("endDate").asString(""));
        }
        ArrayNode skills = resume.putArray("skills");
        for (JsonNode skill : profile.path("skills")) {
            ArrayNode keywords = skills.addObject().put("name", skill.path("name").asString(""))
                    .putArray("keywords");
            skill.path("keywords").forEach(k -> keywords.add(k.asString("")));
        }
        ArrayNode certificates = resume.putArray("certificates");
        profile.path("certificates").forEach(c -> certificates.addObject().put("name", reader.text(c.path("name")))
                .put("issuer", reader.text(c.path("issuer"))).put("date", c.path("date").asString("")));
        ArrayNode projects = resume.putArray("projects");
        for (JsonNode project : profile.path("projects")) {
            ObjectNode p = projects.addObject().put("name", reader.text(project.path("name")))
                    .put("description", reader.text(project.path("description")));
            ArrayNode highlights = p.putArray("highlights");
            project.path("highlights").forEach(h -> highlights.add(reader.text(h)));
            ArrayNode keywords = p.putArray("keywords");
            project.path("keywords").forEach(k -> keywords.add(k.asString("")));
        }
        ArrayNode publications = resume.putArray("publications");
        profile.path("publications").forEach(p -> publications.addObject().put("name", reader.text(p.path("name")))
                .put("publisher", reader.text(p.path("publisher")))
                .put("releaseDate", p.path("releaseDate").asString("")));
        ArrayNode languages = resume.putArray("languages");
        profile.path("languages").forEach(l -> languages.addObject().put("language", l.path("language").asString(""))
                .put("fluency", l.path("fluency").asString("")));
        return resume;
    }

    private static String join(String first, String last) {
        return first == null ? last : last == null ? first : first + " " + last;
    }
}
