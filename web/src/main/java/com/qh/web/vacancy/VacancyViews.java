package com.qh.web.vacancy;

import static com.qh.web.api.JsonPaths.instant;

import com.qh.web.view.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
     */
    public record Detail(String id, String title, String company, String city, String salary, String sourceUrl,
            String description, List<String> must, List<String> plus, Status status, List<Status> moves,
            List<Step> history) {
    }

    /**
     * A line of the tracker's history.
     *
     * @param status the status set
     * @param note what the person noted
     * @param date the day, formatted
     */
    public record Step(String status, String note, String date) {
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
                    day.isEmpty() ? "" : page.date(LocalDate.parse(day))));
        }
        Status status = Status.of(vacancy.path("status").asString("SAVED"));
        return new Detail(vacancy.path("id").asString(), vacancy.path("title").asString(""),
                vacancy.path("company").asString(""), vacancy.path("location").path("city").asString(""),
                salary(vacancy.path("salary"), page), vacancy.path("sourceUrl").asString(""),
                vacancy.path("description").path("text").asString(""), must, plus, status, status.moves(), history);
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
