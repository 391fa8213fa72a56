package com.qh.vacancy.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.vacancy.normalising.Employment;
import com.qh.vacancy.normalising.Location;
import com.qh.vacancy.normalising.Salary;
import com.qh.vacancy.normalising.SalaryPeriod;
import com.qh.vacancy.normalising.VacancyDraft;
import com.qh.vacancy.normalising.WorkFormat;
import com.qh.vacancy.normalising.YearsRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** schema.org JobPosting in the shapes career sites publish it, found on a page and read into a draft. */
class JobPostingsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CANONICAL = "https://jobs.example.org/42";

    private final JobPostings postings = new JobPostings(JSON);

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("in a @graph beside the site", "/pages/greenhouse-graph.html",
                        List.of("Senior Data Engineer")),
                Arguments.of("in a top-level array beside the employer", "/pages/indeed-array.html",
                        List.of("Warehouse Shift Lead")),
                Arguments.of("several on one careers page", "/pages/careers-several.html",
                        List.of("Backend Engineer", "Frontend Engineer")),
                Arguments.of("none on a page without JSON-LD", "/pages/linkedin-guest.html", List.of()),
                Arguments.of("none on a blog post", "/pages/not-a-vacancy.html", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void findsEveryJobPostingOnAPage(String kind, String page, List<String> titles) {
        assertThat(postings.find(page(page))).extracting(posting -> posting.path("title").asString())
                .containsExactlyElementsOf(titles);
    }

    @Test
    void skipsABrokenBlockAndReadsTheNextOne() {
        Document page = Jsoup.parse("""
                <script type="application/ld+json">{"@type": "JobPosting", "title": </script>
                <script type="application/ld+json"><![CDATA[{"@type": "JobPosting", "title": "Kept"}]]></script>
                <script type="APPLICATION/LD+JSON">{"@type": "ItemList", "itemListElement": [
                  {"@type": "ListItem", "item": {"@type": ["JobPosting"], "title": "Listed"}}]}</script>""");

        assertThat(postings.find(page)).extracting(posting -> posting.path("title").asString())
                .containsExactly("Kept", "Listed");
    }

    @Test
    void readsAGraphPostingWithAnEscapedDescriptionAndAYearlyRange() {
        VacancyDraft draft = JobPostings.toDraft(postings.find(page("/pages/greenhouse-graph.html")).getFirst(),
                CANONICAL);

        assertThat(draft.source()).isEqualTo("json-ld");
        assertThat(draft.sourceKey()).isEqualTo(CANONICAL);
        assertThat(draft.title()).isEqualTo("Senior Data Engineer");
        assertThat(draft.company()).isEqualTo("Northwind Analytics");
        assertThat(draft.salary()).isEqualTo(salary("84000", "102000", "EUR", SalaryPeriod.YEAR));
        assertThat(draft.salary().monthlyFrom()).isEqualByComparingTo("7000");
        assertThat(draft.employment()).isEqualTo(Employment.FULL);
        assertThat(draft.workFormat()).isEqualTo(WorkFormat.HYBRID);
        assertThat(draft.location()).isEqualTo(new Location("DE", "Berlin", null));
        assertThat(draft.description().html()).contains("<li>Strong Python and SQL</li>");
        assertThat(draft.publishedAt()).isEqualTo(Instant.parse("2026-11-02T00:00:00Z"));
    }

    static Stream<Arguments> salaries() {
        return Stream.of(
                Arguments.of("a range per year", posting("""
                        "baseSalary": {"currency": "EUR", "value": {"minValue": 84000, "maxValue": 102000,
                                                                   "unitText": "YEAR"}}"""),
                        salary("84000", "102000", "EUR", SalaryPeriod.YEAR)),
                Arguments.of("one hourly figure", posting("""
                        "baseSalary": {"currency": "GBP", "value": {"value": 15.5, "unitText": "HOUR"}}"""),
                        salary("15.5", "15.5", "GBP", SalaryPeriod.HOUR)),
                Arguments.of("a figure without a unit, per month", posting("""
                        "baseSalary": {"currency": "USD", "value": {"value": "5 000"}}"""),
                        salary("5000", "5000", "USD", SalaryPeriod.MONTH)),
                Arguments.of("the currency inside the value", posting("""
                        "baseSalary": {"value": {"minValue": 400, "currency": "EUR", "unitText": "DAY"}}"""),
                        salary("400", null, "EUR", SalaryPeriod.DAY)),
                Arguments.of("a plain amount with its unit beside it", posting("""
                        "baseSalary": {"currency": "USD", "value": 2000, "unitText": "week"}"""),
                        salary("2000", "2000", "USD", SalaryPeriod.WEEK)),
                Arguments.of("no salary", posting("\"baseSalary\": \"competitive\""), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("salaries")
    void readsTheBaseSalary(String kind, JsonNode posting, Salary expected) {
        assertThat(JobPostings.toDraft(posting, CANONICAL).salary()).isEqualTo(expected);
    }

    static Stream<Arguments> employmentTypes() {
        return Stream.of(
                Arguments.of("FULL_TIME", Employment.FULL), Arguments.of("full-time", Employment.FULL),
                Arguments.of("Part Time", Employment.PART), Arguments.of("CONTRACTOR", Employment.PROJECT),
                Arguments.of("TEMPORARY", Employment.TEMPORARY), Arguments.of("PER_DIEM", Employment.TEMPORARY),
                Arguments.of("INTERN", Employment.INTERNSHIP), Arguments.of("VOLUNTEER", Employment.VOLUNTEER),
                Arguments.of("OTHER", null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("employmentTypes")
    void readsTheEmploymentType(String type, Employment expected) {
        assertThat(JobPostings.toDraft(posting("\"employmentType\": \"" + type + "\""), CANONICAL).employment())
                .isEqualTo(expected);
    }

    @Test
    void takesTheFirstEmploymentTypeItKnows() {
        JsonNode posting = posting("\"employmentType\": [\"OTHER\", \"PART_TIME\", \"FULL_TIME\"]");

        assertThat(JobPostings.toDraft(posting, CANONICAL).employment()).isEqualTo(Employment.PART);
    }

    static Stream<Arguments> places() {
        return Stream.of(
                Arguments.of("remote only", posting("\"jobLocationType\": \"TELECOMMUTE\""), WorkFormat.REMOTE,
                        Location.UNKNOWN),
                Arguments.of("remote or in an office", posting("""
                        "jobLocationType": "TELECOMMUTE",
                        "jobLocation": {"address": {"addressLocality": "Leeds", "addressCountry": "GB"}}"""),
                        WorkFormat.HYBRID, new Location("GB", "Leeds", null)),
                Arguments.of("in an office, country as an object", posting("""
                        "jobLocation": {"address": {"addressRegion": "Bavaria",
                                                    "addressCountry": {"name": "DE"}}}"""),
                        WorkFormat.ON_SITE, new Location("DE", "Bavaria", null)),
                Arguments.of("an address as plain text", posting("\"jobLocation\": {\"address\": \"Tallinn\"}"),
                        WorkFormat.ON_SITE, new Location(null, "Tallinn", null)),
                Arguments.of("nowhere said", posting(""), null, Location.UNKNOWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("places")
    void readsWhereTheWorkIsDone(String kind, JsonNode posting, WorkFormat format, Location location) {
        VacancyDraft draft = JobPostings.toDraft(posting, CANONICAL);

        assertThat(draft.workFormat()).isEqualTo(format);
        assertThat(draft.location()).isEqualTo(location);
    }

    static Stream<Arguments> descriptions() {
        return Stream.of(
                Arguments.of("HTML", "<p>Go</p><ul><li>gRPC</li></ul>", "Go\n- gRPC"),
                Arguments.of("HTML escaped once more", "&lt;p&gt;Go&lt;/p&gt;&lt;ul&gt;&lt;li&gt;gRPC&lt;/li&gt;"
                        + "&lt;/ul&gt;", "Go\n- gRPC"),
                Arguments.of("plain text with bullets", "Go\n- gRPC", "Go\n- gRPC"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("descriptions")
    void readsTheDescriptionAsHtmlEscapedHtmlOrText(String kind, String description, String text) {
        JsonNode posting = posting("\"description\": " + JSON.writeValueAsString(description));

        assertThat(JobPostings.toDraft(posting, CANONICAL).description().text()).isEqualTo(text);
    }

    @Test
    void readsTitleSkillsExperienceAndUrl() {
        JsonNode posting = posting("""
                "title": " Senior &amp; Lead ", "url": "https://example.org/jobs/7",
                "hiringOrganization": "Contoso",
                "skills": ["Kotlin, Ktor", {"name": "PostgreSQL;Redis"}],
                "experienceRequirements": {"monthsOfExperience": 42},
                "datePosted": "2026-10-30T08:00:00+01:00\"""");

        VacancyDraft draft = JobPostings.toDraft(posting, CANONICAL);

        assertThat(draft.title()).isEqualTo("Senior & Lead");
        assertThat(draft.sourceUrl()).isEqualTo("https://example.org/jobs/7");
        assertThat(draft.company()).isEqualTo("Contoso");
        assertThat(draft.keySkills()).containsExactly("Kotlin", "Ktor", "PostgreSQL", "Redis");
        assertThat(draft.experience()).isEqualTo(new YearsRange(3, null));
        assertThat(draft.publishedAt()).isEqualTo(Instant.parse("2026-10-30T07:00:00Z"));
    }

    /** A JobPosting with only the given members. */
    private static JsonNode posting(String members) {
        return JSON.readTree("{\"@type\": \"JobPosting\"" + (members.isBlank() ? "" : ", " + members) + "}");
    }

    private static Salary salary(String from, String to, String currency, SalaryPeriod period) {
        return new Salary(from == null ? null : new BigDecimal(from), to == null ? null : new BigDecimal(to),
                currency, null, period);
    }

    private static Document page(String resource) {
        try (InputStream in = JobPostingsTest.class.getResourceAsStream(resource)) {
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
