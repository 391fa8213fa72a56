package com.qh.vacancy.market;

import com.qh.skills.requirements.RequiredSkill;
import com.qh.vacancy.extraction.Extraction;
import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the skills of the market store again with the taxonomy in use, after a taxonomy release: a skill accepted
 * from the market is then found in the vacancies that taught it, by the market's search and by the services that
 * learn from the store. Only vacancies that keep their text (imported since the store kept it) are read again.
 */
@Component
public class MarketRereading {

    private static final Logger log = LoggerFactory.getLogger(MarketRereading.class);
    private static final int PAGE = 500;

    private final JdbcTemplate jdbc;
    private final Extraction extraction;
    private final MarketChanges changes;

    MarketRereading(JdbcTemplate jdbc, Extraction extraction, MarketChanges changes) {
        this.jdbc = jdbc;
        this.extraction = extraction;
        this.changes = changes;
    }

    /**
     * Reads every market vacancy that keeps its text again; answers how many now name other skills, which are
     * announced as a change of the store ({@code vacancy.market-changed.v1}, origin {@code taxonomy}).
     */
    public int reread() {
        UUID after = new UUID(0, 0);
        Tally tally = changes.start("taxonomy", "taxonomy " + extraction.taxonomyVersion(), null);
        try {
            while (true) {
                List<Row> page = jdbc.query("""
                        select id, description, key_skills, skills from market_vacancy
                        where (description <> '' or cardinality(key_skills) > 0) and id > ? order by id limit ?""",
                        (rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("description"),
                                strings(rs.getArray("key_skills")), strings(rs.getArray("skills"))), after, PAGE);
                for (Row row : page) {
                    tally.read++;
                    Set<String> skills = new LinkedHashSet<>();
                    extraction.read(row.description(), row.keySkills()).skills().stream().map(RequiredSkill::name)
                            .forEach(skills::add);
                    if (!List.copyOf(skills).equals(row.skills())) {
                        jdbc.update("update market_vacancy set skills = ? where id = ?",
                                skills.toArray(String[]::new), row.id());
                        tally.count(false);
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
                after = page.getLast().id();
            }
        } catch (RuntimeException e) {
            tally.failed(e.getMessage());
            throw e;
        } finally {
            changes.finish(tally);
        }
        log.info("Read {} market vacancies again with taxonomy {}: {} name other skills now", tally.read,
                extraction.taxonomyVersion(), tally.updated);
        return tally.updated;
    }

    private record Row(UUID id, String description, List<String> keySkills, List<String> skills) {
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
