package com.qh.analysis.salary;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.analysis.match.Candidate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one rule from a profile or a parsed resume to a salary query. */
class SalaryQueryTest {

    static final YearMonth NOW = YearMonth.of(2026, 12);

    @Test
    void countsOverlappingJobsOnceAndRunsACurrentJobToNow() {
        Candidate candidate = candidate("Бухгалтер", List.of(
                job("Главный бухгалтер", YearMonth.of(2020, 1), null),
                job("Бухгалтер", YearMonth.of(2019, 1), YearMonth.of(2021, 12))));

        SalaryQuery query = SalaryQuery.of(candidate, NOW).orElseThrow();

        // 2019-01 .. 2026-12 is 96 months, the overlap of 2020-2021 counted once: 8 years.
        assertThat(query.experience()).isEqualTo(Experience.MORE_THAN_6);
        assertThat(query.title()).isEqualTo("Бухгалтер");
        assertThat(query.city()).isEqualTo("Москва");
        assertThat(query.skills()).containsExactly("1С", "МСФО");
    }

    @Test
    void takesTheLatestJobsTitleWithoutAHeadline() {
        Candidate candidate = candidate(null, List.of(
                job("Бухгалтер", YearMonth.of(2019, 1), YearMonth.of(2020, 12)),
                job("Главный бухгалтер", YearMonth.of(2021, 1), null)));

        assertThat(SalaryQuery.of(candidate, NOW).orElseThrow().title()).isEqualTo("Главный бухгалтер");
    }

    @Test
    void hasNothingToAskWithoutATitle() {
        assertThat(SalaryQuery.of(candidate(" ", List.of()), NOW)).isEmpty();
    }

    private static Candidate.Job job(String title, YearMonth start, YearMonth end) {
        return new Candidate.Job(title, "ООО Ромашка", title, start, end, null, List.of());
    }

    private static Candidate candidate(String headline, List<Candidate.Job> work) {
        return new Candidate(headline, null, work, List.of(new Candidate.SkillGroup("s", "Навыки",
                List.of("1С", "МСФО", "1С"))), List.of(), List.of(), List.of(), List.of(), "Москва", Set.of(), false,
                null);
    }
}
