package com.qh.analysis.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class JsonResumeCandidatesTest {

    @Test
    void readsJobsSkillsEducationLanguagesProjectsAndCertificatesWithPositionalIds() {
        Candidate candidate = JsonResumeCandidates.parse("""
                {
                  "basics": {"label": "Backend Engineer", "summary": "JVM engineer.", "location": {"city": "Moscow"}},
                  "work": [
                    {"name": "Sytno", "position": "Backend Engineer", "startDate": "2024-09",
                     "summary": "Kotlin services.", "highlights": ["Cut latency by 60%"]},
                    {"name": "Formula", "position": "Java Developer", "startDate": "2022-10-01", "endDate": "2024-08"}
                  ],
                  "skills": [{"name": "Languages", "keywords": ["Kotlin", "Java"]}, {"name": "Docker"}],
                  "education": [{"institution": "MAI", "studyType": "Bachelor", "area": "Information Systems",
                                 "startDate": "2018", "endDate": "2022-07", "courses": ["Databases"]}],
                  "languages": [{"language": "English", "fluency": "B2"}],
                  "projects": [{"name": "Bot", "description": "Telegram bot in Go", "highlights": ["200 users"]}],
                  "certificates": [{"name": "CKA", "issuer": "CNCF"}]
                }
                """);

        assertThat(candidate.headline()).isEqualTo("Backend Engineer");
        assertThat(candidate.city()).isEqualTo("Moscow");
        assertThat(candidate.work()).extracting(Candidate.Job::id).containsExactly("work-0", "work-1");
        assertThat(candidate.work().get(0).end()).as("a job without an end date is current").isNull();
        assertThat(candidate.work().get(0).highlights()).containsExactly("Cut latency by 60%");
        assertThat(candidate.work().get(1).start()).isEqualTo(YearMonth.of(2022, 10));
        assertThat(candidate.skills()).extracting(Candidate.SkillGroup::keywords)
                .containsExactly(java.util.List.of("Kotlin", "Java"), java.util.List.of("Docker"));
        assertThat(candidate.education().getFirst().start()).isEqualTo(YearMonth.of(2018, 1));
        assertThat(candidate.education().getFirst().courses()).containsExactly("Databases");
        assertThat(candidate.languages().getFirst().level()).isEqualTo("B2");
        assertThat(candidate.projects().getFirst().id()).isEqualTo("projects-0");
        assertThat(candidate.certificates().getFirst().name()).isEqualTo("CKA");
    }

    @Test
    void readsAnEmptyResumeAsAnEmptyCandidate() {
        Candidate candidate = JsonResumeCandidates.parse("{}");

        assertThat(candidate.work()).isEmpty();
        assertThat(candidate.summary()).isNull();
    }

    @Test
    void refusesTextThatIsNotAJsonObject() {
        assertThatThrownBy(() -> JsonResumeCandidates.parse("[1, 2]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JsonResumeCandidates.parse("{not json")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Not a JSON Resume document");
    }

    @Test
    void leavesAnUnreadableDateOutRatherThanGuessing() {
        assertThat(JsonResumeCandidates.month("2024-13")).isNull();
        assertThat(JsonResumeCandidates.month("September 2024")).isNull();
        assertThat(JsonResumeCandidates.month("2024-02-29")).isEqualTo(YearMonth.of(2024, 2));
    }
}
