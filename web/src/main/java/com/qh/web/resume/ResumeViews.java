package com.qh.web.resume;

import static com.qh.web.api.JsonPaths.instant;

import com.qh.web.view.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/** The resume API's answers as the builder shows them, in the page's language. */
public final class ResumeViews {

    /** The parts a resume may show, in the resume service's default order. */
    public static final List<String> PARTS = List.of("SUMMARY", "EXPERIENCE", "PROJECTS", "EDUCATION", "SKILLS",
            "LANGUAGES", "CERTIFICATES", "PUBLICATIONS", "AWARDS", "VOLUNTEERING", "INTERESTS");
    /** Font sizes the form offers, in points (the API takes 8 to 13). */
    public static final List<String> SIZES = List.of("9", "9.5", "10", "10.5", "11", "11.5", "12");
    /** Margins the form offers, in millimetres (the API takes 8 to 30). */
    public static final List<String> MARGINS = List.of("10", "12", "15", "18", "20", "25");

    private ResumeViews() {
    }

    /**
     * A resume in the list.
     *
     * @param id its id
     * @param title its own name
     * @param language ru or en
     * @param template the template's id
     * @param version its version
     * @param updated when it last changed, formatted
     * @param tailored whether it has a target vacancy
     */
    public record Summary(String id, String title, String language, String template, int version, String updated,
            boolean tailored) {
    }

    /**
     * A template in the gallery.
     *
     * @param id its id
     * @param name its name in the page's language
     * @param description what it suits
     * @param columns 1 or 2
     * @param atsPlain whether applicant tracking systems read it best
     */
    public record Template(String id, String name, String description, int columns, boolean atsPlain) {
    }

    /**
     * One part of the resume as the form shows it.
     *
     * @param part {@code EXPERIENCE}, ...
     * @param shown whether it is printed
     * @param entries the profile's entries of this part in the resume's order; empty when the profile could not be
     *     read or has none
     */
    public record Section(String part, boolean shown, List<Entry> entries) {
    }

    /**
     * An entry of the profile inside a part: a job, a school, a skill.
     *
     * @param id the profile's id of it
     * @param label how the person recognises it ("Senior developer · Yandex")
     * @param shown whether the resume prints it
     */
    public record Entry(String id, String label, boolean shown) {
    }

    /** The profile's member holding each part's entries, and the members that name one, first found first. */
    private static final Map<String, List<String>> ENTRY_SOURCES = Map.ofEntries(
            Map.entry("EXPERIENCE", List.of("experience", "position", "employer")),
            Map.entry("PROJECTS", List.of("projects", "name", "entity")),
            Map.entry("EDUCATION", List.of("education", "studyType", "area", "institution")),
            Map.entry("SKILLS", List.of("skills", "name")),
            Map.entry("LANGUAGES", List.of("languages", "language", "fluency")),
            Map.entry("CERTIFICATES", List.of("certificates", "name", "issuer")),
            Map.entry("PUBLICATIONS", List.of("publications", "name", "publisher")),
            Map.entry("AWARDS", List.of("awards", "title", "awarder")),
            Map.entry("VOLUNTEERING", List.of("volunteering", "position", "organization")),
            Map.entry("INTERESTS", List.of("interests", "name")));

    /**
     * The design the form edits.
     *
     * @param title the resume's own name
     * @param language ru or en
     * @param template the template's id
     * @param fontFamily the font, or empty for the template's
     * @param baseSize body size in points, or empty
     * @param accent {@code #rrggbb}, or empty
     * @param margin millimetres, or empty
     * @param columns 1, 2 or empty
     * @param pageSize A4, LETTER or empty
     * @param dateStyle MONTH, YEAR or empty
     * @param sections every part, in the order printed
     * @param targetVacancyId the vacancy it is tailored to, or empty
     */
    public record Form(String title, String language, String template, String fontFamily, String baseSize,
            String accent, String margin, String columns, String pageSize, String dateStyle, List<Section> sections,
            String targetVacancyId) {

        /** The accent for the colour input, which cannot be empty: the template's when none is chosen. */
        public String accentOrDefault() {
            return accent.isEmpty() ? "#2f5bd3" : accent;
        }
    }

    /**
     * A stored version.
     *
     * @param number its number
     * @param title the resume's name then
     * @param created when it was saved, formatted
     * @param current whether it is the resume as it is now
     */
    public record Version(int number, String title, String created, boolean current) {
    }

    /**
     * One change tailoring made.
     *
     * @param text what changed, in the page's language
     * @param before the lines before, for a reordering or a new title
     * @param after the lines after
     */
    public record Change(String text, List<String> before, List<String> after) {
    }

    /**
     * What tailoring did.
     *
     * @param changes every change against the untailored resume
     * @param met the vacancy's skills the resume names
     * @param missing the vacancy's skills it does not
     */
    public record Tailoring(List<Change> changes, List<String> met, List<String> missing) {
    }

    /**
     * A saved vacancy to tailor to.
     *
     * @param id its id
     * @param label its title and company
     */
    public record Vacancy(String id, String label) {
    }

    static List<Summary> list(JsonNode answer, Page page) {
        List<Summary> list = new ArrayList<>();
        for (JsonNode resume : answer) {
            list.add(new Summary(resume.path("id").asString(""), resume.path("title").asString(""),
                    resume.path("language").asString(""), resume.path("template").asString(""),
                    resume.path("version").asInt(1), page.dateTime(instant(resume.path("updatedAt"))),
                    !resume.path("targetVacancyId").asString("").isEmpty()));
        }
        return list;
    }

    static List<Template> templates(JsonNode answer, Page page) {
        List<Template> list = new ArrayList<>();
        for (JsonNode template : answer) {
            String name = template.path("ru".equals(page.lang()) ? "nameRu" : "nameEn").asString("");
            list.add(new Template(template.path("id").asString(""),
                    name.isEmpty() ? template.path("id").asString("") : name,
                    template.path("description").asString(""), template.path("columns").asInt(1),
                    template.path("atsPlain").asBoolean(false)));
        }
        return list;
    }

    static List<String> fonts(JsonNode answer) {
        List<String> list = new ArrayList<>();
        for (JsonNode font : answer) {
            list.add(font.path("family").asString(""));
        }
        return list;
    }

    /**
     * The form of a design as the API holds it, each part with the profile's entries in the design's order (those it
     * does not name follow in the profile's order, as the resume service composes them) and labelled in {@code lang}.
     */
    static Form form(JsonNode design, JsonNode profile, String lang) {
        JsonNode look = design.path("appearance");
        Set<String> order = new LinkedHashSet<>();
        Set<String> hidden = new LinkedHashSet<>();
        Map<String, JsonNode> stored = new HashMap<>();
        for (JsonNode section : design.path("sections")) {
            String part = section.path("part").asString("");
            if (PARTS.contains(part)) {
                order.add(part);
                stored.putIfAbsent(part, section);
                if (section.path("hidden").asBoolean(false)) {
                    hidden.add(part);
                }
            }
        }
        order.addAll(PARTS);
        List<Section> sections = order.stream().map(part -> new Section(part, !hidden.contains(part),
                entries(part, stored.getOrDefault(part, MissingNode.getInstance()), profile, lang))).toList();
        return new Form(design.path("title").asString(""), design.path("language").asString("ru"),
                design.path("template").asString(""), text(look, "fontFamily"), number(look.path("baseSize")),
                text(look, "accent"), number(look.path("margin")), number(look.path("columns")),
                text(look, "pageSize"), text(look, "dateStyle"), sections,
                design.path("targetVacancyId").asString(""));
    }

    private static List<Entry> entries(String part, JsonNode section, JsonNode profile, String lang) {
        List<String> source = ENTRY_SOURCES.get(part);
        if (source == null) {
            return List.of();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (JsonNode entry : profile.path(source.getFirst())) {
            String id = entry.path("id").asString("");
            if (id.isEmpty()) {
                continue;
            }
            List<String> said = new ArrayList<>();
            for (String member : source.subList(1, source.size())) {
                String value = said(entry.path(member), lang);
                if (!value.isBlank() && !said.contains(value)) {
                    said.add(value);
                }
            }
            labels.put(id, said.isEmpty() ? id : String.join(" · ", said));
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (JsonNode id : section.path("order")) {
            if (labels.containsKey(id.asString(""))) {
                ordered.add(id.asString(""));
            }
        }
        ordered.addAll(labels.keySet());
        Set<String> hiddenEntries = new HashSet<>(strings(section.path("hiddenEntries")));
        return ordered.stream().map(id -> new Entry(id, labels.get(id), !hiddenEntries.contains(id))).toList();
    }

    /** A profile text: a plain string, or the {@code {ru, en}} pair in {@code lang} else the other. */
    private static String said(JsonNode value, String lang) {
        if (value.isString()) {
            return value.asString();
        }
        String wanted = value.path(lang).asString("");
        return wanted.isBlank() ? value.path("ru".equals(lang) ? "en" : "ru").asString("") : wanted;
    }

    static List<Version> versions(JsonNode answer, int current, Page page) {
        List<Version> list = new ArrayList<>();
        for (JsonNode version : answer) {
            int number = version.path("version").asInt();
            list.add(new Version(number, version.path("title").asString(""),
                    page.dateTime(instant(version.path("createdAt"))), number == current));
        }
        return list;
    }

    static Tailoring tailoring(JsonNode tailored, Page page) {
        if (!tailored.isObject()) {
            return null;
        }
        List<Change> changes = new ArrayList<>();
        for (JsonNode change : tailored.path("changes")) {
            String kind = change.path("kind").asString("");
            String part = change.path("part").asString("");
            String partName = part.isEmpty() ? "" : page.t("resume.part." + part);
            String entry = change.path("entry").asString("");
            String text = switch (kind) {
                case "ENTRY_MOVED" -> page.t("resume.change.moved", entry, partName,
                        change.path("from").asInt() + 1, change.path("to").asInt() + 1);
                case "ENTRY_HIDDEN" -> page.t("resume.change.hidden", entry, partName);
                case "BULLETS_REORDERED" -> page.t("resume.change.bullets", entry, partName);
                case "SKILLS_REORDERED" -> page.t("resume.change.skills");
                case "TITLE_CHANGED" -> page.t("resume.change.title");
                default -> kind;
            };
            changes.add(new Change(text, strings(change.path("before")), strings(change.path("after"))));
        }
        JsonNode match = tailored.path("match");
        return new Tailoring(changes, strings(match.path("met")), strings(match.path("missing")));
    }

    static List<Vacancy> vacancies(JsonNode answer) {
        List<Vacancy> list = new ArrayList<>();
        for (JsonNode vacancy : answer.path("items")) {
            String company = vacancy.path("company").asString("");
            list.add(new Vacancy(vacancy.path("id").asString(""), vacancy.path("title").asString("")
                    + (company.isEmpty() ? "" : " · " + company)));
        }
        return list;
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        for (JsonNode item : array) {
            list.add(item.asString(""));
        }
        return list;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isValueNode() && !value.isNull() ? value.asString() : "";
    }

    /** A number as the form shows it: 10 rather than 10.0. */
    private static String number(JsonNode value) {
        if (!value.isNumber()) {
            return "";
        }
        double number = value.asDouble();
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
