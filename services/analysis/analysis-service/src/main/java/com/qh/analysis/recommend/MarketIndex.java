package com.qh.analysis.recommend;

import com.qh.analysis.match.ReadVacancy;
import com.qh.analysis.match.VacancyMatcher;
import com.qh.analysis.source.Vacancies;
import com.qh.analysis.source.VacancyView;
import com.qh.skills.Skill;
import com.qh.skills.SkillTaxonomy;
import com.qh.skills.requirements.Importance;
import com.qh.skills.requirements.RequiredSkill;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The market vacancies in memory, each read once: its requirements for the full matcher, and its skills as taxonomy
 * ids with weights for the prefilter. Refreshed as a whole from {@link Vacancies#market} pages; a vacancy whose
 * text did not change keeps its reading, so a refresh reads only what is new. Readers see one complete snapshot
 * at a time, never a half-built one.
 *
 * <p>Each snapshot is read with one matcher, the one of the skills taxonomy release in use when it was read, and
 * keeps it: a request matches with the snapshot's matcher and knows skills by the snapshot's ids, so it never mixes
 * two releases. After a release a refresh reads every vacancy again ({@link MarketRefresh} starts one).
 *
 * <p>Why memory and not the analysis database: everything here is derived from the vacancy service, which owns
 * the data; the reading is what costs (about 1 ms a vacancy) and must be in memory to be matched anyway. Ten
 * thousand vacancies take some tens of megabytes; {@code qh.analysis.recommend.max-market} bounds it.
 */
public final class MarketIndex {

    private static final Logger log = LoggerFactory.getLogger(MarketIndex.class);
    static final float MUST = 1f;
    static final float NICE = 0.35f;

    private final Supplier<VacancyMatcher> matchers;
    private final Vacancies vacancies;
    private final RecommendProperties properties;
    private final Clock clock;
    private volatile Snapshot snapshot;

    /**
     * An index read with the matcher of the release in use at each refresh.
     *
     * @param matchers the matcher of the skills taxonomy release in use
     */
    public MarketIndex(Supplier<VacancyMatcher> matchers, Vacancies vacancies, RecommendProperties properties,
            Clock clock) {
        this.matchers = matchers;
        this.vacancies = vacancies;
        this.properties = properties;
        this.clock = clock;
        this.snapshot = new Snapshot(List.of(), null, matchers.get());
    }

    /** An index read with one matcher always (benchmarks, tests). */
    public MarketIndex(VacancyMatcher matcher, Vacancies vacancies, RecommendProperties properties, Clock clock) {
        this(() -> matcher, vacancies, properties, clock);
    }

    /** A market vacancy as the index holds it. */
    record Entry(VacancyView view, ReadVacancy read, int[] skills, float[] weights, float total) {
    }

    /**
     * The index at one moment, read with {@code matcher}; {@code refreshedAt} is null before the first refresh.
     * Skills are known by their place in the matcher's taxonomy ({@link #idOf}).
     */
    record Snapshot(List<Entry> entries, Instant refreshedAt, VacancyMatcher matcher, Map<Skill, Integer> skillIds) {

        Snapshot(List<Entry> entries, Instant refreshedAt, VacancyMatcher matcher) {
            this(entries, refreshedAt, matcher, idsOf(matcher));
        }

        /** The id the prefilter knows a skill of the snapshot's taxonomy by, or -1 for a skill of another one. */
        int idOf(Skill skill) {
            Integer id = skillIds.get(skill);
            return id == null ? -1 : id;
        }

        int skillCount() {
            return skillIds.size();
        }

        private static Map<Skill, Integer> idsOf(VacancyMatcher matcher) {
            List<Skill> skills = matcher.graph().taxonomy().skills();
            Map<Skill, Integer> ids = new HashMap<>(skills.size() * 2);
            for (int i = 0; i < skills.size(); i++) {
                ids.put(skills.get(i), i);
            }
            return Map.copyOf(ids);
        }
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /** How many market vacancies the index holds. */
    public int size() {
        return snapshot.entries().size();
    }

    /** When the index was last read from the vacancy service, empty before the first time. */
    public Optional<Instant> refreshedAt() {
        return Optional.ofNullable(snapshot.refreshedAt());
    }

    /**
     * Reads the whole market from the vacancy service again, with the matcher of the release in use, and swaps the
     * index when done. One refresh at a time; a failure leaves the index as it was.
     *
     * @return how many vacancies the index holds now
     */
    public synchronized int refresh() {
        VacancyMatcher matcher = matchers.get();
        Snapshot previous = snapshot;
        Map<UUID, Entry> before = new HashMap<>();
        if (previous.matcher() == matcher) {
            previous.entries().forEach(entry -> before.put(entry.view().id(), entry));
        }
        Snapshot reading = new Snapshot(List.of(), null, matcher,
                previous.matcher() == matcher ? previous.skillIds() : Snapshot.idsOf(matcher));
        Map<UUID, Entry> entries = new LinkedHashMap<>();
        String after = null;
        int read = 0;
        do {
            Vacancies.MarketPage page = vacancies.market(after, properties.pageSize());
            for (VacancyView view : page.vacancies()) {
                if (entries.size() >= properties.maxMarket()) {
                    log.warn("The market holds more than {} vacancies; the rest are not recommended "
                            + "(qh.analysis.recommend.max-market)", properties.maxMarket());
                    return swap(reading, entries);
                }
                Entry old = before.get(view.id());
                if (old != null && old.view().equals(view)) {
                    entries.put(view.id(), old);
                } else {
                    entries.put(view.id(), entry(reading, view));
                    read++;
                }
            }
            if (page.vacancies().isEmpty() || Objects.equals(page.next(), after)) {
                break; // a page that moves nowhere would be asked for again forever
            }
            after = page.next();
        } while (after != null);
        log.info("Market index refreshed: {} vacancies, {} read anew with taxonomy {}", entries.size(), read,
                matcher.graph().taxonomy().version());
        return swap(reading, entries);
    }

    private int swap(Snapshot reading, Map<UUID, Entry> entries) {
        snapshot = new Snapshot(List.copyOf(entries.values()), clock.instant(), reading.matcher(),
                reading.skillIds());
        return entries.size();
    }

    /** Reads a vacancy with the snapshot's matcher and weighs its skills: a required one 1, a welcome one 0.35. */
    Entry entry(Snapshot reading, VacancyView view) {
        ReadVacancy read = reading.matcher().read(view.vacancy());
        SkillTaxonomy taxonomy = reading.matcher().graph().taxonomy();
        List<Integer> ids = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        for (RequiredSkill required : read.reading().requirements().skills()) {
            int id = taxonomy.find(required.name()).map(reading::idOf).orElse(-1);
            if (id >= 0 && !ids.contains(id)) {
                ids.add(id);
                weights.add(required.importance() == Importance.MUST ? MUST : NICE);
            }
        }
        int[] skills = new int[ids.size()];
        float[] weighed = new float[ids.size()];
        float total = 0;
        for (int i = 0; i < skills.length; i++) {
            skills[i] = ids.get(i);
            weighed[i] = weights.get(i);
            total += weighed[i];
        }
        return new Entry(view, read, skills, weighed, total);
    }
}
