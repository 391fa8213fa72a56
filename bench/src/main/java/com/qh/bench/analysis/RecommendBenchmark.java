package com.qh.bench.analysis;

import com.qh.analysis.match.Candidate;
import com.qh.analysis.match.VacancyMatcher;
import com.qh.analysis.recommend.MarketIndex;
import com.qh.analysis.recommend.RecommendProperties;
import com.qh.analysis.recommend.Recommendations;
import com.qh.analysis.recommend.Recommender;
import com.qh.analysis.source.Profiles;
import com.qh.analysis.source.Vacancies;
import com.qh.analysis.source.VacancyView;
import com.qh.skills.SkillGraph;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 14's "which vacancies fit me ≤ 200 ms p50 against 10,000 market vacancies": the service's own market index
 * and recommender over {@code market} synthetic vacancies ({@link SyntheticMarket}), with 20 saved vacancies and the
 * 20-job profile; one call is one {@code GET /api/v1/analysis/recommended-vacancies?limit=20} without HTTP and gRPC
 * (the profile and saved vacancies come from memory here). {@code refresh} times the index's first read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class RecommendBenchmark {

    static final UUID USER = UUID.randomUUID();

    @Param("10000")
    int market;

    @Param("20")
    int limit;

    Recommender recommender;

    @Setup(Level.Trial)
    public void setUp() {
        VacancyMatcher matcher = new VacancyMatcher(SkillGraph.builtIn(), Clock.systemUTC());
        Candidate candidate = SyntheticMarket.twentyJobJavaDeveloper();
        List<VacancyView> store = SyntheticMarket.market(market, 14);
        List<VacancyView> saved = SyntheticMarket.market(20, 15);
        Vacancies vacancies = new Vacancies() {
            @Override
            public Optional<VacancyView> find(UUID userId, UUID vacancyId) {
                return saved.stream().filter(v -> v.id().equals(vacancyId)).findFirst();
            }

            @Override
            public List<VacancyView> saved(UUID userId, int max) {
                return saved.stream().limit(max).toList();
            }

            @Override
            public MarketPage market(String after, int max) {
                int from = after == null ? 0 : Integer.parseInt(after);
                int to = Math.min(store.size(), from + max);
                return new MarketPage(store.subList(from, to), to < store.size() ? String.valueOf(to) : null);
            }
        };
        Profiles profiles = userId -> Optional.of(candidate);
        RecommendProperties properties = RecommendProperties.defaults();
        MarketIndex index = new MarketIndex(matcher, vacancies, properties, Clock.systemUTC());
        long started = System.nanoTime();
        index.refresh();
        System.out.printf("%nmarket index: %d vacancies read in %d ms, heap used %d MB%n", index.size(),
                (System.nanoTime() - started) / 1_000_000, usedHeapMb());
        recommender = new Recommender(profiles, vacancies, index, properties);
        Recommendations sample = recommender.recommend(USER, limit);
        System.out.println("best: " + sample.vacancies().stream().limit(5)
                .map(v -> v.score() + " " + v.title() + " (" + v.origin() + ", missing " + v.topMissingSkill() + ")")
                .toList());
    }

    @Benchmark
    public Recommendations recommend() {
        return recommender.recommend(USER, limit);
    }

    private static long usedHeapMb() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    }
}
