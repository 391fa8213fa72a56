package com.qh.vacancy.market;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Finds market vacancies by title words, skill and hh.ru area, and summarises their salaries. */
@Service
class MarketQuery {

    /** A market vacancy in a list. */
    record Item(String source, String sourceId, String title, String company, String areaId, String city,
            BigDecimal monthlyFrom, BigDecimal monthlyTo, String currency, Boolean gross, List<String> skills,
            Instant publishedAt) {
    }

    /**
     * Salaries of the matching vacancies, per month, in one currency: the middle of each vacancy's range (or its
     * one bound), in percentiles.
     */
    record Salaries(String currency, long vacancies, long withSalary, BigDecimal p10, BigDecimal p25,
            BigDecimal median, BigDecimal p75, BigDecimal p90) {
    }

    private final JdbcTemplate jdbc;

    MarketQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Item> find(String title, String skill, String area, int page, int size) {
        List<Object> args = new ArrayList<>();
        String where = where(title, skill, area, args);
        args.add(size);
        args.add((long) page * size);
        return jdbc.query("select source, source_id, title, company, area_id, city, salary_monthly_from, "
                + "salary_monthly_to, salary_currency, salary_gross, skills, published_at from market_vacancy "
                + where + " order by published_at desc nulls last, id limit ? offset ?", (rs, n) -> new Item(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9), (Boolean) rs.getObject(10),
                List.of((String[]) rs.getArray(11).getArray()),
                rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant()), args.toArray());
    }

    Salaries salaries(String title, String skill, String area, String currency) {
        List<Object> args = new ArrayList<>();
        String where = where(title, skill, area, args);
        Long total = jdbc.queryForObject("select count(*) from market_vacancy " + where, Long.class, args.toArray());
        args.add(currency);
        return jdbc.queryForObject("""
                select count(*),
                       percentile_cont(0.1) within group (order by mid), percentile_cont(0.25) within group (order by mid),
                       percentile_cont(0.5) within group (order by mid), percentile_cont(0.75) within group (order by mid),
                       percentile_cont(0.9) within group (order by mid)
                from (select coalesce((salary_monthly_from + salary_monthly_to) / 2, salary_monthly_from,
                                      salary_monthly_to) as mid
                      from market_vacancy %s %s salary_currency = ?) salaries
                where mid is not null""".formatted(where, where.isEmpty() ? "where" : "and"),
                (rs, n) -> new Salaries(currency, total == null ? 0 : total, rs.getLong(1), round(rs.getBigDecimal(2)),
                        round(rs.getBigDecimal(3)), round(rs.getBigDecimal(4)), round(rs.getBigDecimal(5)),
                        round(rs.getBigDecimal(6))), args.toArray());
    }

    private static String where(String title, String skill, String area, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (title != null && !title.isBlank()) {
            for (String word : title.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                conditions.add("lower(title) like ? escape '\\'");
                args.add("%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (skill != null && !skill.isBlank()) {
            conditions.add("skills @> array[?]::text[]");
            args.add(skill.strip());
        }
        if (area != null && !area.isBlank()) {
            conditions.add("area_id = ?");
            args.add(area.strip());
        }
        return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
    }

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(0, java.math.RoundingMode.HALF_UP);
    }
}
