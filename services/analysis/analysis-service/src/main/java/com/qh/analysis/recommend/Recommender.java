package com.qh.analysis.recommend;

import com.qh.analysis.match.Candidate;
import com.qh.analysis.match.MatchResult;
import com.qh.analysis.match.PreparedCandidate;
import com.qh.analysis.match.ReadVacancy;
import com.qh.analysis.match.Vacancy;
import com.qh.analysis.match.VacancyMatcher;
import com.qh.analysis.recommend.MarketIndex.Entry;
import com.qh.analysis.recommend.RecommendedVacancy.Origin;
import com.qh.analysis.source.Profiles;
import com.qh.analysis.source.Vacancies;
import com.qh.analysis.source.VacancyView;
import com.qh.platform.web.UnprocessableException;
import com.qh.skills.Skill;
import com.qh.skills.SkillGraph;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

/**
 * Ranks the user's saved vacancies and the market for their profile. The full matcher costs about a millisecond a
 * vacancy, too much for ten thousand per request; so a prefilter scores every market vacancy by the weighted share
 * of its skills the profile shows (directly or through a skill implying it; an adjacent skill counts half), a few
 * array lookups each, and only the best {@code candidates} and the saved vacancies get the full match. A request
 * matches with the matcher the market index's snapshot was read with (the skills taxonomy release it was read with),
 * so that the profile, the saved vacancies and the market are read alike.
 */
public final class Recommender {

    private static final int READ_CACHE = 2_000;

    private final Profiles profiles;
    private final Vacancies vacancies;
    private final MarketIndex market;
    private final RecommendProperties properties;
    /**
     * Saved vacancies read before, by their content and the matcher that read them: a saved vacancy is read again
     * only when it changed or a taxonomy release came.
     */
    private final Map<Reading, ReadVacancy> readings = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Reading, ReadVacancy> eldest) {
                    return size() > READ_CACHE;
                }
            });

    /** A vacancy as one matcher reads it; matchers are equal only to themselves. */
    private record Reading(VacancyMatcher matcher, Vacancy vacancy) {
    }

    public Recommender(Profiles profiles, Vacancies vacancies, MarketIndex market, RecommendProperties properties) {
        this.profiles = profiles;
        this.vacancies = vacancies;
        this.market = market;
        this.properties = properties;
    }

    /**
     * The user's best fits, at most {@code limit}.
     *
     * @throws UnprocessableException when the user has no profile yet
     */
    public Recommendations recommend(UUID userId, int limit) {
        Candidate profile = profiles.candidateOf(userId).orElseThrow(() -> new UnprocessableException("no-profile",
                "There is no profile to rank vacancies for yet: fill in your profile first."));
        MarketIndex.Snapshot snapshot = market.snapshot();
        VacancyMatcher matcher = snapshot.matcher();
        PreparedCandidate candidate = matcher.prepare(profile);
        List<Scored> scored = new ArrayList<>();
        Set<String> savedSources = new HashSet<>();
        for (VacancyView view : vacancies.saved(userId, properties.saved())) {
            ReadVacancy read = readings.computeIfAbsent(new Reading(matcher, view.vacancy()),
                    reading -> matcher.read(reading.vacancy()));
            scored.add(new Scored(view, Origin.SAVED, matcher.match(candidate, read)));
            savedSources.addAll(listingKeys(view));
        }
        for (Entry entry : prefilter(candidate, snapshot, Math.max(limit, properties.candidates()))) {
            VacancyView view = entry.view();
            if (listingKeys(view).stream().anyMatch(savedSources::contains)) {
                continue; // the user saved this one: it is listed as theirs
            }
            scored.add(new Scored(view, Origin.MARKET, matcher.match(candidate, entry.read())));
        }
        scored.sort(Comparator.comparingInt((Scored s) -> s.result.score()).reversed()
                .thenComparing(s -> s.origin));
        List<RecommendedVacancy> best = scored.stream().limit(limit).map(Scored::view).toList();
        return new Recommendations(best, snapshot.entries().size(), snapshot.refreshedAt());
    }

    /**
     * What tells that a saved vacancy and a market one are the same listing: the source with its id (a saved
     * vacancy's id may carry the source as a prefix, {@code hh:123}; a market one's is bare, {@code 123}), and the
     * page address.
     */
    static List<String> listingKeys(VacancyView view) {
        List<String> keys = new ArrayList<>(2);
        if (view.source() != null && view.sourceId() != null && !view.sourceId().isBlank()) {
            String source = view.source().toLowerCase(Locale.ROOT);
            String id = view.sourceId().strip();
            if (id.toLowerCase(Locale.ROOT).startsWith(source + ":")) {
                id = id.substring(source.length() + 1);
            }
            keys.add(source + ":" + id);
        }
        if (view.url() != null && !view.url().isBlank()) {
            keys.add("url:" + view.url().strip());
        }
        return keys;
    }

    private record Scored(VacancyView vacancy, Origin origin, MatchResult result) {

        RecommendedVacancy view() {
            var v = vacancy.vacancy();
            String missing = result.missingSkills().isEmpty() ? null : result.missingSkills().getFirst();
            return new RecommendedVacancy(vacancy.id(), origin, v.title(), vacancy.employer(), v.city(),
                    vacancy.url(), result.score(), missing);
        }
    }

    /**
     * The {@code count} market vacancies whose skills the profile covers best: the weighted share of a vacancy's
     * skills that the profile names or implies (an adjacent skill counts half). Vacancies naming no skill of the
     * taxonomy score nothing here and are left to the full match of saved vacancies.
     */
    List<Entry> prefilter(PreparedCandidate candidate, MarketIndex.Snapshot snapshot, int count) {
        return prefilter(shows(candidate, snapshot), snapshot.entries(), count);
    }

    private List<Entry> prefilter(Shown shows, List<Entry> entries, int count) {
        BitSet shown = shows.skills();
        BitSet adjacent = shows.adjacent();
        PriorityQueue<Ranked> best = new PriorityQueue<>(Comparator.comparingDouble(Ranked::overlap));
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.total() == 0) {
                continue;
            }
            float covered = 0;
            int[] skills = entry.skills();
            float[] weights = entry.weights();
            for (int s = 0; s < skills.length; s++) {
                if (shown.get(skills[s])) {
                    covered += weights[s];
                } else if (adjacent.get(skills[s])) {
                    covered += weights[s] / 2;
                }
            }
            if (covered == 0) {
                continue;
            }
            // A vacancy naming more skills the profile shows is the surer fit of two with the same share.
            float overlap = covered / entry.total() + covered / 1000f;
            if (best.size() < count) {
                best.add(new Ranked(i, overlap));
            } else if (overlap > best.peek().overlap()) {
                best.poll();
                best.add(new Ranked(i, overlap));
            }
        }
        List<Entry> chosen = new ArrayList<>(best.size());
        best.stream().sorted(Comparator.comparingDouble(Ranked::overlap).reversed())
                .forEach(ranked -> chosen.add(entries.get(ranked.index())));
        return chosen;
    }

    /**
     * The skills asked for most often in the {@code nearest} market vacancies the prefilter finds closest to the
     * user's profile, among those the profile neither names nor implies: what the part of the market the person
     * aims at wants and they do not show. At most {@code limit}, most asked for first.
     *
     * @throws UnprocessableException when the user has no profile yet
     */
    public MarketSkillGaps skillGaps(UUID userId, int nearest, int limit) {
        Candidate profile = profiles.candidateOf(userId).orElseThrow(() -> new UnprocessableException("no-profile",
                "There is no profile to compare with the market yet: fill in your profile first."));
        MarketIndex.Snapshot snapshot = market.snapshot();
        VacancyMatcher matcher = snapshot.matcher();
        PreparedCandidate candidate = matcher.prepare(profile);
        Shown shows = shows(candidate, snapshot);
        List<Entry> near = prefilter(shows, snapshot.entries(), nearest);
        BitSet shown = shows.skills();
        int[] asked = new int[snapshot.skillCount()];
        int[] required = new int[snapshot.skillCount()];
        for (Entry entry : near) {
            for (int s = 0; s < entry.skills().length; s++) {
                int skill = entry.skills()[s];
                if (!shown.get(skill)) {
                    asked[skill]++;
                    if (entry.weights()[s] == MarketIndex.MUST) {
                        required[skill]++;
                    }
                }
            }
        }
        List<Skill> skills = matcher.graph().taxonomy().skills();
        List<MarketSkillGaps.Gap> gaps = new ArrayList<>();
        for (int id = 0; id < asked.length; id++) {
            if (asked[id] > 0) {
                gaps.add(new MarketSkillGaps.Gap(skills.get(id).name(), asked[id], required[id]));
            }
        }
        gaps.sort(Comparator.comparingInt(MarketSkillGaps.Gap::vacancies).reversed()
                .thenComparing(Comparator.comparingInt(MarketSkillGaps.Gap::required).reversed())
                .thenComparing(MarketSkillGaps.Gap::skill));
        return new MarketSkillGaps(gaps.stream().limit(limit).toList(), near.size(), snapshot.entries().size(),
                snapshot.refreshedAt());
    }

    /** The skills the profile names or implies, and those adjacent to them, by the snapshot's skill ids. */
    private Shown shows(PreparedCandidate candidate, MarketIndex.Snapshot snapshot) {
        SkillGraph graph = snapshot.matcher().graph();
        Shown shows = new Shown(new BitSet(snapshot.skillCount()), new BitSet(snapshot.skillCount()));
        for (Skill named : candidate.skillsNamed()) {
            for (Skill implied : graph.closure(named)) {
                set(snapshot, shows.skills(), implied);
                graph.adjacent(implied).forEach(near -> set(snapshot, shows.adjacent(), near));
            }
        }
        return shows;
    }

    private record Shown(BitSet skills, BitSet adjacent) {
    }

    private static void set(MarketIndex.Snapshot snapshot, BitSet bits, Skill skill) {
        int id = snapshot.idOf(skill);
        if (id >= 0) {
            bits.set(id);
        }
    }

    private record Ranked(int index, double overlap) {
    }
}
