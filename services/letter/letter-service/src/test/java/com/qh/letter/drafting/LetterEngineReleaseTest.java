package com.qh.letter.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.letter.source.ProfileFacts;
import com.qh.letter.source.VacancyFacts;
import com.qh.rendering.Language;
import com.qh.skills.Skill;
import com.qh.skills.SkillsInUse;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The offline engine over a skills taxonomy release: a skill only the release knows is answered with evidence. */
class LetterEngineReleaseTest {

    private static ProfileFacts jmixDeveloper() {
        return new ProfileFacts("Ivan Petrov", "Java developer", null, null, null, null, List.of(new ProfileFacts.Job(
                "Nordwind", "Java developer", YearMonth.of(2021, 3), null, true, null, List.of(
                        "Built the billing back office on Jmix, cutting month-end reporting from 3 days to 4 hours",
                        "Moved 12 services to Java 21"))), List.of("Java", "Jmix"), List.of());
    }

    private static VacancyFacts jmixVacancy() {
        return new VacancyFacts(UUID.randomUUID(), "Jmix developer", "Haulmont", "We build back offices on Jmix.",
                List.of(new VacancyFacts.Requirement("Jmix", true, "We build back offices on Jmix.")));
    }

    @Test
    void answersARequirementOnlyAReleaseNamesWithTheAchievementThatShowsIt() {
        SkillsInUse skills = SkillsInUse.shipped();
        List<LetterEngine.Evidence> shipped = new LetterEngine(skills.graph())
                .evidence(jmixDeveloper(), jmixVacancy(), Language.EN, 3);

        skills.apply(1, List.of(new Skill("Jmix", "frameworks", List.of("CUBA Platform"))));
        List<LetterEngine.Evidence> released = new LetterEngine(skills.graph())
                .evidence(jmixDeveloper(), jmixVacancy(), Language.EN, 3);

        assertThat(shipped).extracting(LetterEngine.Evidence::requirement).containsOnlyNulls();
        assertThat(released).first().satisfies(evidence -> {
            assertThat(evidence.requirement()).isEqualTo("Jmix");
            assertThat(evidence.must()).isTrue();
            assertThat(evidence.text()).startsWith("Built the billing back office on Jmix");
        });
    }
}
