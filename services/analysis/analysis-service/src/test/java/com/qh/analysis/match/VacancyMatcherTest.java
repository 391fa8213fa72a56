package com.qh.analysis.match;

import static com.qh.analysis.match.Fixtures.accountant;
import static com.qh.analysis.match.Fixtures.bachelor;
import static com.qh.analysis.match.Fixtures.candidate;
import static com.qh.analysis.match.Fixtures.english;
import static com.qh.analysis.match.Fixtures.job;
import static com.qh.analysis.match.Fixtures.javaVacancy;
import static com.qh.analysis.match.Fixtures.seniorJavaDeveloper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.qh.analysis.match.MatchResult.Evidence;
import com.qh.analysis.match.MatchResult.Importance;
import com.qh.analysis.match.MatchResult.Kind;
import com.qh.analysis.match.MatchResult.Recommendation;
import com.qh.analysis.match.MatchResult.RecommendationKind;
import com.qh.analysis.match.MatchResult.RequirementLine;
import com.qh.analysis.match.MatchResult.SkillExperience;
import com.qh.analysis.match.MatchResult.Status;
import com.qh.analysis.match.MatchResult.UnscoredRequirement;
import com.qh.skills.SkillGraph;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VacancyMatcherTest {

    private static final Clock DECEMBER_2026 = Clock.fixed(Instant.parse("2026-12-15T10:00:00Z"), ZoneOffset.UTC);

    private final VacancyMatcher matcher = new VacancyMatcher(SkillGraph.builtIn(), DECEMBER_2026);

    private static RequirementLine line(MatchResult result, String requirement) {
        return result.requirements().stream().filter(line -> line.requirement().equals(requirement)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + requirement + " in " + result.requirements()));
    }

    private static RequirementLine lineOf(MatchResult result, Kind kind) {
        return result.requirements().stream().filter(line -> line.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void meetsEveryRequirementOfAStrongFitWithEvidenceFromTheProfileAndScoresHigh() {
        MatchResult result = matcher.match(seniorJavaDeveloper(), javaVacancy());

        assertThat(result.requirements()).filteredOn(line -> line.importance() == Importance.MUST)
                .allSatisfy(line -> assertThat(line.status()).as(line.requirement()).isEqualTo(Status.MET));
        assertThat(line(result, "Apache Kafka").evidence()).contains(new Evidence("work", "work-0",
                "Перевёл обмен статусами на события в Kafka, задержка упала с 30 до 2 секунд"));
        assertThat(result.missingSkills()).isEmpty();
        assertThat(result.score()).isGreaterThanOrEqualTo(85);
        assertThat(result.parts().experience()).isEqualTo(100);
        assertThat(result.parts().location()).isNull();
        assertThat(result.taxonomyVersion()).isEqualTo(SkillGraph.builtIn().taxonomy().version());
    }

    @Test
    void understandsAliasesInRussianAndEnglish() {
        Candidate candidate = candidate(List.of(job("work-0", "X", "Backend developer", "2020-01", null,
                        "Сервисы на Java, база Постгрес, кластер k8s.")), List.of(), List.of(), List.of());

        MatchResult result = matcher.match(candidate, javaVacancy());

        assertThat(line(result, "PostgreSQL").status()).isEqualTo(Status.MET);
        assertThat(line(result, "Kubernetes").status()).isEqualTo(Status.MET);
        assertThat(line(result, "Kubernetes").evidence()).extracting(Evidence::text)
                .containsExactly("Сервисы на Java, база Постгрес, кластер k8s.");
    }

    @Test
    void meetsSpringThroughSpringBootAndSqlThroughPostgresql() {
        Candidate candidate = candidate(List.of(job("work-0", "X", "Разработчик", "2020-01", null,
                "Сервисы на Spring Boot и PostgreSQL.")), List.of(), List.of(), List.of());

        MatchResult result = matcher.match(candidate, javaVacancy());

        RequirementLine spring = line(result, "Уверенное знание Spring (Spring Boot, Spring Data)");
        assertThat(spring.status()).isEqualTo(Status.MET);
        assertThat(spring.skills()).contains("Spring Framework", "Spring Boot", "Spring Data");
        assertThat(line(result, "SQL").status()).isEqualTo(Status.MET);
        assertThat(line(result, "SQL").evidence()).extracting(Evidence::text)
                .containsExactly("Сервисы на Spring Boot и PostgreSQL.");
    }

    @Test
    void countsRabbitMqAsPartlyMeetingKafkaAndListsKafkaAsMissingOnlyWhenNothingIsClose() {
        Candidate rabbit = candidate(List.of(job("work-0", "X", "Java Developer", "2020-01", null,
                "Integrated services over RabbitMQ.")), List.of(), List.of(), List.of());
        Candidate nothing = candidate(List.of(job("work-0", "X", "Java Developer", "2020-01", null,
                "REST services in Java.")), List.of(), List.of(), List.of());

        MatchResult close = matcher.match(rabbit, javaVacancy());
        MatchResult none = matcher.match(nothing, javaVacancy());

        assertThat(line(close, "Apache Kafka").status()).isEqualTo(Status.PARTIAL);
        assertThat(line(close, "Apache Kafka").evidence()).extracting(Evidence::text)
                .containsExactly("Integrated services over RabbitMQ.");
        assertThat(close.missingSkills()).doesNotContain("Apache Kafka");
        assertThat(line(none, "Apache Kafka").status()).isEqualTo(Status.MISSING);
        assertThat(line(none, "Apache Kafka").evidence()).isEmpty();
        assertThat(none.missingSkills()).contains("Apache Kafka");
    }

    @Test
    void showsTheRequirementsAndDutiesItCannotWeighInTheVacancysWordsInsteadOfDroppingThem() {
        Vacancy bricklayer = new Vacancy("Bricklayer", """
                Bricklayer – New-Build Housing
                Ouzel Homes builds around 400 homes a year.
                What you'll be doing
                - Fitting lintels and cavity closers to the drawings
                What we need from you
                - At least 2 years' experience as a bricklayer on site
                - Comfortable laying to line and level by eye on long courses
                - Teamwork and clear communication with the site manager
                - No previous experience of new-build required
                Desirable
                - Feature arches and corbelled detailing on show elevations
                What we offer
                - Weekly pay, a company pension and a van for the gang
                """, null, null, null);

        MatchResult result = matcher.match(accountant(), bricklayer);

        assertThat(result.unscored()).containsExactly(
                new UnscoredRequirement("Comfortable laying to line and level by eye on long courses", Importance.MUST,
                        false),
                new UnscoredRequirement("Feature arches and corbelled detailing on show elevations", Importance.PLUS,
                        false),
                new UnscoredRequirement("Fitting lintels and cavity closers to the drawings", Importance.PLUS, true));
        assertThat(result.requirements()).extracting(RequirementLine::source)
                .contains("At least 2 years' experience as a bricklayer on site",
                        "Teamwork and clear communication with the site manager");
    }

    @Test
    void putsMustLinesBeforePlusLinesAndReadsDutiesAsPluses() {
        MatchResult result = matcher.match(accountant(), javaVacancy());

        List<Importance> order = result.requirements().stream().map(RequirementLine::importance).toList();
        assertThat(order).isSortedAccordingTo(Enum::compareTo);
        assertThat(line(result, "Microservices").importance()).isEqualTo(Importance.PLUS);
        assertThat(lineOf(result, Kind.EXPERIENCE).importance()).isEqualTo(Importance.MUST);
        assertThat(lineOf(result, Kind.LANGUAGE).importance()).isEqualTo(Importance.PLUS);
    }

    @Test
    void scoresAnAccountantFarBelowAJavaDeveloperForAJavaVacancy() {
        int developer = matcher.match(seniorJavaDeveloper(), javaVacancy()).score();
        MatchResult accountant = matcher.match(accountant(), javaVacancy());

        assertThat(accountant.score()).isLessThan(15).isLessThan(developer - 50);
        assertThat(accountant.missingSkills()).contains("Java", "Apache Kafka", "PostgreSQL");
        assertThat(accountant.parts().skills()).isZero();
    }

    @Test
    void countsYearsPerSkillFromJobDatesWithTheCurrentJobRunningToNow() {
        MatchResult result = matcher.match(seniorJavaDeveloper(), javaVacancy());

        // work-0: 2023-03 to now (2026-12) = 46 months; work-1: 2021-06 to 2023-02 = 21 months.
        assertThat(result.experienceBySkill()).extracting(SkillExperience::skill, SkillExperience::years)
                .contains(tuple("Apache Kafka", 3.8), tuple("Java", 5.6), tuple("PostgreSQL", 5.6));
        assertThat(result.experienceBySkill()).filteredOn(e -> e.skill().equals("Spring Data"))
                .extracting(SkillExperience::entryIds).containsExactly(List.of("work-1"));
    }

    @Test
    void meetsHalfTheYearsAskedOnlyPartlyAndCountsOverlappingJobsOnce() {
        Candidate junior = candidate(List.of(
                job("work-0", "X", "Junior Java Developer", "2025-06", null, "Java и Spring Boot."),
                job("work-1", "Y", "Java Developer (part-time)", "2025-09", "2026-03", "Java.")),
                List.of(), List.of(), List.of());

        RequirementLine experience = lineOf(matcher.match(junior, javaVacancy()), Kind.EXPERIENCE);

        // 19 months of 36: over half, under all.
        assertThat(experience.status()).isEqualTo(Status.PARTIAL);
        assertThat(experience.evidence()).as("most recent first").extracting(Evidence::entryId)
                .containsExactly("work-1", "work-0");
    }

    @Test
    void countsHalfTheYearsOfAJobWhoseTitleNamesNoKnownRole() {
        Candidate lead = candidate(List.of(job("work-0", "X", "Team Lead", "2020-01", "2025-12", "Java.")),
                List.of(), List.of(), List.of());

        RequirementLine experience = lineOf(matcher.match(lead, javaVacancy()), Kind.EXPERIENCE);

        // 6 years at half: exactly the 3 asked.
        assertThat(experience.status()).isEqualTo(Status.MET);
    }

    @Test
    void doesNotCountJavaTestCodeAsJavaDevelopmentYears() {
        Candidate tester = candidate(List.of(job("work-0", "X", "QA Automation Engineer", "2020-01", null,
                "UI tests in Java and Selenide.")), List.of(), List.of(), List.of());

        RequirementLine experience = lineOf(matcher.match(tester, javaVacancy()), Kind.EXPERIENCE);

        assertThat(experience.status()).isEqualTo(Status.MISSING);
    }

    @Test
    void takesASkillShownOnlyInSideProjectsOrBeingLearntAsPartlyMet() {
        Candidate learner = new Candidate("Java developer", "Изучаю Kafka по курсу.", List.of(
                job("work-0", "X", "Java Developer", "2020-01", null, "Java.")), List.of(), List.of(),
                List.of(), List.of(new Candidate.Project("projects-0", "Pet", "Бот на Kubernetes", List.of())),
                List.of(), null, Set.of(), false, null);

        MatchResult result = matcher.match(learner, javaVacancy());

        assertThat(line(result, "Apache Kafka").status()).isEqualTo(Status.PARTIAL);
        assertThat(line(result, "Kubernetes").status()).isEqualTo(Status.PARTIAL);
        assertThat(line(result, "Kubernetes").evidence()).extracting(Evidence::section).containsExactly("projects");
    }

    @Test
    void meetsALanguageAtTheLevelAskedPartlyOneLevelBelowAndNotTwoBelow() {
        assertThat(languageStatus("C1 Advanced")).isEqualTo(Status.MET);
        assertThat(languageStatus("Upper-Intermediate")).isEqualTo(Status.MET);
        assertThat(languageStatus("B1")).isEqualTo(Status.PARTIAL);
        assertThat(languageStatus("A2")).isEqualTo(Status.MISSING);
        assertThat(languageStatus(null)).isEqualTo(Status.PARTIAL);
    }

    private Status languageStatus(String level) {
        Candidate candidate = candidate(List.of(), List.of(), List.of(), List.of(english(level)));
        return lineOf(matcher.match(candidate, javaVacancy()), Kind.LANGUAGE).status();
    }

    @Test
    void meetsATechnicalDegreeOnlyWithATechnicalFieldAndAFinishedOne() {
        assertThat(educationStatus(bachelor("Прикладная информатика"))).isEqualTo(Status.MET);
        assertThat(educationStatus(bachelor("Маркетинг"))).isEqualTo(Status.PARTIAL);
        assertThat(educationStatus(new Candidate.Study("education-0", "МГТУ", "Бакалавр", "Информатика",
                java.time.YearMonth.of(2024, 9), java.time.YearMonth.of(2028, 6), List.of())))
                .isEqualTo(Status.PARTIAL);
    }

    private Status educationStatus(Candidate.Study study) {
        Candidate candidate = candidate(List.of(), List.of(), List.of(study), List.of());
        return lineOf(matcher.match(candidate, javaVacancy()), Kind.EDUCATION).status();
    }

    @Test
    void scoresLocationAndSalaryOnlyWhenBothSidesSayAndLowersThemForAMismatch() {
        Candidate muscovite = new Candidate(null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), "Москва", Set.of(WorkFormat.HYBRID), false, new Salary(400_000L, null, "RUB"));
        Vacancy office = new Vacancy("Java", Fixtures.JAVA_VACANCY, "Moscow", WorkFormat.HYBRID,
                new Salary(250_000L, 320_000L, "RUB"));
        Vacancy elsewhere = new Vacancy("Java", Fixtures.JAVA_VACANCY, "Казань", WorkFormat.ONSITE,
                new Salary(250_000L, 500_000L, "RUB"));

        MatchResult sameCityTooDear = matcher.match(muscovite, office);
        MatchResult otherCityAffordable = matcher.match(muscovite, elsewhere);

        assertThat(sameCityTooDear.parts().location()).isEqualTo(100);
        assertThat(sameCityTooDear.parts().salary()).isEqualTo(50);
        assertThat(otherCityAffordable.parts().location()).isEqualTo(10);
        assertThat(otherCityAffordable.parts().salary()).isEqualTo(100);
        assertThat(matcher.match(muscovite, javaVacancy()).parts().salary()).isNull();
    }

    @Test
    void recommendsListingASkillTheJobsShowWithTheScoreItWouldAdd() {
        Candidate unlisted = candidate(List.of(job("work-0", "X", "Java-разработчик", "2019-01", null,
                "Сервисы на Spring Boot, PostgreSQL и Kafka, 12 сервисов.")), List.of("Java"),
                List.of(bachelor("Информатика")), List.of(english("B2")));

        MatchResult result = matcher.match(unlisted, javaVacancy());

        assertThat(result.recommendations()).filteredOn(r -> r.kind() == RecommendationKind.ADD_SKILL)
                .extracting(Recommendation::section).contains("skills");
        Recommendation kafka = result.recommendations().stream()
                .filter(r -> r.kind() == RecommendationKind.ADD_SKILL && r.en().contains("Apache Kafka"))
                .findFirst().orElseThrow();
        assertThat(kafka.gain()).isPositive();
        assertThat(kafka.ru()).contains("Apache Kafka").contains("навыков");
    }

    @Test
    void recommendsLearningWhatIsTrulyMissingMustsBeforePluses() {
        Candidate noKafkaNoK8s = candidate(List.of(job("work-0", "X", "Java-разработчик", "2019-01", null,
                "Сервисы на Spring Boot и PostgreSQL, 12 сервисов.")), List.of("Java", "Spring Boot", "PostgreSQL"),
                List.of(bachelor("Информатика")), List.of(english("B2")));

        List<Recommendation> learn = matcher.match(noKafkaNoK8s, javaVacancy()).recommendations().stream()
                .filter(r -> r.kind() == RecommendationKind.LEARN).toList();

        assertThat(learn).extracting(Recommendation::en).first().asString().contains("Apache Kafka");
        assertThat(learn).extracting(Recommendation::en).anyMatch(text -> text.contains("Kubernetes"));
        assertThat(learn.getFirst().gain()).isGreaterThan(learn.getLast().gain());
        assertThat(learn.getFirst().ru()).startsWith("Изучите «Apache Kafka»");
    }

    @Test
    void ranksRecommendationsByGainAndPointsEachAtASection() {
        List<Recommendation> recommendations = matcher.match(accountant(), javaVacancy()).recommendations();

        assertThat(recommendations).isNotEmpty()
                .extracting(Recommendation::gain).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(recommendations).allSatisfy(r -> {
            assertThat(r.section()).isNotBlank();
            assertThat(r.en()).isNotBlank();
            assertThat(r.ru()).isNotBlank();
        });
    }

    @Test
    void recommendsQuantifyingABulletOfARelevantJobThatHasNoNumbers() {
        Candidate vague = candidate(List.of(job("work-0", "X", "Java-разработчик", "2019-01", null,
                "Разработка на Java и Spring Boot.", "Улучшил производительность сервиса на Kafka")),
                List.of("Java"), List.of(), List.of());

        Recommendation quantify = matcher.match(vague, javaVacancy()).recommendations().stream()
                .filter(r -> r.kind() == RecommendationKind.QUANTIFY_ACHIEVEMENT).findFirst().orElseThrow();

        assertThat(quantify.entryId()).isEqualTo("work-0");
        assertThat(quantify.gain()).isPositive();
        assertThat(quantify.en()).contains("Улучшил производительность сервиса на Kafka");
    }

    @Test
    void recommendsNamingTheRequiredTechnologyInJobsWhoseYearsDoNotCountYet() {
        Candidate silent = candidate(List.of(
                job("work-0", "X", "Backend Developer", "2025-01", null, "Платёжные сервисы, 3 команды."),
                job("work-1", "Y", "Java Developer", "2020-01", "2020-12", "Java.")),
                List.of("Java"), List.of(), List.of());

        Recommendation years = matcher.match(silent, javaVacancy()).recommendations().stream()
                .filter(r -> r.kind() == RecommendationKind.STATE_YEARS).findFirst().orElseThrow();

        assertThat(years.entryId()).isEqualTo("work-0");
        assertThat(years.gain()).isPositive();
        assertThat(years.en()).startsWith("Name Java in the jobs where you used it");
    }

    @Test
    void recommendsFillingSectionsTheVacancyAsksAboutWhenTheProfileLacksThem() {
        Candidate bare = candidate(List.of(job("work-0", "X", "Java-разработчик", "2019-01", null, "Java.")),
                List.of("Java"), List.of(), List.of());

        List<Recommendation> fill = matcher.match(bare, javaVacancy()).recommendations().stream()
                .filter(r -> r.kind() == RecommendationKind.FILL_SECTION).toList();

        assertThat(fill).extracting(Recommendation::section).contains("education", "languages");
        assertThat(fill).filteredOn(r -> r.section().equals("education")).first()
                .extracting(Recommendation::gain).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isPositive();
    }
}
