package com.qh.bench.analysis;

import com.qh.analysis.match.Candidate;
import com.qh.analysis.match.MatchResult;
import com.qh.analysis.match.PreparedCandidate;
import com.qh.analysis.match.ReadVacancy;
import com.qh.analysis.match.Vacancy;
import com.qh.analysis.match.VacancyMatcher;
import com.qh.skills.SkillGraph;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 14's "a 20-job profile against a one-page vacancy ≤ 20 ms p50 warm": {@code match} is what
 * {@code POST /api/v1/analysis/match} does per request (read the vacancy, then match); {@code matchReadVacancy} is
 * the match with the vacancy read before; {@code matchPreparedCandidateAndReadVacancy} the match with both read
 * before, as the recommender runs it on each indexed vacancy. Sample time, so JMH prints p50 and p99.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class MatchBenchmark {

    VacancyMatcher matcher;
    Candidate candidate;
    Vacancy vacancy;
    ReadVacancy read;
    PreparedCandidate prepared;

    @Setup
    public void setUp() {
        matcher = new VacancyMatcher(SkillGraph.builtIn(), Clock.systemUTC());
        candidate = SyntheticMarket.twentyJobJavaDeveloper();
        vacancy = SyntheticMarket.onePageJavaVacancy();
        read = matcher.read(vacancy);
        prepared = matcher.prepare(candidate);
    }

    @Benchmark
    public MatchResult match() {
        return matcher.match(candidate, vacancy);
    }

    @Benchmark
    public MatchResult matchReadVacancy() {
        return matcher.match(candidate, read);
    }

    @Benchmark
    public MatchResult matchPreparedCandidateAndReadVacancy() {
        return matcher.match(prepared, read);
    }
}
