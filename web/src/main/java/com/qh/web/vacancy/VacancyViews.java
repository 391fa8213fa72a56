package com.qh.web.vacancy;

import static com.qh.web.api.JsonPaths.instant;

import com.qh.web.view.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/** The vacancy service's JSON as the pages show it, in the page's language. */
public final class VacancyViews {

    private VacancyViews() {
    }

    /**
     * A vacancy in the list.
     *
     * @param id its id
     * @param title the position
     * @param company the employer
     * @param city where
     * @param salary formatted range, or empty
     * @param status tracker status name
     * @param changed when the status last changed, formatted
     * @param skills the first few key skills
     */
    public record Row(String id, String title, String company, String city, String salary, String status, String changed,
            List<String> skills) {
    }

    /**
     * One vacancy, whole.
     *
     * @param id its id
     * @param title the position
     * @param company the employer
     * @param city where
     * @param salary formatted range, or empty
     * @param sourceUrl where it was imported from, or empty
     * @param description the plain text (the HTML of other sites is never put on our pages)
     * @param must skills the vacancy requires
     * @param plus skills that are a plus
     * @param status the tracker's status
     * @param moves statuses it can move to
     * @param history the tracker's steps, newest first
     * @param sentResume the latest resume sent with the application (a document's id), or empty
     * @param sentLetter the latest cover letter sent, or empty
     */
    public record Detail(String id, String title, String company, String city, String salary, String sourceUrl,
            String description, List<String> must, List<String> plus, Status status, List<Status> moves,
            List<Step> history, String sentResume, String sentLetter) {

        public boolean sent() {
            return !sentResume.isEmpty() || !sentLetter.isEmpty();
        }
    }

    /**
     * A line of the tracker's history.
     *
     * @param status the status set
     * @param note what the person noted
     * @param date the day, formatted
     * @param resume the resume sent at this step (a document's id), or empty
     * @param letter the cover letter sent at this step, or empty
     */
    public record Step(String status, String note, String date, String resume, String letter) {
    }

    /**
     * The person's documents as the tracker offers them: to name the ones sent, and to pick the next.
     *
     * @param listed whether the document service answered (else the pickers are left out, the rest still works)
     * @param names each document's title (or file name) by id
     * @param resumes the groups of the resume picker: generated resumes, uploaded ones, then the rest
     * @param letters the groups of the letter picker: generated letters, then the rest
     */
    public record Documents(boolean listed, Map<String, String> names, List<Group> resumes, List<Group> letters) {

        /** Nothing listed: the document service did not answer. */
        public static Documents unlisted() {
            return new Documents(false, Map.of(), List.of(), List.of());
        }

        /** A document's name, or {@code fallback} for one not listed (deleted since it was sent). */
        public String name(String id, String fallback) {
            return names.getOrDefault(id, fallback);
        }
    }

    /**
     * A group of a picker.
     *
     * @param kind the documents' kind, or {@code OTHER} for the rest
     * @param options id and name of each
     */
    public record Group(String kind, List<Option> options) {
    }

    /**
     * A document to pick.
     *
     * @param id its id
     * @param name its title or file name
     */
    public record Option(String id, String name) {
    }

    /** The kinds offered first in each picker; everything else (but photos) follows as "other documents". */
    static Documents documents(JsonNode list) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Option>> byKind = new LinkedHashMap<>();
        for (JsonNode document : list) {
            String id = document.path("id").asString("");
            String title = document.path("title").asString("");
            String name = title.isBlank() ? document.path("fileName").asString(id) : title;
            names.put(id, name);
            byKind.computeIfAbsent(document.path("kind").asString("OTHER"), kind -> new ArrayList<>())
                    .add(new Option(id, name));
        }
        return new Documents(true, names, groups(byKind, List.of("GENERATED_RESUME", "RESUME_UPLOAD")),
                groups(byKind, List.of("GENERATED_LETTER")));
    }

    private static List<Group> groups(Map<String, List<Option>> byKind, List<String> first) {
        List<Group> groups = new ArrayList<>();
        for (String kind : first) {
            if (byKind.containsKey(kind)) {
                groups.add(new Group(kind, byKind.get(kind)));
            }
        }
        List<Option> rest = new ArrayList<>();
        byKind.forEach((kind, options) -> {
            if (!first.contains(kind) && !"PHOTO".equals(kind)) {
                rest.addAll(options);
            }
        });
        if (!rest.isEmpty()) {
            groups.add(new Group("OTHER", rest));
        }
        return groups;
    }

    static Row row(JsonNode item, Page page) {
        List<String> skills = new ArrayList<>();
        item.path("skills").forEach(skill -> {
            if (skills.size() < 6) {
                skills.add(skill.asString());
            }
        });
        return new Row(item.path("id").asString(), item.path("title").asString(""), item.path("company").asString(""),
                item.path("city").asString(""), salary(item.path("salary"), page), item.path("status").asString("SAVED"),
                page.date(instant(item.path("statusChangedAt"))), skills);
    }

    static Detail detail(JsonNode vacancy, Page page) {
        List<String> must = new ArrayList<>();
        List<String> plus = new ArrayList<>();
        for (JsonNode skill : vacancy.path("requirements").path("skills")) {
            String importance = skill.path("importance").asString("");
            ("MUST".equals(importance) ? must : plus).add(skill.path("name").asString());
        }
        if (must.isEmpty() && plus.isEmpty()) {
            vacancy.path("keySkills").forEach(skill -> must.add(skill.asString()));
        }
        List<Step> history = new ArrayList<>();
        for (JsonNode step : vacancy.path("tracker")) {
            String day = step.path("date").asString("");
            history.addFirst(new Step(step.path("status").asString(""), step.path("note").asString(""),
                    day.isEmpty() ? "" : page.date(LocalDate.parse(day)), step.path("resumeDocumentId").asString(""),
                    step.path("letterDocumentId").asString("")));
        }
        Status status = Status.of(vacancy.path("status").asString("SAVED"));
        return new Detail(vacancy.path("id").asString(), vacancy.path("title").asString(""),
                vacancy.path("company").asString(""), vacancy.path("location").path("city").asString(""),
                salary(vacancy.path("salary"), page), vacancy.path("sourceUrl").asString(""),
                vacancy.path("description").path("text").asString(""), must, plus, status, status.moves(), history,
                vacancy.path("sent").path("resumeDocumentId").asString(""),
                vacancy.path("sent").path("letterDocumentId").asString(""));
    }

    /** "150 000 – 250 000 RUB" (no-break spaces: a figure never wraps away from its currency), "from 150 000 RUB", "up to 250 000 RUB", or empty. */
    static String salary(JsonNode salary, Page page) {
        BigDecimal from = salary.path("from").isNumber() ? salary.path("from").decimalValue() : null;
        BigDecimal to = salary.path("to").isNumber() ? salary.path("to").decimalValue() : null;
        String currency = salary.path("currency").asString("");
        if (from != null && to != null) {
            return page.number(from) + "\u00a0–\u00a0" + page.number(to) + "\u00a0" + currency;
        }
        if (from != null) {
            return page.t("vacancy.salary-from", page.number(from)) + "\u00a0" + currency;
        }
        if (to != null) {
            return page.t("vacancy.salary-to", page.number(to)) + "\u00a0" + currency;
        }
        return "";
    }

    /** A page of the list with its filters, encoded. */
    static String listLink(int page, String status, String q) {
        return UriComponentsBuilder.fromPath("/vacancies")
                .queryParamIfPresent("status", status.isBlank() ? Optional.empty() : Optional.of(status))
                .queryParamIfPresent("q", q.isBlank() ? Optional.empty() : Optional.of(q))
                .queryParam("page", page).encode().build().toUriString();
    }
}
