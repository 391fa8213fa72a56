package com.qh.web.profile;

import com.qh.web.view.FormErrors;
import com.qh.web.view.Page;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The profile as the overview page shows it, in the page's language.
 *
 * @param name first and last name
 * @param headline the one-line description
 * @param email contact address
 * @param phone contact phone
 * @param city where the person lives
 * @param desiredPosition the position looked for
 * @param salary the salary looked for, formatted
 * @param summary the summary in the page's language (else the other)
 * @param sections every list section, in {@link EntryForms#ALL}'s order, with its entries as the person ordered them
 * @param etag the profile's version, for deleting an entry
 * @param score completeness from 0 to 100
 * @param findings what to add or improve
 */
public record ProfileOverview(String name, String headline, String email, String phone, String city,
        String desiredPosition, String salary, String summary, List<Section> sections, String etag, int score,
        List<Finding> findings) {

    /**
     * One list section.
     *
     * @param path its name in paths ({@code experience}), which also names its messages
     * @param entries its entries
     * @param core whether most resumes have it: shown even when empty, the others only once they have entries
     */
    public record Section(String path, List<Entry> entries, boolean core) {

        /** Whether it gets a card of its own; the rest are offered together as "add more". */
        public boolean shown() {
            return core || !entries.isEmpty();
        }
    }

    private static final Set<String> CORE = Set.of("experience", "education", "skills", "languages");

    /** The sections without a card of their own. */
    public List<Section> more() {
        return sections.stream().filter(section -> !section.shown()).toList();
    }

    /**
     * One entry of a section.
     *
     * @param id the entry's id
     * @param title what names it (the position held, the skill)
     * @param subtitle what is said under it (the employer, the level), or empty
     * @param when "Mar 2021 — now", a single date, or empty
     */
    public record Entry(String id, String title, String subtitle, String when) {
    }

    /**
     * Something the completeness check found.
     *
     * @param severity {@code MISSING}, {@code WEAK} or {@code SUGGESTION}
     * @param advice what to do, as the API words it
     * @param link the editor of the field to fix
     */
    public record Finding(String severity, String advice, String link) {
    }

    static ProfileOverview of(JsonNode profile, String etag, JsonNode completeness, Page page) {
        String lang = page.lang();
        JsonNode personal = profile.path("personal");
        String name = (Texts.pick(personal.path("firstName"), lang) + " " + Texts.pick(personal.path("lastName"), lang))
                .strip();
        JsonNode salary = personal.path("desiredSalary");
        String salaryText = salary.path("amount").isNumber()
                ? page.number(new BigDecimal(salary.path("amount").asString())) + " " + salary.path("currency").asString("")
                : "";
        List<Section> sections = new ArrayList<>();
        for (EntryForms.Form form : EntryForms.ALL) {
            List<Entry> entries = new ArrayList<>();
            for (JsonNode entry : profile.path(form.path())) {
                entries.add(new Entry(entry.path("id").asString(), EntryForms.shown(form, form.title(), entry, page),
                        EntryForms.shown(form, form.subtitle(), entry, page), EntryForms.when(form, entry, page)));
            }
            sections.add(new Section(form.path(), entries, CORE.contains(form.path())));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode finding : completeness.path("findings")) {
            findings.add(new Finding(finding.path("severity").asString("SUGGESTION"),
                    finding.path("advice").asString(""), linkTo(finding)));
        }
        return new ProfileOverview(name, Texts.pick(personal.path("headline"), lang),
                personal.path("contacts").path("email").asString(""), personal.path("contacts").path("phone").asString(""),
                Texts.pick(personal.path("location").path("city"), lang), Texts.pick(personal.path("desiredPosition"), lang),
                salaryText, Texts.pick(profile.path("summary"), lang), sections, etag,
                completeness.path("score").asInt(0), findings);
    }

    /**
     * The editor where a finding is fixed, scrolled to the field it names: the entry's form (or a new entry's), the
     * personal or the summary form; null where the web app has no form for it.
     */
    private static String linkTo(JsonNode finding) {
        String section = finding.path("section").asString("");
        String item = finding.path("itemId").asString("");
        String field = finding.path("field").asString("");
        String anchor = field.isEmpty() ? "" : "#" + FormErrors.id(field);
        if ("personal".equals(section) || "summary".equals(section)) {
            return "/profile/" + section + anchor;
        }
        if (EntryForms.named(section).isEmpty()) {
            return null;
        }
        return item.isEmpty() ? "/profile/" + section + "/new" : "/profile/" + section + "/" + item + "/edit" + anchor;
    }
}
