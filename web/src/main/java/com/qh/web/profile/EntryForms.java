package com.qh.web.profile;

import com.qh.web.api.JsonPaths;
import com.qh.web.view.Page;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The profile's list sections as the web app edits them: for each section (the profile API's
 * {@code /api/v1/profile/{section}}) the fields its form shows, what kind of input each is, and how an entry is
 * named in the overview. One form template and one controller serve all eleven sections from this table, so a
 * field the API adds is one line here.
 *
 * <p>Form inputs are named by the path of the value they edit ({@code position.ru}, {@code startDate}); a
 * bilingual list ({@link Kind#LINES}) is one text area per language, a line each, paired in order.
 */
public final class EntryForms {

    /** How a field is typed in and kept. */
    public enum Kind {
        /** A bilingual one-line text ({@code {"ru": …, "en": …}}). */
        TEXT,
        /** A bilingual text of several lines. */
        PROSE,
        /** A bilingual list, one item a line. */
        LINES,
        /** One line in no particular language (a skill, a grade). */
        NAME,
        /** A web address. */
        LINK,
        /** A partial date: {@code 2021}, {@code 2021-03} or {@code 2021-03-15}. */
        DATE,
        /** A list of names, separated by commas. */
        WORDS,
        /** One of the API's constants. */
        CHOICE,
        /** Yes or no. */
        FLAG
    }

    /**
     * One field of an entry.
     *
     * @param name the member's name in the API's JSON
     * @param kind how it is typed in
     * @param required whether the API refuses an entry without it
     * @param options the constants of a {@link Kind#CHOICE}
     */
    public record Field(String name, Kind kind, boolean required, List<String> options) {

        /** Whether the form has an input per language for it. */
        public boolean bilingual() {
            return kind == Kind.TEXT || kind == Kind.PROSE || kind == Kind.LINES;
        }
    }

    /**
     * One section.
     *
     * @param path its name in the API's paths and in the profile's JSON
     * @param fields the form's fields, in the form's order
     * @param title the field that names an entry in lists
     * @param subtitle the field shown under it
     * @param dated whether entries have a start and an end date (shown as a period)
     * @param date the field holding the single date of an undated section's entry, or {@code null}
     */
    public record Form(String path, List<Field> fields, String title, String subtitle, boolean dated, String date) {

        /** The form's field named {@code name}. */
        public Optional<Field> field(String name) {
            return fields.stream().filter(field -> field.name().equals(name)).findFirst();
        }
    }

    private static final List<String> EDUCATION_LEVELS = List.of("SECONDARY", "SPECIAL_SECONDARY",
            "UNFINISHED_HIGHER", "BACHELOR", "MASTER", "SPECIALIST", "CANDIDATE", "DOCTOR", "OTHER");

    private static final List<String> CEFR = List.of("A1", "A2", "B1", "B2", "C1", "C2", "NATIVE");

    /** Every list section, in the order the overview shows them. */
    public static final List<Form> ALL = List.of(
            form("experience", "position", "employer", true, null,
                    required("position", Kind.TEXT), required("employer", Kind.TEXT), field("location", Kind.TEXT),
                    field("url", Kind.LINK), required("startDate", Kind.DATE), field("endDate", Kind.DATE),
                    field("current", Kind.FLAG), field("description", Kind.PROSE), field("highlights", Kind.LINES)),
            form("education", "institution", "area", true, null,
                    required("institution", Kind.TEXT), field("area", Kind.TEXT), field("studyType", Kind.TEXT),
                    choice("level", EDUCATION_LEVELS), field("startDate", Kind.DATE), field("endDate", Kind.DATE),
                    field("score", Kind.NAME), field("url", Kind.LINK), field("courses", Kind.LINES)),
            form("skills", "name", "level", false, null,
                    required("name", Kind.NAME), field("level", Kind.NAME), field("keywords", Kind.WORDS)),
            form("languages", "language", "cefr", false, null,
                    required("language", Kind.NAME), choice("cefr", CEFR), field("fluency", Kind.NAME)),
            form("certificates", "name", "issuer", false, "date",
                    required("name", Kind.TEXT), field("issuer", Kind.TEXT), field("date", Kind.DATE),
                    field("url", Kind.LINK)),
            form("projects", "name", "entity", true, null,
                    required("name", Kind.TEXT), field("entity", Kind.TEXT), field("type", Kind.NAME),
                    field("roles", Kind.LINES), field("startDate", Kind.DATE), field("endDate", Kind.DATE),
                    field("url", Kind.LINK), field("description", Kind.PROSE), field("highlights", Kind.LINES),
                    field("keywords", Kind.WORDS)),
            form("awards", "title", "awarder", false, "date",
                    required("title", Kind.TEXT), field("awarder", Kind.TEXT), field("date", Kind.DATE),
                    field("summary", Kind.PROSE)),
            form("publications", "name", "publisher", false, "releaseDate",
                    required("name", Kind.TEXT), field("publisher", Kind.TEXT), field("releaseDate", Kind.DATE),
                    field("url", Kind.LINK), field("summary", Kind.PROSE)),
            form("volunteering", "organization", "position", true, null,
                    required("organization", Kind.TEXT), field("position", Kind.TEXT), field("startDate", Kind.DATE),
                    field("endDate", Kind.DATE), field("url", Kind.LINK), field("summary", Kind.PROSE),
                    field("highlights", Kind.LINES)),
            form("interests", "name", "keywords", false, null,
                    required("name", Kind.TEXT), field("keywords", Kind.WORDS)),
            form("references", "name", "reference", false, null,
                    required("name", Kind.NAME), field("reference", Kind.PROSE)));

    private EntryForms() {
    }

    /** The section at {@code path}, if the web app edits it. */
    public static Optional<Form> named(String path) {
        return ALL.stream().filter(form -> form.path().equals(path)).findFirst();
    }

    /** The form's values for an entry as the API gave it ({@code null}: a new, empty entry). */
    static Map<String, String> values(Form form, JsonNode entry) {
        Map<String, String> values = new LinkedHashMap<>();
        if (entry == null) {
            return values;
        }
        for (Field field : form.fields()) {
            JsonNode value = entry.path(field.name());
            switch (field.kind()) {
                case TEXT, PROSE -> {
                    values.put(field.name() + ".ru", value.path("ru").asString(""));
                    values.put(field.name() + ".en", value.path("en").asString(""));
                }
                case LINES -> {
                    for (String lang : List.of("ru", "en")) {
                        List<String> lines = new ArrayList<>();
                        value.forEach(line -> lines.add(line.path(lang).asString("")));
                        values.put(field.name() + "." + lang, String.join("\n", lines).strip());
                    }
                }
                case WORDS -> {
                    List<String> words = new ArrayList<>();
                    value.forEach(word -> words.add(word.asString("")));
                    values.put(field.name(), String.join(", ", words));
                }
                case FLAG -> values.put(field.name(), String.valueOf(value.asBoolean(false)));
                default -> values.put(field.name(), value.isValueNode() && !value.isNull() ? value.asString() : "");
            }
        }
        return values;
    }

    /** The values a form submitted, by input name; a checkbox left unticked is {@code "false"}. */
    static Map<String, String> submitted(Form form, Map<String, List<String>> submitted) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : form.fields()) {
            List<String> names = field.bilingual() ? List.of(field.name() + ".ru", field.name() + ".en")
                    : List.of(field.name());
            for (String name : names) {
                String value = submitted.getOrDefault(name, List.of("")).getFirst();
                values.put(name, field.kind() == Kind.FLAG ? String.valueOf("true".equals(value)) : value);
            }
        }
        return values;
    }

    /**
     * Writes the submitted values into {@code entry} (the entry as read, or an empty object for a new one), leaving
     * the members the form does not show as they were. An ongoing entry (a ticked {@code current}) loses its end.
     */
    static ObjectNode apply(Form form, Map<String, String> values, ObjectNode entry) {
        for (Field field : form.fields()) {
            String name = field.name();
            switch (field.kind()) {
                case TEXT, PROSE -> {
                    JsonPaths.set(entry, name + ".ru", values.get(name + ".ru"));
                    JsonPaths.set(entry, name + ".en", values.get(name + ".en"));
                    if (entry.path(name).isEmpty()) {
                        entry.remove(name);
                    }
                }
                case LINES -> entry.set(name, lines(values.get(name + ".ru"), values.get(name + ".en")));
                case WORDS -> {
                    ArrayNode words = entry.putArray(name);
                    Arrays.stream(values.getOrDefault(name, "").split("[,;\\n]")).map(String::strip)
                            .filter(word -> !word.isEmpty()).distinct().forEach(words::add);
                }
                case FLAG -> entry.put(name, Boolean.parseBoolean(values.get(name)));
                default -> JsonPaths.set(entry, name, values.get(name));
            }
        }
        if (entry.path("current").asBoolean(false)) {
            entry.remove("endDate");
        }
        return entry;
    }

    /** The API's name for a refused field as the form names its input: {@code highlights[2].en} is {@code highlights}. */
    static String inputOf(String apiField) {
        int index = apiField.indexOf('[');
        return index < 0 ? apiField : apiField.substring(0, index);
    }

    /** Two texts of lines as one bilingual list, the n-th lines paired; a pair with neither is left out. */
    static ArrayNode lines(String ru, String en) {
        List<String> ruLines = ru == null ? List.of() : ru.lines().map(String::strip).toList();
        List<String> enLines = en == null ? List.of() : en.lines().map(String::strip).toList();
        ArrayNode lines = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < Math.max(ruLines.size(), enLines.size()); i++) {
            String r = i < ruLines.size() ? ruLines.get(i) : "";
            String e = i < enLines.size() ? enLines.get(i) : "";
            if (r.isEmpty() && e.isEmpty()) {
                continue;
            }
            ObjectNode line = lines.addObject();
            if (!r.isEmpty()) {
                line.put("ru", r);
            }
            if (!e.isEmpty()) {
                line.put("en", e);
            }
        }
        return lines;
    }

    /** A field of an entry as one line: a text in the page's language, a list joined, a constant translated. */
    static String shown(Form form, String field, JsonNode entry, Page page) {
        JsonNode value = entry.path(field);
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.isObject() ? Texts.pick(item, page.lang()) : item.asString("")));
            return String.join(", ", items.stream().filter(item -> !item.isBlank()).toList());
        }
        if (value.isObject()) {
            return Texts.pick(value, page.lang());
        }
        String text = value.isValueNode() && !value.isNull() ? value.asString() : "";
        boolean choice = form.field(field).map(f -> f.kind() == Kind.CHOICE).orElse(false);
        return choice && !text.isEmpty() ? page.tOr("choice." + field + "." + text, text) : text;
    }

    /** When an entry was: its period for dated sections ("Mar 2021 — now"), else its one date. */
    static String when(Form form, JsonNode entry, Page page) {
        if (form.date() != null) {
            return Texts.partialDate(entry.path(form.date()).asString(""), page.locale());
        }
        if (!form.dated()) {
            return "";
        }
        String end = entry.path("current").asBoolean(false) ? page.t("profile.now")
                : Texts.partialDate(entry.path("endDate").asString(""), page.locale());
        String start = Texts.partialDate(entry.path("startDate").asString(""), page.locale());
        return end.isEmpty() || start.isEmpty() ? start + end : start + " — " + end;
    }

    /**
     * An entry of {@code section} in one line, as a list of changes names it: "Backend developer · Yandex ·
     * Mar 2021 — now"; empty for a section the web app does not know.
     */
    public static String describe(String section, JsonNode entry, Page page) {
        return named(section).map(form -> Stream.of(shown(form, form.title(), entry, page),
                shown(form, form.subtitle(), entry, page), when(form, entry, page)).filter(part -> !part.isBlank())
                .collect(Collectors.joining(" · "))).orElse("");
    }

    private static Form form(String path, String title, String subtitle, boolean dated, String date,
            Field... fields) {
        return new Form(path, List.of(fields), title, subtitle, dated, date);
    }

    private static Field field(String name, Kind kind) {
        return new Field(name, kind, false, List.of());
    }

    private static Field required(String name, Kind kind) {
        return new Field(name, kind, true, List.of());
    }

    private static Field choice(String name, List<String> options) {
        return new Field(name, Kind.CHOICE, false, options);
    }
}
