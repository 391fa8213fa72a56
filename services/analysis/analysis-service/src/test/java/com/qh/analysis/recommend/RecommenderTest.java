package com.qh.analysis.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.analysis.match.Candidate;
import com.qh.analysis.match.JsonResumeCandidates;
import com.qh.analysis.match.Vacancy;
import com.qh.analysis.match.VacancyMatcher;
import com.qh.analysis.recommend.MarketIndex.Entry;
import com.qh.analysis.source.Vacancies;
import com.qh.analysis.source.VacancyView;
import com.qh.platform.web.UnprocessableException;
import com.qh.skills.Skill;
import com.qh.skills.SkillGraph;
import com.qh.skills.SkillsInUse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The market index and the prefilter on the labelled dev vacancies, without Spring. */
class RecommenderTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC);
    static final VacancyMatcher MATCHER = new VacancyMatcher(SkillGraph.builtIn(), CLOCK);
    /** The labelled dev vacancies of the match set, as the market. */
    static final List<String> MARKET = List.of("java-middle-moscow", "qa-automation-engineer",
            "senior-react-remote", "analitik-dannykh", "buhgalter-osno", "registered-nurse-medsurg",
            "menedzher-po-prodazham-b2b", "product-manager-fintech");

    final List<VacancyView> market = new ArrayList<>();
    final List<Integer> pageCalls = new ArrayList<>();
    final Vacancies vacancies = new Vacancies() {
        @Override
        public Optional<VacancyView> find(UUID userId, UUID vacancyId) {
            return Optional.empty();
        }

        @Override
        public List<VacancyView> saved(UUID userId, int limit) {
            return List.of();
        }

        @Override
        public MarketPage market(String after, int limit) {
            int from = after == null ? 0 : Integer.parseInt(after);
            int to = Math.min(market.size(), from + limit);
            pageCalls.add(from);
            return new MarketPage(market.subList(from, to), to < market.size() ? String.valueOf(to) : null);
        }
    };
    final RecommendProperties properties = new RecommendProperties(null, 3, null, 2, null);
    final MarketIndex index = new MarketIndex(MATCHER, vacancies, properties, CLOCK);

    RecommenderTest() {
        for (String name : MARKET) {
            market.add(labelledVacancy(name));
        }
    }

    @Test
    void readsTheWholeMarketPageByPageAndWeighsRequiredSkillsAboveWelcomeOnes() {
        assertThat(index.refresh()).isEqualTo(MARKET.size());

        assertThat(pageCalls).containsExactly(0, 3, 6);
        assertThat(index.refreshedAt()).contains(CLOCK.instant());
        Entry java = index.snapshot().entries().getFirst();
        assertThat(java.skills()).isNotEmpty();
        assertThat(java.weights()).contains(MarketIndex.MUST, MarketIndex.NICE);
    }

    @Test
    void readsAgainOnlyTheVacanciesThatChanged() {
        index.refresh();
        Entry before = index.snapshot().entries().get(1);
        Entry javaBefore = index.snapshot().entries().getFirst();
        VacancyView changed = market.getFirst();
        market.set(0, new VacancyView(changed.id(), changed.source(), changed.sourceId(), "New employer",
                changed.url(), changed.vacancy()));

        index.refresh();

        assertThat(index.snapshot().entries().get(1)).isSameAs(before);
        assertThat(index.snapshot().entries().getFirst()).isNotSameAs(javaBefore);
        assertThat(index.snapshot().entries().getFirst().view().employer()).isEqualTo("New employer");
    }

    @Test
    void readsEveryVacancyAgainWithTheMatcherOfANewTaxonomyRelease() {
        SkillsInUse skills = SkillsInUse.shipped();
        Supplier<VacancyMatcher> matchers = skills.perRelease(graph -> new VacancyMatcher(graph, CLOCK));
        MarketIndex released = new MarketIndex(matchers, vacancies, properties, CLOCK);
        released.refresh();
        Entry before = released.snapshot().entries().get(1);

        skills.apply(1, List.of(new Skill("Helidon", "frameworks", List.of("Oracle Helidon"))));
        released.refresh();

        MarketIndex.Snapshot after = released.snapshot();
        assertThat(after.matcher()).isSameAs(matchers.get());
        assertThat(after.matcher().graph().taxonomy().find("Helidon")).isPresent();
        assertThat(after.entries().get(1)).isNotSameAs(before);
        assertThat(after.entries().get(1).skills()).isEqualTo(before.skills());
        assertThat(after.idOf(after.matcher().graph().taxonomy().find("Helidon").orElseThrow()))
                .isNotNegative();
    }

    @Test
    void prefiltersTheVacanciesWhoseSkillsTheProfileCoversBest() {
        index.refresh();
        Recommender recommender = new Recommender(user -> Optional.empty(), vacancies, index, properties);

        Candidate javaDeveloper = JsonResumeCandidates.parse(resource("quality/match/dev/profiles/ivan-petrov.json"));
        List<Entry> chosen = recommender.prefilter(MATCHER.prepare(javaDeveloper), index.snapshot(), 2);

        assertThat(chosen).hasSize(2);
        assertThat(chosen.getFirst().view().sourceId()).isEqualTo("java-middle-moscow");
        assertThat(chosen).noneMatch(e -> e.view().sourceId().equals("registered-nurse-medsurg"));
    }

    @Test
    void countsWhatTheNearestMarketAsksForThatTheProfileDoesNotShow() {
        index.refresh();
        Candidate javaDeveloper = JsonResumeCandidates.parse(resource("quality/match/dev/profiles/ivan-petrov.json"));
        UUID ivan = UUID.randomUUID();
        Recommender recommender = new Recommender(
                user -> user.equals(ivan) ? Optional.of(javaDeveloper) : Optional.empty(), vacancies, index,
                properties);

        MarketSkillGaps gaps = recommender.skillGaps(ivan, 2, 50);

        assertThat(gaps.vacancies()).isEqualTo(2);
        assertThat(gaps.marketIndexed()).isEqualTo(MARKET.size());
        assertThat(gaps.skills()).isNotEmpty().allSatisfy(gap -> {
            assertThat(gap.vacancies()).isBetween(1, 2);
            assertThat(gap.required()).isBetween(0, gap.vacancies());
        });
        List<String> named = MATCHER.prepare(javaDeveloper).skillsNamed().stream().map(s -> s.name()).toList();
        assertThat(gaps.skills()).extracting(MarketSkillGaps.Gap::skill).doesNotContainAnyElementsOf(named)
                .doesNotContain("Java");
        assertThat(gaps.skills()).extracting(MarketSkillGaps.Gap::vacancies).isSortedAccordingTo((a, b) -> b - a);
        assertThat(recommender.skillGaps(ivan, 2, 1).skills()).hasSize(1);
        assertThatThrownBy(() -> recommender.skillGaps(UUID.randomUUID(), 2, 5))
                .isInstanceOf(UnprocessableException.class);
    }

    @Test
    void knowsASavedVacancyAndItsMarketCopyForTheSameListing() {
        VacancyView saved = new VacancyView(UUID.randomUUID(), "hh", "hh:123", null, null, market.getFirst().vacancy());
        VacancyView copy = new VacancyView(UUID.randomUUID(), "hh", "123", null, null, market.getFirst().vacancy());
        VacancyView page = new VacancyView(UUID.randomUUID(), "page", "x", null, "https://jobs.example/1",
                market.getFirst().vacancy());
        VacancyView samePage = new VacancyView(UUID.randomUUID(), "hh", "9", null, "https://jobs.example/1",
                market.getFirst().vacancy());

        assertThat(Recommender.listingKeys(saved)).containsAnyElementsOf(Recommender.listingKeys(copy));
        assertThat(Recommender.listingKeys(page)).containsAnyElementsOf(Recommender.listingKeys(samePage));
        assertThat(Recommender.listingKeys(copy)).doesNotContainAnyElementsOf(Recommender.listingKeys(samePage));
    }

    @Test
    void stopsAtAnEmptyPageThatPointsOnward() {
        Vacancies stuck = new Vacancies() {
            @Override
            public Optional<VacancyView> find(UUID userId, UUID vacancyId) {
                return Optional.empty();
            }

            @Override
            public List<VacancyView> saved(UUID userId, int limit) {
                return List.of();
            }

            @Override
            public MarketPage market(String after, int limit) {
                pageCalls.add(pageCalls.size());
                return new MarketPage(List.of(), "same");
            }
        };

        assertThat(new MarketIndex(MATCHER, stuck, properties, CLOCK).refresh()).isZero();
        assertThat(pageCalls).hasSize(1);
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> new RecommendProperties(null, 0, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecommendProperties(Duration.ZERO, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAUserWithoutAProfile() {
        Recommender recommender = new Recommender(user -> Optional.empty(), vacancies, index, properties);

        assertThatThrownBy(() -> recommender.recommend(UUID.randomUUID(), 20))
                .isInstanceOf(UnprocessableException.class);
    }

    /** A labelled dev vacancy, its source id its name and its title the Markdown heading. */
    private static VacancyView labelledVacancy(String name) {
        String text = resource("quality/match/dev/vacancies/" + name + ".md");
        String title = text.lines().filter(line -> line.startsWith("# ")).findFirst().orElse("# " + name)
                .substring(2).strip();
        return new VacancyView(UUID.randomUUID(), "hh.ru", name, "Employer of " + name, null,
                new Vacancy(title, text, null, null, null));
    }

    private static String resource(String path) {
        try (InputStream in = RecommenderTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
