package com.qh.web.profile;

import com.qh.web.view.FormErrors;
import com.qh.web.view.Page;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
 * @param experience jobs, newest first as the person ordered them
 * @param etag the profile's version, for deleting an entry
 * @param score completeness from 0 to 100
 * @param findings what to add or improve
 */
public record ProfileOverview(String name, String headline, String email, String phone, String city,
        String desiredPosition, String salary, List<Job> experience, String etag, int score,
        List<Finding> findings) {

    /**
     * One job.
     *
     * @param id the entry's id
     * @param position the title held
     * @param employer the company
     * @param period "Mar 2021 — now"
     */
    public record Job(String id, String position, String employer, String period) {
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
        List<Job> jobs = new ArrayList<>();
        for (JsonNode job : profile.path("experience")) {
            String end = job.path("current").asBoolean(false) ? page.t("profile.now")
                    : Texts.partialDate(job.path("endDate").asString(""), page.locale());
            String start = Texts.partialDate(job.path("startDate").asString(""), page.locale());
            jobs.add(new Job(job.path("id").asString(), Texts.pick(job.path("position"), lang),
                    Texts.pick(job.path("employer"), lang), end.isEmpty() ? start : start + " — " + end));
        }
        List<Finding> findings = new ArrayList<>();
        for (JsonNode finding : completeness.path("findings")) {
            findings.add(new Finding(finding.path("severity").asString("SUGGESTION"),
                    finding.path("advice").asString(""), linkTo(finding)));
        }
        return new ProfileOverview(name, Texts.pick(personal.path("headline"), lang),
                personal.path("contacts").path("email").asString(""), personal.path("contacts").path("phone").asString(""),
                Texts.pick(personal.path("location").path("city"), lang), Texts.pick(personal.path("desiredPosition"), lang),
                salaryText, jobs, etag, completeness.path("score").asInt(0), findings);
    }

    /** The editor where a finding is fixed: the entry's form, or the personal form; null where there is none yet. */
    private static String linkTo(JsonNode finding) {
        String section = finding.path("section").asString("");
        String item = finding.path("itemId").asString("");
        if ("experience".equals(section)) {
            return item.isEmpty() ? "/profile/experience/new" : "/profile/experience/" + item + "/edit";
        }
        if ("personal".equals(section)) {
            String field = finding.path("field").asString("");
            return "/profile/personal" + (field.isEmpty() ? "" : "#" + FormErrors.id(field));
        }
        return null;
    }
}
