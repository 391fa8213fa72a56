package com.qh.profile.exchange;

import com.qh.profile.model.Language;
import com.qh.profile.model.Personal;
import com.qh.profile.model.Personal.Contacts;
import com.qh.profile.model.Personal.Link;
import com.qh.profile.model.Personal.Location;
import com.qh.profile.model.Profile;
import com.qh.profile.model.Sections.Award;
import com.qh.profile.model.Sections.Certificate;
import com.qh.profile.model.Sections.Cefr;
import com.qh.profile.model.Sections.Education;
import com.qh.profile.model.Sections.Experience;
import com.qh.profile.model.Sections.Interest;
import com.qh.profile.model.Sections.LanguageSkill;
import com.qh.profile.model.Sections.Project;
import com.qh.profile.model.Sections.Publication;
import com.qh.profile.model.Sections.Reference;
import com.qh.profile.model.Sections.Skill;
import com.qh.profile.model.Sections.Volunteering;
import com.qh.profile.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Resume 1.2.1 (jsonresume.org) in one language, both ways. Every field the standard defines maps to a field
 * of the profile and back, so importing a resume and exporting it again gives the same document; empty fields are
 * left out rather than written as empty strings. Only the phone number may change: it is stored in E.164.
 */
final class JsonResume {

    static final String SCHEMA = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonResume() {
    }

    /** The profile as a JSON Resume in {@code language}, falling back to the other language's text. */
    static ObjectNode export(Profile profile, Language language) {
        Writer w = new Writer(language);
        ObjectNode resume = NODES.objectNode();
        resume.put("$schema", SCHEMA);
        Personal p = profile.personal();
        ObjectNode basics = NODES.objectNode();
        w.put(basics, "name", fullName(p, language));
        w.put(basics, "label", p.headline());
        w.put(basics, "image", p.image());
        if (p.contacts() != null) {
            w.put(basics, "email", p.contacts().email());
            w.put(basics, "phone", p.contacts().phone());
        }
        w.put(basics, "url", p.website());
        w.put(basics, "summary", profile.summary());
        if (p.location() != null) {
            ObjectNode location = NODES.objectNode();
            Location l = p.location();
            w.put(location, "address", l.address());
            w.put(location, "postalCode", l.postalCode());
            w.put(location, "city", l.city());
            w.put(location, "countryCode", l.countryCode());
            w.put(location, "region", l.region());
            w.put(basics, "location", location);
        }
        w.array(basics, "profiles", p.links(), link -> {
            ObjectNode node = NODES.objectNode();
            w.put(node, "network", link.network());
            w.put(node, "username", link.username());
            w.put(node, "url", link.url());
            return node;
        });
        w.put(resume, "basics", basics);
        w.array(resume, "work", profile.experience(), job -> {
            ObjectNode node = NODES.objectNode();
            w.put(node, "name", job.employer());
            w.put(node, "location", job.location());
            w.put(node, "description", job.employerDescription());
            w.put(node, "position", job.position());
            w.put(node, "url", job.url());
            w.put(node, "startDate", job.startDate());
            w.put(node, "endDate", job.endDate());
            w.put(node, "summary", job.description());
            w.texts(node, "highlights", job.highlights());
            return node;
        });
        w.array(resume, "volunteer", profile.volunteering(), v -> {
            ObjectNode node = NODES.objectNode();
            w.put(node, "organization", v.organization());
            w.put(node, "position", v.position());
            w.put(node, "url", v.url());
            w.put(node, "startDate", v.startDate());
            w.put(node, "endDate", v.endDate());
            w.put(node, "summary", v.summary());
            w.texts(node, "highlights", v.highlights());
            return node;
        });
        w.array(resume, "education", profile.education(), e -> {
            ObjectNode node = NODES.objectNode();
            w.put(node, "institution", e.institution());
            w.put(node, "url", e.url());
            w.put(node, "area", e.area());
            w.put(node, "studyType", e.studyType());
            w.put(node, "startDate", e.startDate());
            w.put(node, "endDate", e.endDate());
            w.put(node, "score", e.score());
            w.texts(node, "courses", e.courses());
            return node;
        });
        w.array(resume, "awards", profile.awards(), a -> {
            ObjectNode node = NODES.objectNode();
            w.put(node, "title", a.title());
            w.put(node, "date", a.date());
            w.put(node, "awarder", a.awarder());
            w.put(node, "summary", a.summary());
            return node;
        });
        w.array(resume, "certificates", profile.certificates(), c -> {
            ObjectNode node = NODES.objectNode();
            w.put(node, "name", c.name());
            w.put(node, "date", c.date());
            w.put(node, "url", c.url());
            w.put(node, "issuer", c.issuer());
            return node;
        });
        w.array(resume, "publications", profile.publications(), pub -> {
            ObjectNode node = NODES.objectNode();
            w.put(node, "name", pub.name());
            w.put(node, "publisher", pub.publisher());
            w.put(node, "releaseDate", pub.releaseDate());
            w.put(node, "url", pub.url());
            w.put(node, "summary", pub.summary());
            return node;
        });
        w.array(resume, "skills", profile.skills(), s -> {
            ObjectNode node = NODES.objectNode();
            w.put(node, "name", s.name());
            w.put(node, "level", s.level());
            w.strings(node, "keywords", s.keywords());
            return node;
        });
        w.array(resume, "languages", profile.languages(), l -> {
            ObjectNode node = NODES.objectNode();
            w.put(node, "language", l.language());
            w.put(node, "fluency", l.fluency() != null ? l.fluency() : l.cefr() == null ? null : fluency(l.cefr()));
            return node;
        });
        w.array(resume, "interests", profile.interests(), i -> {
            ObjectNode node = NODES.objectNode();
            w.put(node, "name", i.name());
            w.strings(node, "keywords", i.keywords());
            return node;
        });
        w.array(resume, "references", profile.references(), r -> {
            ObjectNode node = NODES.objectNode();
            w.put(node, "name", r.name());
            w.put(node, "reference", r.reference());
            return node;
        });
        w.array(resume, "projects", profile.projects(), pr -> {
            ObjectNode node = NODES.objectNode();
            w.put(node, "name", pr.name());
            w.put(node, "description", pr.description());
            w.texts(node, "highlights", pr.highlights());
            w.strings(node, "keywords", pr.keywords());
            w.put(node, "startDate", pr.startDate());
            w.put(node, "endDate", pr.endDate());
            w.put(node, "url", pr.url());
            w.texts(node, "roles", pr.roles());
            w.put(node, "entity", pr.entity());
            w.put(node, "type", pr.type());
            return node;
        });
        return resume;
    }

    /**
     * A JSON Resume read into a profile, its texts in {@code language}. Sections the resume does not have are
     * {@code null} in the result's {@link Imported#present} list, so an import can leave them alone.
     */
    static Imported read(JsonNode resume, Language language) {
        Reader r = new Reader(language);
        JsonNode basics = resume.path("basics");
        String[] name = splitName(text(basics, "name"));
        JsonNode location = basics.path("location");
        Location place = location.isObject() ? new Location(upper(text(location, "countryCode")),
                r.text(location, "region"), r.text(location, "city"), r.text(location, "address"),
                text(location, "postalCode"), null, null) : null;
        List<Link> links = r.list(basics.path("profiles"), node -> new Link(text(node, "network"),
                text(node, "username"), text(node, "url")));
        String email = text(basics, "email");
        String phone = text(basics, "phone");
        Personal personal = new Personal(r.of(name[0]), null, r.of(name[1]), r.text(basics, "label"), null,
                text(basics, "image"), text(basics, "url"),
                email == null && phone == null ? null : new Contacts(email, phone, null), place, links, null, null,
                null, null, null, null);
        List<Experience> work = r.list(resume.path("work"), node -> new Experience(null, r.text(node, "name"),
                r.text(node, "description"), r.text(node, "position"), r.text(node, "location"), text(node, "url"),
                text(node, "startDate"), text(node, "endDate"), text(node, "endDate") == null ? Boolean.TRUE : null,
                r.text(node, "summary"), r.texts(node, "highlights")));
        List<Volunteering> volunteer = r.list(resume.path("volunteer"), node -> new Volunteering(null,
                r.text(node, "organization"), r.text(node, "position"), text(node, "url"), text(node, "startDate"),
                text(node, "endDate"), r.text(node, "summary"), r.texts(node, "highlights")));
        List<Education> education = r.list(resume.path("education"), node -> new Education(null,
                r.text(node, "institution"), text(node, "url"), r.text(node, "area"), r.text(node, "studyType"),
                null, text(node, "startDate"), text(node, "endDate"), text(node, "score"), r.texts(node, "courses")));
        List<Award> awards = r.list(resume.path("awards"), node -> new Award(null, r.text(node, "title"),
                text(node, "date"), r.text(node, "awarder"), r.text(node, "summary")));
        List<Certificate> certificates = r.list(resume.path("certificates"), node -> new Certificate(null,
                r.text(node, "name"), text(node, "date"), r.text(node, "issuer"), text(node, "url")));
        List<Publication> publications = r.list(resume.path("publications"), node -> new Publication(null,
                r.text(node, "name"), r.text(node, "publisher"), text(node, "releaseDate"), text(node, "url"),
                r.text(node, "summary")));
        List<Skill> skills = r.list(resume.path("skills"), node -> new Skill(null, text(node, "name"),
                text(node, "level"), strings(node, "keywords")));
        List<LanguageSkill> languages = r.list(resume.path("languages"), node -> new LanguageSkill(null,
                text(node, "language"), text(node, "fluency"), cefr(text(node, "fluency"))));
        List<Interest> interests = r.list(resume.path("interests"), node -> new Interest(null, r.text(node, "name"),
                strings(node, "keywords")));
        List<Reference> references = r.list(resume.path("references"), node -> new Reference(null,
                text(node, "name"), r.text(node, "reference")));
        List<Project> projects = r.list(resume.path("projects"), node -> new Project(null, r.text(node, "name"),
                r.text(node, "description"), r.texts(node, "highlights"), strings(node, "keywords"),
                text(node, "startDate"), text(node, "endDate"), text(node, "url"), r.texts(node, "roles"),
                r.text(node, "entity"), text(node, "type")));
        Profile profile = new Profile(language, personal, r.text(basics, "summary"), work, education, skills,
                languages, certificates, awards, projects, publications, volunteer, interests, references);
        List<String> present = new ArrayList<>();
        for (String section : List.of("basics", "work", "volunteer", "education", "awards", "certificates",
                "publications", "skills", "languages", "interests", "references", "projects")) {
            if (resume.has(section)) {
                present.add(section);
            }
        }
        return new Imported(profile, present);
    }

    /**
     * A resume read into a profile.
     *
     * @param present the JSON Resume sections the document had
     */
    record Imported(Profile profile, List<String> present) {
    }

    /** Guesses the CEFR level from a free-text fluency such as "Native speaker" or "C1 Advanced". */
    static Cefr cefr(String fluency) {
        if (fluency == null) {
            return null;
        }
        String f = fluency.toLowerCase(Locale.ROOT);
        for (Cefr level : Cefr.values()) {
            if (level != Cefr.NATIVE && f.matches(".*\\b" + level.name().toLowerCase(Locale.ROOT) + "\\b.*")) {
                return level;
            }
        }
        if (f.contains("native") || f.contains("родно") || f.contains("bilingual")) {
            return Cefr.NATIVE;
        }
        if (f.contains("fluent") || f.contains("свободн") || f.contains("proficien")) {
            return Cefr.C1;
        }
        if (f.contains("advanced") || f.contains("продвинут")) {
            return Cefr.B2;
        }
        if (f.contains("intermediate") || f.contains("средн")) {
            return Cefr.B1;
        }
        if (f.contains("elementary") || f.contains("beginner") || f.contains("базов") || f.contains("начальн")) {
            return Cefr.A2;
        }
        return null;
    }

    private static String fluency(Cefr cefr) {
        return cefr == Cefr.NATIVE ? "Native speaker" : cefr.name();
    }

    private static Text fullName(Personal p, Language language) {
        List<String> parts = new ArrayList<>();
        for (Text part : new Text[] { p.firstName(), p.middleName(), p.lastName() }) {
            if (Text.isPresent(part)) {
                parts.add(part.in(language));
            }
        }
        return parts.isEmpty() ? null : Text.of(language, String.join(" ", parts));
    }

    // "Ada King Lovelace" → first "Ada King", last "Lovelace": joined again on export, the name is unchanged.
    private static String[] splitName(String name) {
        if (name == null || name.isBlank()) {
            return new String[] { null, null };
        }
        String trimmed = name.strip();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? new String[] { trimmed, null }
                : new String[] { trimmed.substring(0, space).strip(), trimmed.substring(space + 1) };
    }

    private static String upper(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(value -> {
            if (value.isValueNode() && !value.isNull()) {
                values.add(value.asString());
            }
        });
        return values;
    }

    /** Writes only what has a value, in one language. */
    private record Writer(Language language) {

        void put(ObjectNode node, String field, String value) {
            if (value != null && !value.isEmpty()) {
                node.put(field, value);
            }
        }

        void put(ObjectNode node, String field, Text value) {
            if (Text.isPresent(value)) {
                node.put(field, value.in(language));
            }
        }

        void put(ObjectNode node, String field, ObjectNode value) {
            if (!value.isEmpty()) {
                node.set(field, value);
            }
        }

        void texts(ObjectNode node, String field, List<Text> values) {
            if (!values.isEmpty()) {
                ArrayNode array = node.putArray(field);
                values.forEach(value -> array.add(value.in(language)));
            }
        }

        void strings(ObjectNode node, String field, List<String> values) {
            if (!values.isEmpty()) {
                ArrayNode array = node.putArray(field);
                values.forEach(array::add);
            }
        }

        <T> void array(ObjectNode node, String field, List<T> items, Function<T, ObjectNode> each) {
            if (!items.isEmpty()) {
                ArrayNode array = node.putArray(field);
                items.forEach(item -> array.add(each.apply(item)));
            }
        }
    }

    /** Reads texts into one language's slot. */
    private record Reader(Language language) {

        Text of(String value) {
            return value == null ? null : Text.of(language, value);
        }

        Text text(JsonNode node, String field) {
            return of(JsonResume.text(node, field));
        }

        List<Text> texts(JsonNode node, String field) {
            return JsonResume.strings(node, field).stream().map(this::of).toList();
        }

        <T> List<T> list(JsonNode array, Function<JsonNode, T> each) {
            List<T> items = new ArrayList<>();
            if (array.isArray()) {
                array.forEach(node -> items.add(each.apply(node)));
            }
            return items;
        }
    }
}
