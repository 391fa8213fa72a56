package com.qh.vacancy.market;

import com.qh.skills.mining.MarketVacancy;
import java.sql.Array;
import java.sql.SQLException;
import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The market's vacancies that list key skills, as the skills miner reads them: title, description, the key skills as
 * the employer wrote them and the professions, each known by {@code source:id} ({@code hh:98765432}).
 */
@Component
public class MarketKeySkills {

    /** Vacancies read per query: the miner keeps counts, not vacancies, so the store is read in constant memory. */
    private static final int PAGE = 500;

    private final JdbcTemplate jdbc;

    MarketKeySkills(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every market vacancy with key skills, read a page at a time as the collection is walked. */
    public Collection<MarketVacancy> all() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<MarketVacancy> iterator() {
                return new Pages();
            }

            @Override
            public int size() {
                Integer count = jdbc.queryForObject(
                        "select count(*) from market_vacancy where cardinality(key_skills) > 0", Integer.class);
                return count == null ? 0 : count;
            }
        };
    }

    /** Walks the store in id order, one page per query. */
    private final class Pages implements Iterator<MarketVacancy> {

        private List<Row> page = List.of();
        private int next;
        private UUID after = new UUID(0, 0);
        private boolean last;

        @Override
        public boolean hasNext() {
            if (next < page.size()) {
                return true;
            }
            if (last) {
                return false;
            }
            page = jdbc.query("""
                    select id, source, source_id, title, description, key_skills, professions from market_vacancy
                    where cardinality(key_skills) > 0 and id > ? order by id limit ?""",
                    (rs, n) -> new Row(rs.getObject("id", UUID.class), new MarketVacancy(
                            rs.getString("source") + ":" + rs.getString("source_id"), rs.getString("title"),
                            rs.getString("description"), strings(rs.getArray("key_skills")),
                            strings(rs.getArray("professions")))), after, PAGE);
            next = 0;
            last = page.size() < PAGE;
            if (!page.isEmpty()) {
                after = page.getLast().id();
            }
            return !page.isEmpty();
        }

        @Override
        public MarketVacancy next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.get(next++).vacancy();
        }
    }

    private record Row(UUID id, MarketVacancy vacancy) {
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
