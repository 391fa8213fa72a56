package com.qh.vacancy.importing;

import com.qh.vacancy.normalising.Description;
import com.qh.vacancy.normalising.Employment;
import com.qh.vacancy.normalising.Location;
import com.qh.vacancy.normalising.Salary;
import com.qh.vacancy.normalising.SalaryPeriod;
import com.qh.vacancy.normalising.Schedule;
import com.qh.vacancy.normalising.VacancyDraft;
import com.qh.vacancy.normalising.WorkFormat;
import com.qh.vacancy.normalising.YearsRange;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Reads an hh.ru API vacancy object into a draft, in both shapes the API has served: the older one ({@code salary},
 * {@code schedule} with {@code remote}, {@code employment}) and the current one ({@code salary_range} with
 * {@code mode} and {@code frequency}, {@code work_format}, {@code employment_form}, {@code work_schedule_by_days},
 * {@code fly_in_fly_out_duration}). Where both are present the current one wins.
 */
public final class HhVacancies {

    private static final DateTimeFormatter HH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");

    private HhVacancies() {
    }

    /**
     * The draft for an hh.ru vacancy object.
     *
     * @param countryOf finds the country of an hh.ru area id, or answers {@code null}
     */
    public static VacancyDraft toDraft(JsonNode vacancy, UnaryOperator<String> countryOf) {
        String id = Json.text(vacancy, "id");
        String areaId = Json.text(vacancy.path("area"), "id");
        String city = Json.text(vacancy.path("address"), "city");
        Location location = new Location(areaId == null ? null : countryOf.apply(areaId),
                city != null ? city : Json.text(vacancy.path("area"), "name"), areaId);
        List<String> keySkills = Json.many(vacancy, "key_skills").stream().map(skill -> Json.text(skill, "name"))
                .filter(java.util.Objects::nonNull).toList();
        Set<String> formats = Json.many(vacancy, "work_format").stream().map(format -> Json.text(format, "id"))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        String scheduleId = Json.text(vacancy.path("schedule"), "id");
        return new VacancyDraft("hh", id == null ? null : "hh:" + id, Json.text(vacancy, "alternate_url"),
                Json.text(vacancy, "name"), Json.text(vacancy.path("employer"), "name"), salary(vacancy), location,
                employment(vacancy), schedule(vacancy, scheduleId), workFormat(formats, scheduleId),
                experience(Json.text(vacancy.path("experience"), "id")),
                Description.fromHtml(Json.text(vacancy, "description")), keySkills,
                time(Json.text(vacancy, "published_at")));
    }

    /** The names of the professions hh.ru files the vacancy under ({@code professional_roles}). */
    public static List<String> professions(JsonNode vacancy) {
        return Json.many(vacancy, "professional_roles").stream().map(role -> Json.text(role, "name"))
                .filter(java.util.Objects::nonNull).toList();
    }

    static Salary salary(JsonNode vacancy) {
        JsonNode range = vacancy.path("salary_range");
        JsonNode salary = range.isObject() ? range : vacancy.path("salary");
        if (!salary.isObject()) {
            return null;
        }
        SalaryPeriod period = switch (String.valueOf(Json.text(salary.path("mode"), "id"))) {
            case "HOUR" -> SalaryPeriod.HOUR;
            case "SHIFT" -> SalaryPeriod.SHIFT;
            default -> SalaryPeriod.MONTH; // MONTH, and FLY_IN_FLY_OUT, which hh.ru states per month of rotation
        };
        JsonNode gross = salary.path("gross");
        return Salary.of(Json.number(salary, "from"), Json.number(salary, "to"), Json.text(salary, "currency"),
                gross.isBoolean() ? gross.booleanValue() : null, period);
    }

    /** The years range of an hh.ru experience id ({@code between1And3}). */
    public static YearsRange experience(String id) {
        if (id == null) {
            return null;
        }
        return switch (id) {
            case "noExperience" -> new YearsRange(0, 1);
            case "between1And3" -> new YearsRange(1, 3);
            case "between3And6" -> new YearsRange(3, 6);
            case "moreThan6" -> new YearsRange(6, null);
            default -> null;
        };
    }

    private static Employment employment(JsonNode vacancy) {
        String form = Json.text(vacancy.path("employment_form"), "id");
        if (form != null) {
            return switch (form) {
                case "PART" -> Employment.PART;
                case "PROJECT" -> Employment.PROJECT;
                default -> Employment.FULL; // FULL, FLY_IN_FLY_OUT
            };
        }
        String employment = Json.text(vacancy.path("employment"), "id");
        if (employment == null) {
            return null;
        }
        return switch (employment) {
            case "full" -> Employment.FULL;
            case "part" -> Employment.PART;
            case "project" -> Employment.PROJECT;
            case "volunteer" -> Employment.VOLUNTEER;
            case "probation" -> Employment.INTERNSHIP;
            default -> null;
        };
    }

    private static Schedule schedule(JsonNode vacancy, String scheduleId) {
        if (vacancy.path("fly_in_fly_out_duration").isArray() && !vacancy.path("fly_in_fly_out_duration").isEmpty()
                || "FLY_IN_FLY_OUT".equals(Json.text(vacancy.path("employment_form"), "id"))) {
            return Schedule.ROTATION;
        }
        List<String> byDays = Json.many(vacancy, "work_schedule_by_days").stream()
                .map(days -> Json.text(days, "id")).filter(java.util.Objects::nonNull).toList();
        if (!byDays.isEmpty()) {
            if (byDays.contains("FLEXIBLE")) {
                return Schedule.FLEXIBLE;
            }
            return byDays.stream().anyMatch(days -> days.startsWith("FIVE_ON_TWO") || days.startsWith("SIX_ON_ONE")
                    || days.startsWith("FOUR_ON_THREE")) ? Schedule.FULL_DAY : Schedule.SHIFT;
        }
        if (scheduleId == null) {
            return null;
        }
        return switch (scheduleId) {
            case "fullDay", "remote" -> Schedule.FULL_DAY;
            case "shift" -> Schedule.SHIFT;
            case "flexible" -> Schedule.FLEXIBLE;
            case "flyInFlyOut" -> Schedule.ROTATION;
            default -> null;
        };
    }

    private static WorkFormat workFormat(Set<String> formats, String scheduleId) {
        if (formats.contains("HYBRID") || formats.contains("REMOTE") && formats.contains("ON_SITE")) {
            return WorkFormat.HYBRID;
        }
        if (formats.contains("REMOTE")) {
            return WorkFormat.REMOTE;
        }
        if (formats.contains("FIELD_WORK")) {
            return WorkFormat.FIELD;
        }
        if (formats.contains("ON_SITE")) {
            return WorkFormat.ON_SITE;
        }
        return "remote".equals(scheduleId) ? WorkFormat.REMOTE : null;
    }

    static Instant time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, HH_TIME).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
