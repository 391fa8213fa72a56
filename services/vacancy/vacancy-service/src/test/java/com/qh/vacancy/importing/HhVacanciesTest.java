package com.qh.vacancy.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.vacancy.normalising.Employment;
import com.qh.vacancy.normalising.Location;
import com.qh.vacancy.normalising.Salary;
import com.qh.vacancy.normalising.SalaryPeriod;
import com.qh.vacancy.normalising.Schedule;
import com.qh.vacancy.normalising.VacancyDraft;
import com.qh.vacancy.normalising.WorkFormat;
import com.qh.vacancy.normalising.YearsRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** hh.ru API vacancy objects, in the older shape and the current one, read into drafts. */
class HhVacanciesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> COUNTRIES = Map.of("1", "Россия", "2", "Россия", "160", "Казахстан");

    @Test
    void readsAVacancyInTheCurrentShape() {
        VacancyDraft draft = HhVacancies.toDraft(currentShapeJavaVacancy(), COUNTRIES::get);

        assertThat(draft.source()).isEqualTo("hh");
        assertThat(draft.sourceKey()).isEqualTo("hh:98765432");
        assertThat(draft.title()).isEqualTo("Старший Java-разработчик (платёжная платформа)");
        assertThat(draft.company()).isEqualTo("ООО «Финтех Лаб»");
        assertThat(draft.salary()).isEqualTo(new Salary(new BigDecimal("280000"), new BigDecimal("380000"), "RUB",
                false, SalaryPeriod.MONTH));
        assertThat(draft.location()).isEqualTo(new Location("Россия", "Москва", "1"));
        assertThat(draft.employment()).isEqualTo(Employment.FULL);
        assertThat(draft.schedule()).isEqualTo(Schedule.FULL_DAY);
        assertThat(draft.workFormat()).isEqualTo(WorkFormat.HYBRID);
        assertThat(draft.experience()).isEqualTo(new YearsRange(3, 6));
        assertThat(draft.publishedAt()).isEqualTo(Instant.parse("2026-11-20T07:15:00Z"));
        assertThat(draft.description().html()).doesNotContain("<script");
        assertThat(draft.description().markdown()).contains("**Требования:**");
        assertThat(draft.description().text()).contains("- Опыт работы с Кафкой");
    }

    @Test
    void readsAVacancyInTheOlderShape() {
        VacancyDraft draft = HhVacancies.toDraft(olderShapeAccountantVacancy(), COUNTRIES::get);

        assertThat(draft.salary()).isEqualTo(new Salary(new BigDecimal("90000"), null, "RUB", true,
                SalaryPeriod.MONTH));
        assertThat(draft.workFormat()).isEqualTo(WorkFormat.REMOTE);
        assertThat(draft.employment()).isEqualTo(Employment.PART);
        assertThat(draft.experience()).isEqualTo(new YearsRange(6, null));
        assertThat(draft.location()).isEqualTo(new Location("Россия", "Санкт-Петербург", "2"));
        assertThat(draft.keySkills()).contains("1С:ЗУП");
        assertThat(draft.publishedAt()).isEqualTo(Instant.parse("2013-07-08T12:17:21Z"));
    }

    static Stream<Arguments> salaries() {
        return Stream.of(
                Arguments.of("the current range, per month", vacancy("""
                        {"salary_range": {"from": 200000, "to": 250000, "currency": "RUR", "gross": true,
                                          "mode": {"id": "MONTH"}}}"""),
                        salary("200000", "250000", "RUB", true, SalaryPeriod.MONTH)),
                Arguments.of("the current range, per hour", vacancy("""
                        {"salary_range": {"from": 900, "currency": "RUR", "mode": {"id": "HOUR"}}}"""),
                        salary("900", null, "RUB", null, SalaryPeriod.HOUR)),
                Arguments.of("the current range, per shift", vacancy("""
                        {"salary_range": {"from": 5000, "to": 7000, "currency": "KZT", "mode": {"id": "SHIFT"}}}"""),
                        salary("5000", "7000", "KZT", null, SalaryPeriod.SHIFT)),
                Arguments.of("a rotation, stated per month", vacancy("""
                        {"salary_range": {"from": 150000, "currency": "RUR", "mode": {"id": "FLY_IN_FLY_OUT"}}}"""),
                        salary("150000", null, "RUB", null, SalaryPeriod.MONTH)),
                Arguments.of("the older salary, figures as text", vacancy("""
                        {"salary": {"from": "120 000", "to": null, "currency": "USD", "gross": false}}"""),
                        salary("120000", null, "USD", false, SalaryPeriod.MONTH)),
                Arguments.of("the current range wins over the older salary", vacancy("""
                        {"salary": {"from": 1, "currency": "RUR"},
                         "salary_range": {"from": 2, "currency": "RUR", "mode": {"id": "MONTH"}}}"""),
                        salary("2", null, "RUB", null, SalaryPeriod.MONTH)),
                Arguments.of("no salary", vacancy("{\"salary\": null}"), null),
                Arguments.of("a currency no one knows", vacancy("""
                        {"salary": {"from": 100, "currency": "ZZZ"}}"""), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("salaries")
    void readsTheSalaryInEitherShape(String kind, JsonNode vacancy, Salary expected) {
        assertThat(HhVacancies.toDraft(vacancy, area -> null).salary()).isEqualTo(expected);
    }

    static Stream<Arguments> employments() {
        return Stream.of(
                Arguments.of("current FULL", vacancy("{\"employment_form\": {\"id\": \"FULL\"}}"), Employment.FULL),
                Arguments.of("current PART", vacancy("{\"employment_form\": {\"id\": \"PART\"}}"), Employment.PART),
                Arguments.of("current PROJECT", vacancy("{\"employment_form\": {\"id\": \"PROJECT\"}}"),
                        Employment.PROJECT),
                Arguments.of("current rotation is full employment",
                        vacancy("{\"employment_form\": {\"id\": \"FLY_IN_FLY_OUT\"}}"), Employment.FULL),
                Arguments.of("current wins over older", vacancy("""
                        {"employment_form": {"id": "PART"}, "employment": {"id": "full"}}"""), Employment.PART),
                Arguments.of("older full", vacancy("{\"employment\": {\"id\": \"full\"}}"), Employment.FULL),
                Arguments.of("older part", vacancy("{\"employment\": {\"id\": \"part\"}}"), Employment.PART),
                Arguments.of("older project", vacancy("{\"employment\": {\"id\": \"project\"}}"), Employment.PROJECT),
                Arguments.of("older volunteer", vacancy("{\"employment\": {\"id\": \"volunteer\"}}"),
                        Employment.VOLUNTEER),
                Arguments.of("older probation is an internship", vacancy("{\"employment\": {\"id\": \"probation\"}}"),
                        Employment.INTERNSHIP),
                Arguments.of("an id hh.ru may add later", vacancy("{\"employment\": {\"id\": \"gig\"}}"), null),
                Arguments.of("none", vacancy("{}"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("employments")
    void readsTheKindOfEmployment(String kind, JsonNode vacancy, Employment expected) {
        assertThat(HhVacancies.toDraft(vacancy, area -> null).employment()).isEqualTo(expected);
    }

    static Stream<Arguments> schedules() {
        return Stream.of(
                Arguments.of("a rotation's durations", vacancy("""
                        {"fly_in_fly_out_duration": [{"id": "DAYS_30"}], "schedule": {"id": "fullDay"}}"""),
                        Schedule.ROTATION),
                Arguments.of("a rotation as the employment form",
                        vacancy("{\"employment_form\": {\"id\": \"FLY_IN_FLY_OUT\"}}"), Schedule.ROTATION),
                Arguments.of("flexible days", vacancy("""
                        {"work_schedule_by_days": [{"id": "FIVE_ON_TWO_OFF"}, {"id": "FLEXIBLE"}]}"""),
                        Schedule.FLEXIBLE),
                Arguments.of("five days on, two off", vacancy("""
                        {"work_schedule_by_days": [{"id": "FIVE_ON_TWO_OFF"}]}"""), Schedule.FULL_DAY),
                Arguments.of("two days on, two off", vacancy("""
                        {"work_schedule_by_days": [{"id": "TWO_ON_TWO_OFF"}]}"""), Schedule.SHIFT),
                Arguments.of("days win over the older schedule", vacancy("""
                        {"work_schedule_by_days": [{"id": "TWO_ON_TWO_OFF"}], "schedule": {"id": "fullDay"}}"""),
                        Schedule.SHIFT),
                Arguments.of("older full day", vacancy("{\"schedule\": {\"id\": \"fullDay\"}}"), Schedule.FULL_DAY),
                Arguments.of("older remote is a full day", vacancy("{\"schedule\": {\"id\": \"remote\"}}"),
                        Schedule.FULL_DAY),
                Arguments.of("older shift", vacancy("{\"schedule\": {\"id\": \"shift\"}}"), Schedule.SHIFT),
                Arguments.of("older flexible", vacancy("{\"schedule\": {\"id\": \"flexible\"}}"), Schedule.FLEXIBLE),
                Arguments.of("older rotation", vacancy("{\"schedule\": {\"id\": \"flyInFlyOut\"}}"),
                        Schedule.ROTATION),
                Arguments.of("none", vacancy("{}"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schedules")
    void readsTheSchedule(String kind, JsonNode vacancy, Schedule expected) {
        assertThat(HhVacancies.toDraft(vacancy, area -> null).schedule()).isEqualTo(expected);
    }

    static Stream<Arguments> workFormats() {
        return Stream.of(
                Arguments.of("hybrid", vacancy("{\"work_format\": [{\"id\": \"HYBRID\"}]}"), WorkFormat.HYBRID),
                Arguments.of("remote and on site is hybrid", vacancy("""
                        {"work_format": [{"id": "REMOTE"}, {"id": "ON_SITE"}]}"""), WorkFormat.HYBRID),
                Arguments.of("remote", vacancy("{\"work_format\": [{\"id\": \"REMOTE\"}]}"), WorkFormat.REMOTE),
                Arguments.of("field work", vacancy("{\"work_format\": [{\"id\": \"FIELD_WORK\"}]}"), WorkFormat.FIELD),
                Arguments.of("on site", vacancy("{\"work_format\": [{\"id\": \"ON_SITE\"}]}"), WorkFormat.ON_SITE),
                Arguments.of("the older remote schedule", vacancy("{\"schedule\": {\"id\": \"remote\"}}"),
                        WorkFormat.REMOTE),
                Arguments.of("an older office schedule says nothing", vacancy("{\"schedule\": {\"id\": \"fullDay\"}}"),
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workFormats")
    void readsWhereTheWorkIsDone(String kind, JsonNode vacancy, WorkFormat expected) {
        assertThat(HhVacancies.toDraft(vacancy, area -> null).workFormat()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}..{2}")
    @CsvSource(nullValues = "none", value = {
            "noExperience, 0, 1", "between1And3, 1, 3", "between3And6, 3, 6", "moreThan6, 6, none"})
    void readsExperienceIdsAsYears(String id, Integer min, Integer max) {
        assertThat(HhVacancies.experience(id)).isEqualTo(new YearsRange(min, max));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "none", value = {"none", "lots"})
    void readsNoYearsFromAnUnknownExperienceId(String id) {
        assertThat(HhVacancies.experience(id)).isNull();
    }

    static Stream<Arguments> locations() {
        return Stream.of(
                Arguments.of("the address's city", vacancy("""
                        {"area": {"id": "1", "name": "Москва"}, "address": {"city": "Зеленоград"}}"""),
                        new Location("Россия", "Зеленоград", "1")),
                Arguments.of("the area's name without an address", vacancy("""
                        {"area": {"id": "160", "name": "Алматы"}, "address": null}"""),
                        new Location("Казахстан", "Алматы", "160")),
                Arguments.of("no area", vacancy("{}"), Location.UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("locations")
    void placesTheVacancyByAddressOrArea(String kind, JsonNode vacancy, Location expected) {
        assertThat(HhVacancies.toDraft(vacancy, COUNTRIES::get).location()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "none", value = {
            "2026-11-20T10:15:00+0300, 2026-11-20T07:15:00Z", "2026-11-20T10:15:00+03:00, 2026-11-20T07:15:00Z",
            "yesterday, none"})
    void readsPublicationTimesInHhsFormatAndIso(String written, Instant expected) {
        assertThat(HhVacancies.time(written)).isEqualTo(expected);
    }

    /** A senior Java vacancy in Moscow as hh.ru serves it now: salary_range, work_format, employment_form. */
    static JsonNode currentShapeJavaVacancy() {
        return resource("/hh/vacancy-current.json");
    }

    /** A part-time remote accountant's vacancy from 2013, in the API's older shape. */
    static JsonNode olderShapeAccountantVacancy() {
        return resource("/hh/vacancy-legacy.json");
    }

    private static JsonNode vacancy(String json) {
        return JSON.readTree(json);
    }

    private static Salary salary(String from, String to, String currency, Boolean gross, SalaryPeriod period) {
        return new Salary(from == null ? null : new BigDecimal(from), to == null ? null : new BigDecimal(to),
                currency, gross, period);
    }

    private static JsonNode resource(String name) {
        try (InputStream in = HhVacanciesTest.class.getResourceAsStream(name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
