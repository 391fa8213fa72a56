package com.qh.vacancy.grpc;

import com.qh.platform.web.NotFoundException;
import com.qh.skills.requirements.Importance;
import com.qh.skills.requirements.RequiredSkill;
import com.qh.vacancy.api.RequiredSkill.Builder;
import com.qh.vacancy.api.Requirements;
import com.qh.vacancy.api.Salary;
import com.qh.vacancy.api.Vacancy;
import com.qh.vacancy.api.WorkFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads vacancies for the gRPC API straight from the service's tables, read-only. The feature packages keep their
 * entities and queries package-private, and the wire needs only a flat projection (no tracker, no HTML), so one
 * query per call here beats loading aggregates; the columns read are those of {@code V1__vacancy.sql}.
 *
 * <p>The market store pages by id (its primary key): a stable order that an index walks, so each page costs the
 * same however deep it is.
 */
@Component
class VacancyReads {

    private static final String SAVED_COLUMNS = "id, source, source_key, source_url, title, company, city, "
            + "work_format, salary_monthly_from, salary_monthly_to, salary_currency, salary_gross, "
            + "description_markdown, description_text, experience_min, experience_max, requirements::text as reqs";
    private static final String MARKET_COLUMNS = "id, source, source_id, title, company, city, work_format, "
            + "salary_monthly_from, salary_monthly_to, salary_currency, salary_gross, experience_min, "
            + "experience_max, skills";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    VacancyReads(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** One of the owner's saved vacancies; another user's is not found, as over REST. */
    @Transactional(readOnly = true)
    Vacancy saved(UUID owner, UUID id) {
        return jdbc.sql("select " + SAVED_COLUMNS + " from vacancy where id = ? and owner_id = ?")
                .params(id, owner).query(this::saved).optional()
                .orElseThrow(() -> new NotFoundException("There is no vacancy " + id + " among the user's."));
    }

    /** The owner's saved vacancies, most recently changed first. */
    @Transactional(readOnly = true)
    List<Vacancy> saved(UUID owner, int limit) {
        return jdbc.sql("select " + SAVED_COLUMNS + " from vacancy where owner_id = ? order by updated_at desc, id "
                + "limit ?").params(owner, limit).query(this::saved).list();
    }

    /** Market vacancies with an id after {@code after} (all when null), in id order. */
    @Transactional(readOnly = true)
    List<Vacancy> market(UUID after, int limit) {
        return after == null
                ? jdbc.sql("select " + MARKET_COLUMNS + " from market_vacancy order by id limit ?").params(limit)
                        .query(this::market).list()
                : jdbc.sql("select " + MARKET_COLUMNS + " from market_vacancy where id > ? order by id limit ?")
                        .params(after, limit).query(this::market).list();
    }

    private Vacancy saved(ResultSet row, int number) throws SQLException {
        Vacancy.Builder vacancy = common(row);
        String key = row.getString("source_key");
        if (key != null) {
            vacancy.setSourceId(key.startsWith("hh:") ? key.substring(3) : key);
        }
        set(row.getString("source_url"), vacancy::setUrl);
        String markdown = row.getString("description_markdown");
        vacancy.setDescription(markdown == null || markdown.isBlank()
                ? nullToEmpty(row.getString("description_text")) : markdown);
        Requirements.Builder requirements = experience(row);
        String stored = row.getString("reqs");
        if (stored != null) {
            com.qh.skills.requirements.Requirements read = json.readValue(stored,
                    com.qh.skills.requirements.Requirements.class);
            for (RequiredSkill skill : read.skills()) {
                Builder wire = com.qh.vacancy.api.RequiredSkill.newBuilder().setName(skill.name())
                        .setImportance(skill.importance() == Importance.MUST
                                ? com.qh.vacancy.api.Importance.IMPORTANCE_MUST
                                : com.qh.vacancy.api.Importance.IMPORTANCE_NICE);
                set(skill.evidence(), wire::setEvidence);
                requirements.addSkills(wire);
            }
            requirements.addAllResponsibilities(read.responsibilities());
        }
        return vacancy.setRequirements(requirements).build();
    }

    private Vacancy market(ResultSet row, int number) throws SQLException {
        Vacancy.Builder vacancy = common(row);
        set(row.getString("source_id"), vacancy::setSourceId);
        Requirements.Builder requirements = experience(row);
        Array skills = row.getArray("skills");
        if (skills != null) {
            for (Object skill : (Object[]) skills.getArray()) {
                requirements.addSkills(com.qh.vacancy.api.RequiredSkill.newBuilder().setName((String) skill));
            }
        }
        return vacancy.setRequirements(requirements).build();
    }

    private static Vacancy.Builder common(ResultSet row) throws SQLException {
        Vacancy.Builder vacancy = Vacancy.newBuilder().setId(row.getString("id")).setSource(row.getString("source"))
                .setTitle(row.getString("title"));
        set(row.getString("company"), vacancy::setEmployer);
        set(row.getString("city"), vacancy::setCity);
        vacancy.setWorkFormat(workFormat(row.getString("work_format")));
        BigDecimal from = row.getBigDecimal("salary_monthly_from");
        BigDecimal to = row.getBigDecimal("salary_monthly_to");
        if (from != null || to != null) {
            Salary.Builder salary = Salary.newBuilder();
            if (from != null) {
                salary.setFrom(from.setScale(0, RoundingMode.HALF_UP).longValueExact());
            }
            if (to != null) {
                salary.setTo(to.setScale(0, RoundingMode.HALF_UP).longValueExact());
            }
            set(row.getString("salary_currency"), salary::setCurrency);
            boolean gross = row.getBoolean("salary_gross");
            if (!row.wasNull()) {
                salary.setGross(gross);
            }
            vacancy.setSalary(salary);
        }
        return vacancy;
    }

    private static Requirements.Builder experience(ResultSet row) throws SQLException {
        Requirements.Builder requirements = Requirements.newBuilder();
        int min = row.getInt("experience_min");
        if (!row.wasNull()) {
            requirements.setExperienceMinYears(min);
        }
        int max = row.getInt("experience_max");
        if (!row.wasNull()) {
            requirements.setExperienceMaxYears(max);
        }
        return requirements;
    }

    /** The stored enum name (normalising.WorkFormat); field work counts as on site. */
    private static WorkFormat workFormat(String stored) {
        if (stored == null) {
            return WorkFormat.WORK_FORMAT_UNSPECIFIED;
        }
        return switch (stored) {
            case "ON_SITE", "FIELD" -> WorkFormat.WORK_FORMAT_ONSITE;
            case "HYBRID" -> WorkFormat.WORK_FORMAT_HYBRID;
            case "REMOTE" -> WorkFormat.WORK_FORMAT_REMOTE;
            default -> WorkFormat.WORK_FORMAT_UNSPECIFIED;
        };
    }

    private static void set(String value, java.util.function.Consumer<String> setter) {
        if (value != null && !value.isEmpty()) {
            setter.accept(value);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
