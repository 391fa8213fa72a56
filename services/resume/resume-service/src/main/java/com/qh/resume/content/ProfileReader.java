package com.qh.resume.content;

import com.qh.rendering.DateRanges;
import com.qh.rendering.Language;
import com.qh.rendering.ResumeDocument.Contact;
import com.qh.rendering.ResumeDocument.ContactKind;
import com.qh.rendering.ResumeDocument.Entry;
import com.qh.rendering.ResumeDocument.Skill;
import com.qh.resume.content.Design.DateStyle;
import com.qh.resume.content.Material.Item;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads the profile service's profile (the body of {@code GET /api/v1/profile}) in one language: each bilingual text
 * ({@code {"ru": ..., "en": ...}}) in that language, else the other, so a profile kept in one language still gives a
 * resume in both. Dates are formatted with {@link DateRanges} in the design's style; a date the profile knows only to
 * the year is printed as a year in either style, never as a made-up January.
 */
final class ProfileReader {

    private final Language language;
    private final DateStyle dateStyle;

    ProfileReader(Language language, DateStyle dateStyle) {
        this.language = language;
        this.dateStyle = dateStyle;
    }

    Material read(JsonNode profile) {
        JsonNode personal = profile.path("personal");
        String name = join(" ", text(personal.path("firstName")), text(personal.path("lastName")));
        String headline = text(personal.path("headline"));
        if (headline == null) {
            headline = text(personal.path("desiredPosition"));
        }
        Map<Part, List<Item>> items = new EnumMap<>(Part.class);
        items.put(Part.EXPERIENCE, list(profile.path("experience"), "experience", job -> new Entry(
                text(job.path("position")), text(job.path("employer")), text(job.path("location")),
                period(job.path("startDate"), job.path("endDate"), job.path("current").asBoolean(false)),
                plain(job.path("url")), text(job.path("description")), texts(job.path("highlights")), List.of())));
        items.put(Part.PROJECTS, list(profile.path("projects"), "project", project -> new Entry(
                text(project.path("name")), text(project.path("entity")), null,
                period(project.path("startDate"), project.path("endDate"), false), plain(project.path("url")),
                text(project.path("description")), texts(project.path("highlights")),
                plains(project.path("keywords")).stream().map(Skill::of).toList())));
        items.put(Part.EDUCATION, list(profile.path("education"), "education", study -> new Entry(
                degree(study), text(study.path("institution")), null,
                period(study.path("startDate"), study.path("endDate"), false), plain(study.path("url")),
                score(study), List.of(), List.of())));
        items.put(Part.SKILLS, list(profile.path("skills"), "skill", this::skill));
        items.put(Part.LANGUAGES, list(profile.path("languages"), "language", spoken -> new Entry(
                plain(spoken.path("language")), null, null, null, null, fluency(spoken), List.of(), List.of())));
        items.put(Part.CERTIFICATES, list(profile.path("certificates"), "certificate", certificate -> new Entry(
                text(certificate.path("name")), text(certificate.path("issuer")), null,
                single(certificate.path("date")), plain(certificate.path("url")), null, List.of(), List.of())));
        items.put(Part.PUBLICATIONS, list(profile.path("publications"), "publication", publication -> new Entry(
                text(publication.path("name")), text(publication.path("publisher")), null,
                single(publication.path("releaseDate")), plain(publication.path("url")),
                text(publication.path("summary")), List.of(), List.of())));
        items.put(Part.AWARDS, list(profile.path("awards"), "award", award -> new Entry(
                text(award.path("title")), text(award.path("awarder")), null, single(award.path("date")), null,
                text(award.path("summary")), List.of(), List.of())));
        items.put(Part.VOLUNTEERING, list(profile.path("volunteering"), "volunteering", work -> new Entry(
                text(work.path("position")), text(work.path("organization")), null,
                period(work.path("startDate"), work.path("endDate"), false), plain(work.path("url")),
                text(work.path("summary")), texts(work.path("highlights")), List.of())));
        items.put(Part.INTERESTS, list(profile.path("interests"), "interest", interest -> new Entry(
                text(interest.path("name")), null, null, null, null, blankToNull(String.join(", ",
                        plains(interest.path("keywords")))), List.of(), List.of())));
        return new Material(language, name, headline, contacts(personal), text(profile.path("summary")), items);
    }

    /** A skill without keywords is one skill; with keywords, a group named by the skill. */
    private Entry skill(JsonNode skill) {
        String name = plain(skill.path("name"));
        List<String> keywords = plains(skill.path("keywords"));
        if (keywords.isEmpty()) {
            return new Entry(null, null, null, null, null, null, List.of(),
                    List.of(new Skill(name, level(plain(skill.path("level"))))));
        }
        return new Entry(name, null, null, null, null, null, List.of(), keywords.stream().map(Skill::of).toList());
    }

    private List<Item> list(JsonNode entries, String kind, Function<JsonNode, Entry> reader) {
        List<Item> items = new ArrayList<>();
        int index = 0;
        for (JsonNode node : entries) {
            Entry entry = reader.apply(node);
            String id = plain(node.path("id"));
            items.add(new Item(id != null ? id : kind + "-" + index, entry));
            index++;
        }
        return items.stream().filter(item -> printable(item.entry())).toList();
    }

    private static boolean printable(Entry entry) {
        return entry.title() != null || entry.organisation() != null || !entry.skills().isEmpty();
    }

    private List<Contact> contacts(JsonNode personal) {
        List<Contact> contacts = new ArrayList<>();
        JsonNode reach = personal.path("contacts");
        String email = plain(reach.path("email"));
        if (email != null) {
            contacts.add(Contact.email(email));
        }
        String phone = plain(reach.path("phone"));
        if (phone != null) {
            contacts.add(Contact.phone(phoneShown(phone)));
        }
        String city = text(personal.path("location").path("city"));
        if (city != null) {
            contacts.add(Contact.location(city));
        }
        String website = plain(personal.path("website"));
        if (website != null) {
            contacts.add(Contact.link(ContactKind.WEBSITE, website));
        }
        for (JsonNode link : personal.path("links")) {
            String url = plain(link.path("url"));
            if (url != null) {
                contacts.add(Contact.link(network(plain(link.path("network"))), url));
            }
        }
        for (JsonNode messenger : reach.path("messengers")) {
            String type = plain(messenger.path("type"));
            String handle = plain(messenger.path("handle"));
            if ("telegram".equalsIgnoreCase(type) && handle != null) {
                String user = handle.startsWith("@") ? handle.substring(1) : handle;
                contacts.add(new Contact(ContactKind.TELEGRAM, "@" + user, "https://t.me/" + user));
            }
        }
        return contacts;
    }

    private static ContactKind network(String network) {
        String n = network == null ? "" : network.toLowerCase(Locale.ROOT);
        return n.contains("github") ? ContactKind.GITHUB : n.contains("linkedin") ? ContactKind.LINKEDIN
                : n.contains("telegram") ? ContactKind.TELEGRAM : ContactKind.WEBSITE;
    }

    /** E.164 as stored ({@code +79161234567}) in the way a reader expects it: {@code +7 916 123-45-67}. */
    static String phoneShown(String e164) {
        if (e164.matches("\\+7\\d{10}")) {
            return "+7 " + e164.substring(2, 5) + " " + e164.substring(5, 8) + "-" + e164.substring(8, 10) + "-"
                    + e164.substring(10);
        }
        if (e164.matches("\\+1\\d{10}")) {
            return "+1 " + e164.substring(2, 5) + " " + e164.substring(5, 8) + " " + e164.substring(8);
        }
        return e164;
    }

    private String degree(JsonNode study) {
        return join(", ", text(study.path("studyType")), text(study.path("area")));
    }

    private String score(JsonNode study) {
        String score = plain(study.path("score"));
        return score == null ? null : (language == Language.RU ? "Средний балл: " : "GPA: ") + score;
    }

    private String fluency(JsonNode spoken) {
        String fluency = plain(spoken.path("fluency"));
        String cefr = plain(spoken.path("cefr"));
        if ("NATIVE".equals(cefr)) {
            cefr = language == Language.RU ? "родной" : "native";
        }
        if (fluency == null) {
            return cefr;
        }
        if (cefr == null || fluency.toLowerCase(Locale.ROOT).contains(cefr.toLowerCase(Locale.ROOT))) {
            return fluency;
        }
        return fluency + " (" + cefr + ")";
    }

    /** A free-text level as the five dots of the LEVELS style: a digit, or a word in either language. */
    static Integer level(String level) {
        if (level == null) {
            return null;
        }
        String l = level.toLowerCase(Locale.ROOT);
        if (l.matches("[1-5](\\s*/\\s*5)?")) {
            return Integer.parseInt(l.substring(0, 1));
        }
        if (l.matches(".*(expert|master|эксперт|отлич|свободн).*")) {
            return 5;
        }
        if (l.matches(".*(advanced|senior|продвинут|высок|проф).*")) {
            return 4;
        }
        if (l.matches(".*(intermediate|middle|средн|хорош).*")) {
            return 3;
        }
        if (l.matches(".*(elementary|junior|basic|базов|начальн).*")) {
            return 2;
        }
        if (l.matches(".*(beginner|novice|новичок).*")) {
            return 1;
        }
        return null;
    }

    // --- dates ---

    /** A period; an open end is "present" only for a current job, else the start alone. */
    String period(JsonNode start, JsonNode end, boolean ongoing) {
        Partial from = Partial.of(plain(start));
        Partial to = ongoing ? null : Partial.of(plain(end));
        if (from == null) {
            return to == null ? null : to.shown(dateStyle, language);
        }
        if (to == null && !ongoing) {
            return from.shown(dateStyle, language);
        }
        if (dateStyle == DateStyle.YEAR || from.yearOnly() || to != null && to.yearOnly()) {
            return DateRanges.years(from.month().getYear(), to == null ? null : to.month().getYear(), language);
        }
        return DateRanges.range(from.month(), to == null ? null : to.month(), language);
    }

    private String single(JsonNode date) {
        Partial at = Partial.of(plain(date));
        return at == null ? null : at.shown(dateStyle, language);
    }

    /** {@code 2024}, {@code 2024-09} or {@code 2024-09-01}, as precise as the profile says. */
    record Partial(YearMonth month, boolean yearOnly) {

        static Partial of(String value) {
            if (value == null) {
                return null;
            }
            try {
                if (value.matches("\\d{4}")) {
                    return new Partial(YearMonth.of(Integer.parseInt(value), 1), true);
                }
                if (value.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
                    return new Partial(YearMonth.of(Integer.parseInt(value.substring(0, 4)),
                            Integer.parseInt(value.substring(5, 7))), false);
                }
            }
            catch (DateTimeException e) {
                return null;
            }
            return null;
        }

        String shown(DateStyle style, Language language) {
            return style == DateStyle.YEAR || yearOnly ? Integer.toString(month.getYear())
                    : DateRanges.month(month, language);
        }
    }

    // --- texts ---

    /** A bilingual text in the resume's language, else the other one. */
    String text(JsonNode value) {
        if (value.isString()) {
            return blankToNull(value.asString());
        }
        String preferred = plain(value.path(language.tag()));
        return preferred != null ? preferred : plain(value.path(language == Language.RU ? "en" : "ru"));
    }

    private List<String> texts(JsonNode values) {
        List<String> texts = new ArrayList<>();
        for (JsonNode value : values) {
            String text = text(value);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    private static String plain(JsonNode value) {
        return value.isString() ? blankToNull(value.asString()) : null;
    }

    private static List<String> plains(JsonNode values) {
        List<String> plains = new ArrayList<>();
        for (JsonNode value : values) {
            String plain = plain(value);
            if (plain != null) {
                plains.add(plain);
            }
        }
        return plains;
    }

    private static String join(String separator, String... parts) {
        List<String> present = new ArrayList<>();
        for (String part : parts) {
            if (part != null) {
                present.add(part);
            }
        }
        return present.isEmpty() ? null : String.join(separator, present);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
