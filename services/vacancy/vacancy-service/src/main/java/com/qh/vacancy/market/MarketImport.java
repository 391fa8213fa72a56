package com.qh.vacancy.market;

import com.qh.platform.web.UnprocessableException;
import com.qh.vacancy.importing.HhVacancies;
import com.qh.vacancy.normalising.Description;
import com.qh.vacancy.normalising.Employment;
import com.qh.vacancy.normalising.Location;
import com.qh.vacancy.normalising.Salary;
import com.qh.vacancy.normalising.Schedule;
import com.qh.vacancy.normalising.VacancyDraft;
import com.qh.vacancy.normalising.WorkFormat;
import com.qh.vacancy.normalising.YearsRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk import of market vacancies, streamed so a file of any length is read in constant memory: a JSON array of
 * hh.ru API vacancy objects (or an hh.ru search answer, {@code {"items": [...]}}), or a CSV with hh-style columns
 * ({@code id,name,employer,area_id,area_name,salary_from,salary_to,salary_currency,salary_gross,experience,
 * employment,schedule,key_skills,work_format,published_at,description}; {@code key_skills} separated by {@code ;}).
 * Data-set exports of hh.ru name some columns otherwise and are read as they are: {@code title} for {@code name},
 * {@code city} for {@code area_name}, {@code salary_gross} as {@code 1}/{@code 0}; an optional
 * {@code professional_roles} column names professions separated by {@code ;}; columns not listed are ignored.
 * A bad record is skipped and reported; the rest go in.
 */
@Service
class MarketImport {

    private final MarketStore store;
    private final MarketChanges changes;
    private final JsonMapper json;
    /** Reads one record of the array at a time; the rest of the array is the stream's, not a trailing error. */
    private final ObjectReader records;

    MarketImport(MarketStore store, MarketChanges changes, JsonMapper json) {
        this.store = store;
        this.changes = changes;
        this.json = json;
        this.records = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * Imports hh.ru API vacancy objects.
     *
     * @param source the file's name, for the log of runs
     * @param actor who asked for it
     */
    ImportReport hhJson(InputStream in, String source, UUID actor) {
        Tally tally = changes.start("import", source, actor);
        try (JsonParser parser = json.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                // A search answer: skip to its "items" array.
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    if (name.equals("items")) {
                        first = JsonToken.START_ARRAY;
                        break;
                    }
                    parser.skipChildren();
                }
            }
            if (first != JsonToken.START_ARRAY || parser.currentToken() != JsonToken.START_ARRAY) {
                throw new UnprocessableException("not-a-vacancy-list",
                        "Expected a JSON array of hh.ru vacancy objects, or an hh.ru search answer with items.");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode vacancy = records.readValue(parser);
                String id = vacancy.path("id").asString("");
                tally.read++;
                try {
                    VacancyDraft draft = HhVacancies.toDraft(vacancy, area -> null);
                    if (id.isBlank() || draft.title() == null) {
                        tally.skip("record " + tally.read + ": no id or name");
                        continue;
                    }
                    tally.count(store.put("hh", id, draft, HhVacancies.professions(vacancy)));
                } catch (RuntimeException e) {
                    tally.skip("vacancy " + id + ": " + e.getMessage());
                }
            }
        } catch (JacksonException e) {
            throw failed(tally, new UnprocessableException("malformed-json", "The file is not valid JSON after record "
                    + tally.read + ": " + e.getOriginalMessage() + ". The records before it were imported."));
        } catch (UnprocessableException e) {
            throw failed(tally, e);
        } finally {
            // Each record committed on its own: what did get in is kept and announced even when the file broke off.
            changes.finish(tally);
        }
        return tally.report();
    }

    /**
     * Imports a CSV of hh-style columns.
     *
     * @param source the file's name, for the log of runs
     * @param actor who asked for it
     */
    ImportReport csv(InputStream in, String source, UUID actor) {
        Tally tally = changes.start("import", source, actor);
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Csv csv = new Csv(reader);
            List<String> header = csv.next();
            if (header == null) {
                return tally.report();
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.put(header.get(i).strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), i);
            }
            if (!columns.containsKey("id") || !columns.containsKey("name") && !columns.containsKey("title")) {
                throw new UnprocessableException("bad-csv-header", "The CSV needs at least the columns id and name "
                        + "(or title); its header is " + header + ".");
            }
            List<String> record;
            while (true) {
                int line = csv.line();
                record = csv.next();
                if (record == null) {
                    break;
                }
                if (record.size() == 1 && record.getFirst().isBlank()) {
                    continue;
                }
                tally.read++;
                Row row = new Row(columns, record);
                try {
                    String id = row.get("id");
                    if (id == null || row.title() == null) {
                        tally.skip("line " + line + ": no id or name");
                        continue;
                    }
                    String roles = row.get("professional_roles");
                    tally.count(store.put("hh", id, draft(row), roles == null ? List.of()
                            : Arrays.stream(roles.split(";")).map(String::strip).toList()));
                } catch (RuntimeException e) {
                    tally.skip("line " + line + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw failed(tally, new UnprocessableException("malformed-csv", "The CSV could not be read: "
                    + e.getMessage() + ". The records before it were imported."));
        } catch (UnprocessableException e) {
            throw failed(tally, e);
        } finally {
            // Each record committed on its own: what did get in is kept and announced even when the file broke off.
            changes.finish(tally);
        }
        return tally.report();
    }

    private static UnprocessableException failed(Tally tally, UnprocessableException e) {
        tally.failed(e.detail());
        return e;
    }

    private static VacancyDraft draft(Row row) {
        Salary salary = Salary.of(decimal(row.get("salary_from")), decimal(row.get("salary_to")),
                row.get("salary_currency"), gross(row.get("salary_gross")), null);
        String skills = row.get("key_skills");
        String format = row.get("work_format");
        String schedule = row.get("schedule");
        WorkFormat workFormat = format == null ? null : switch (format.toUpperCase(Locale.ROOT)) {
            case "REMOTE" -> WorkFormat.REMOTE;
            case "HYBRID" -> WorkFormat.HYBRID;
            case "ON_SITE" -> WorkFormat.ON_SITE;
            case "FIELD_WORK" -> WorkFormat.FIELD;
            default -> null;
        };
        if (workFormat == null && "remote".equalsIgnoreCase(schedule)) {
            // hh.ru's older schedule id "remote" is its only word on where the work is done.
            workFormat = WorkFormat.REMOTE;
        }
        YearsRange experience = HhVacancies.experience(row.get("experience"));
        String description = row.get("description");
        String city = row.get("area_name") != null ? row.get("area_name") : row.get("city");
        return new VacancyDraft("hh", "hh:" + row.get("id"), null, row.title(), row.get("employer"), salary,
                new Location(null, city, row.get("area_id")), employment(row.get("employment")), schedule(schedule),
                workFormat, experience,
                description == null ? Description.EMPTY : Description.fromHtml(description),
                skills == null ? List.of() : Arrays.stream(skills.split(";")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList(),
                time(row.get("published_at")));
    }

    /** {@code true}/{@code false} as our export writes it, {@code 1}/{@code 0} as data-set exports do. */
    private static Boolean gross(String text) {
        if (text == null) {
            return null;
        }
        return text.equals("1") || Boolean.parseBoolean(text);
    }

    /** hh.ru's employment ids, older ({@code full}) or current ({@code FULL}); {@code null} for others. */
    private static Employment employment(String id) {
        if (id == null) {
            return null;
        }
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "full", "fly_in_fly_out" -> Employment.FULL;
            case "part" -> Employment.PART;
            case "project" -> Employment.PROJECT;
            case "volunteer" -> Employment.VOLUNTEER;
            case "probation", "internship" -> Employment.INTERNSHIP;
            case "temporary" -> Employment.TEMPORARY;
            default -> null;
        };
    }

    /** hh.ru's older schedule ids ({@code fullDay}), or ours ({@code FULL_DAY}); {@code null} for others. */
    private static Schedule schedule(String id) {
        if (id == null) {
            return null;
        }
        return switch (id.toLowerCase(Locale.ROOT)) {
            case "fullday", "full_day", "remote" -> Schedule.FULL_DAY;
            case "shift" -> Schedule.SHIFT;
            case "flexible" -> Schedule.FLEXIBLE;
            case "flyinflyout", "rotation" -> Schedule.ROTATION;
            default -> null;
        };
    }

    private static BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replaceAll("\\s", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
    }

    private static Instant time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.replaceFirst("([+-]\\d\\d)(\\d\\d)$", "$1:$2")).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date-time");
        }
    }

    /** A CSV record read by column name; blank is absent. */
    private record Row(Map<String, Integer> columns, List<String> values) {

        /** The vacancy's title: {@code name} in hh.ru's API, {@code title} in data-set exports. */
        String title() {
            return get("name") != null ? get("name") : get("title");
        }

        String get(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= values.size()) {
                return null;
            }
            String value = values.get(index).strip();
            return value.isEmpty() ? null : value;
        }
    }
}
