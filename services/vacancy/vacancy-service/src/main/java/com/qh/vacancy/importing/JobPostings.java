package com.qh.vacancy.importing;

import com.qh.vacancy.normalising.Description;
import com.qh.vacancy.normalising.Employment;
import com.qh.vacancy.normalising.Location;
import com.qh.vacancy.normalising.Salary;
import com.qh.vacancy.normalising.SalaryPeriod;
import com.qh.vacancy.normalising.VacancyDraft;
import com.qh.vacancy.normalising.WorkFormat;
import com.qh.vacancy.normalising.YearsRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org {@code JobPosting} objects in a page's JSON-LD, as Indeed, Greenhouse and many career sites publish
 * them: in any {@code <script type="application/ld+json">}, at the top level, in an array or in {@code @graph};
 * {@code description} as HTML or HTML-escaped HTML; {@code employmentType} and {@code jobLocation} as one value or
 * an array; {@code baseSalary} as a {@code MonetaryAmount} with a {@code QuantitativeValue} and {@code unitText}.
 */
final class JobPostings {

    private final JsonMapper json;

    JobPostings(JsonMapper json) {
        this.json = json;
    }

    JsonMapper json() {
        return json;
    }

    /** Every JobPosting on the page, in page order. */
    List<JsonNode> find(Document page) {
        List<JsonNode> postings = new ArrayList<>();
        for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
            String data = script.data().strip().replaceAll("^<!\\[CDATA\\[|]]>$", "");
            try {
                collect(json.readTree(data), postings);
            } catch (JacksonException e) {
                // A broken block is common on real pages; the others may still hold the posting.
            }
        }
        return postings;
    }

    /** Every JobPosting in a JSON document served directly. */
    List<JsonNode> find(JsonNode document) {
        List<JsonNode> postings = new ArrayList<>();
        collect(document, postings);
        return postings;
    }

    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node.isArray()) {
            node.forEach(item -> collect(item, into));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isJobPosting(node)) {
            into.add(node);
        }
        collect(node.path("@graph"), into);
        collect(node.path("mainEntity"), into);
        collect(node.path("itemListElement"), into);
        collect(node.path("item"), into);
    }

    private static boolean isJobPosting(JsonNode node) {
        return Json.many(node, "@type").stream().map(Json::text).anyMatch("JobPosting"::equals);
    }

    /** The draft for one posting; {@code canonicalUrl} identifies it for re-imports. */
    static VacancyDraft toDraft(JsonNode posting, String canonicalUrl) {
        String description = Json.text(posting, "description");
        if (description != null && !description.contains("<") && description.contains("&lt;")) {
            description = Parser.unescapeEntities(description, false);
        }
        Description text = description == null ? Description.EMPTY
                : description.contains("<") ? Description.fromHtml(description) : Description.fromText(description);
        JsonNode organisation = posting.path("hiringOrganization");
        String company = organisation.isObject() ? Json.text(organisation, "name") : Json.text(organisation);
        List<String> skills = new ArrayList<>();
        for (JsonNode skill : Json.many(posting, "skills")) {
            String value = skill.isObject() ? Json.text(skill, "name") : Json.text(skill);
            if (value != null) {
                for (String part : value.split("[,;\\n]")) {
                    if (!part.isBlank()) {
                        skills.add(part.strip());
                    }
                }
            }
        }
        String url = Objects.requireNonNullElse(Json.text(posting, "url"), canonicalUrl);
        return new VacancyDraft("json-ld", canonicalUrl, url, text(Json.text(posting, "title")), company,
                salary(posting.path("baseSalary")), location(posting), employment(posting), null,
                workFormat(posting), experience(posting.path("experienceRequirements")), text, skills,
                date(Json.text(posting, "datePosted")));
    }

    private static String text(String value) {
        return value == null ? null : Parser.unescapeEntities(value, false).strip();
    }

    private static Salary salary(JsonNode base) {
        if (!base.isObject()) {
            return null;
        }
        JsonNode value = base.path("value");
        String unit = Json.text(value.isObject() ? value : base, "unitText");
        SalaryPeriod period = unit == null ? SalaryPeriod.MONTH : switch (unit.toUpperCase(Locale.ROOT)) {
            case "HOUR" -> SalaryPeriod.HOUR;
            case "DAY" -> SalaryPeriod.DAY;
            case "WEEK" -> SalaryPeriod.WEEK;
            case "YEAR" -> SalaryPeriod.YEAR;
            default -> SalaryPeriod.MONTH;
        };
        String currency = Json.text(base, "currency");
        if (value.isObject()) {
            var single = Json.number(value, "value");
            var min = Json.number(value, "minValue");
            var max = Json.number(value, "maxValue");
            return Salary.of(min != null ? min : single, max != null ? max : single,
                    currency != null ? currency : Json.text(value, "currency"), null, period);
        }
        var amount = Json.number(base, "value");
        return Salary.of(amount, amount, currency, null, period);
    }

    private static Location location(JsonNode posting) {
        for (JsonNode place : Json.many(posting, "jobLocation")) {
            JsonNode address = place.path("address");
            if (address.isObject()) {
                JsonNode country = address.path("addressCountry");
                String countryName = country.isObject() ? Json.text(country, "name") : Json.text(country);
                String city = Objects.requireNonNullElse(Json.text(address, "addressLocality"),
                        Objects.requireNonNullElse(Json.text(address, "addressRegion"), ""));
                return new Location(countryName, city.isEmpty() ? null : city, null);
            }
            String named = Json.text(address);
            if (named != null) {
                return new Location(null, named, null);
            }
        }
        return Location.UNKNOWN;
    }

    private static Employment employment(JsonNode posting) {
        List<String> types = Json.many(posting, "employmentType").stream().map(Json::text).filter(Objects::nonNull)
                .map(type -> type.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_')).toList();
        for (String type : types) {
            switch (type) {
                case "FULL_TIME" -> {
                    return Employment.FULL;
                }
                case "PART_TIME" -> {
                    return Employment.PART;
                }
                case "CONTRACTOR", "CONTRACT" -> {
                    return Employment.PROJECT;
                }
                case "TEMPORARY", "PER_DIEM" -> {
                    return Employment.TEMPORARY;
                }
                case "INTERN", "INTERNSHIP" -> {
                    return Employment.INTERNSHIP;
                }
                case "VOLUNTEER" -> {
                    return Employment.VOLUNTEER;
                }
                default -> {
                }
            }
        }
        return null;
    }

    private static WorkFormat workFormat(JsonNode posting) {
        boolean remote = Json.many(posting, "jobLocationType").stream().map(Json::text)
                .anyMatch(type -> "TELECOMMUTE".equalsIgnoreCase(type));
        if (remote) {
            return Json.many(posting, "jobLocation").isEmpty() ? WorkFormat.REMOTE : WorkFormat.HYBRID;
        }
        return Json.many(posting, "jobLocation").isEmpty() ? null : WorkFormat.ON_SITE;
    }

    private static YearsRange experience(JsonNode requirements) {
        JsonNode months = requirements.isObject() ? requirements.path("monthsOfExperience") : null;
        if (months != null && months.isNumber()) {
            return new YearsRange(months.asInt() / 12, null);
        }
        return null;
    }

    private static Instant date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text)
                        .atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }
}
