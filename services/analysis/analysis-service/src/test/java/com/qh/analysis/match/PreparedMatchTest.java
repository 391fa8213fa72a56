package com.qh.analysis.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.qh.skills.SkillGraph;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Matching a prepared candidate against a read vacancy is the same match, without reading either again. */
class PreparedMatchTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    static final SkillGraph GRAPH = SkillGraph.builtIn();
    final VacancyMatcher matcher = new VacancyMatcher(GRAPH, CLOCK);

    @Test
    void answersTheSameMatchForAPreparedCandidateAndAReadVacancy() {
        Candidate developer = Fixtures.seniorJavaDeveloper();
        Vacancy vacancy = Fixtures.javaVacancy();

        MatchResult once = matcher.match(developer, vacancy);
        MatchResult prepared = matcher.match(matcher.prepare(developer), matcher.read(vacancy));

        assertThat(prepared).isEqualTo(once);
        assertThat(prepared.recommendations()).isNotEmpty();
    }

    @Test
    void namesEverySkillTheProfileShowsByAnyAlias() {
        PreparedCandidate developer = matcher.prepare(Fixtures.seniorJavaDeveloper());

        assertThat(developer.skillsNamed()).extracting(skill -> skill.name())
                .contains("Java", "PostgreSQL", "Kubernetes");
    }

    @Test
    void refusesACandidatePreparedByAMatcherOfAnotherGraph() {
        VacancyMatcher other = new VacancyMatcher(SkillGraph.parse(GRAPH.taxonomy(),
                new StringReader("version test\n")), CLOCK);
        PreparedCandidate foreign = other.prepare(Fixtures.accountant());

        assertThatThrownBy(() -> matcher.match(foreign, matcher.read(Fixtures.javaVacancy())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
