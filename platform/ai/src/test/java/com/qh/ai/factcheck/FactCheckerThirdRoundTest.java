package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Failure classes of the third generalising round (FACTCHECK.md), each on profiles of the team's own: the employer's
 * side of a letter (the post applied for, the terms accepted, a heading taken from the vacancy), figures counted in
 * other words, list items and credentials read too widely, a phrase taken from what the vacancy would welcome, a
 * year of working that is a course's, and a grade of category.
 */
class FactCheckerThirdRoundTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DEPOT_VACANCY = "Northfleet Haulage is recruiting Class 1 Tanker Drivers for our "
            + "Tilbury depot on a four-on, four-off shift pattern. You need a C+E licence. Experience of bottom "
            + "loading is essential; experience with vapour recovery systems is a bonus.";

    @Test
    void readsThePostAppliedForAndTheTermsAcceptedAsTheVacancys() {
        Evidence driver = Evidence.of(driver(), new Evidence.Target("Northfleet Haulage", "Class 1 Tanker Driver",
                DEPOT_VACANCY));

        assertThat(CHECKER.check("I am applying for the Class 1 Tanker Driver position at your Tilbury depot.", driver)
                .unsupported()).isEmpty();
        assertThat(CHECKER.check("A four-on, four-off pattern would suit me well.", driver).unsupported()).isEmpty();
        // what the candidate says about themselves after the post applied for is still read
        assertThat(spans(CHECKER.check("I am applying for the Tanker Driver position with six years at Stobart.",
                driver))).contains("Stobart");
        // words the vacancy does not write are no part of what is applied for
        assertThat(spans(CHECKER.check("I am applying for the Class 1 Tanker Driver position at your Grays depot.",
                driver))).isNotEmpty();
    }

    @Test
    void readsAHeadingMadeOfTheVacancysWordsAndAGreetingAsNoClaim() {
        Evidence officer = Evidence.of(officer(), new Evidence.Target("Probation Service", "Senior Probation Officer",
                "Please show how you meet the behaviours Leadership and Developing Self and Others."));

        assertThat(CHECKER.check("Developing Self and Others: I mentor two newly qualified officers.", officer)
                .unsupported()).isEmpty();
        assertThat(CHECKER.check("Уважаемые члены конкурсной комиссии!\n\nПрошу рассмотреть мою кандидатуру.",
                Evidence.of(docent())).unsupported()).isEmpty();
    }

    @Test
    void readsAFigureOfTheProfilesCountedInOtherWordsAndAChangeWithItsSlack() {
        Evidence driver = Evidence.of(driver());

        // the profile counts 42 "vehicles" of the fleet and 3 "tankers" of one make
        assertThat(CHECKER.check("I drove in a fleet of 42 tankers.", driver).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I trained 7 new drivers.", driver))).containsExactly("7");
        // from 300 to 420 drops a week is 40 %
        assertThat(CHECKER.check("I raised drops from 300 to 420 a week, an increase of more than 35 percent.",
                driver).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I raised drops from 300 to 420 a week, an increase of 60 percent.", driver)))
                .containsExactly("60 percent");
    }

    @Test
    void readsNoIntroducingWordVerbOrRelativeClauseAsAListItemAndNoGoalAsACredential() {
        Evidence driver = Evidence.of(driver());

        assertThat(CHECKER.check("I haul fuel, chemicals and tankers, including bitumen.", driver)
                .unsupported()).isEmpty();
        assertThat(CHECKER.check("I support 2 new drivers to qualification.", driver).unsupported()).isEmpty();
        Evidence docent = Evidence.of(docent());
        assertThat(CHECKER.check("Читаю «Котельные установки», «Тепловые схемы», веду практические и лабораторные занятия.", docent)
                .unsupported()).isEmpty();
        assertThat(CHECKER.check("Учёное звание доцента получил в 2020 году.", docent).unsupported()).isEmpty();
    }

    @Test
    void knowsAnInstitutionByItsNamesakeAndAProductByAnyFormOfItsPronoun() {
        Evidence docent = Evidence.of(docent());

        assertThat(CHECKER.check("До вуза три года работал в Институте имени Кржижановского.", docent).unsupported())
                .isEmpty();
        assertThat(CHECKER.check("Каждый день работаю с «Моим кабинетом» и Thermoflow.", docent).unsupported())
                .isEmpty();
    }

    @Test
    void flagsAPhraseTakenFromWhatTheVacancyWouldWelcome() {
        Evidence driver = Evidence.of(driver(), new Evidence.Target("Northfleet Haulage", "Class 1 Tanker Driver",
                DEPOT_VACANCY));

        assertThat(spans(CHECKER.check("I also use vapour recovery systems on every delivery.", driver)))
                .containsExactly("vapour recovery systems");
        // a word the vacancy welcomes, alone
        assertThat(spans(CHECKER.check("At Wincanton I also ran bitumen and petrochemical loads.",
                Evidence.of(driver(), new Evidence.Target("Northfleet Haulage", "Class 1 Tanker Driver",
                        "Petrochemical experience would be an advantage.")))))
                .containsExactly("petrochemical");
        // what the profile holds, and a wish, are not borrowed
        assertThat(CHECKER.check("I would like to learn vapour recovery systems.", driver).unsupported()).isEmpty();
        assertThat(CHECKER.check("I do bottom loading on every shift.", driver).unsupported()).isEmpty();
    }

    @Test
    void wantsAYearOfWorkingToStartAJobAndAGradeToBeHeld() {
        Evidence ecologist = Evidence.of(ecologist());

        assertThat(spans(CHECKER.check("Working in professional ecology since 2015, I survey bats.", ecologist)))
                .containsExactly("2015");
        assertThat(CHECKER.check("Working in professional ecology since 2017, I survey bats.", ecologist)
                .unsupported()).isEmpty();
        // a course's start still fits a year that is not a year of working
        assertThat(CHECKER.check("I have studied ecology since 2015.", ecologist).unsupported()).isEmpty();

        Evidence docent = Evidence.of(docent());
        assertThat(spans(CHECKER.check("Аттестован как инженер высшей категории.", docent)))
                .containsExactly("высшей категории");
        assertThat(CHECKER.check("Аттестован как инженер первой категории.", docent).unsupported()).isEmpty();
    }

    private static JsonNode driver() {
        return JSON.readTree("""
                {"basics": {"label": "HGV Class 1 Driver"},
                 "work": [{"name": "Wincanton", "position": "HGV Class 1 Driver (ADR)", "startDate": "2019-04",
                   "summary": "Fuel, chemicals and bitumen deliveries from the Purfleet hub.",
                   "highlights": ["Tanker fleet: 42 vehicles, 3 tankers of the new Scania type",
                                  "Trained 2 new drivers", "Raised drops from 300 to 420 a week",
                                  "Bottom loading on every shift"]}],
                 "skills": [{"name": "Driving", "keywords": ["C+E", "bottom loading", "tanker"]}]}
                """);
    }

    private static JsonNode officer() {
        return JSON.readTree("""
                {"basics": {"label": "Probation Officer"},
                 "work": [{"name": "Probation Service", "position": "Probation Officer", "startDate": "2019-09",
                   "highlights": ["Mentor 2 newly qualified officers"]}]}
                """);
    }

    private static JsonNode docent() {
        return JSON.readTree("""
                {"basics": {"label": "Доцент кафедры ТЭС"},
                 "work": [{"name": "Энергетический университет", "position": "Доцент кафедры ТЭС",
                   "startDate": "2013-09",
                   "highlights": ["Читаю курсы «Котельные установки» и «Тепловые схемы»",
                                  "Лабораторные занятия по котлам"]},
                  {"name": "ЭНИН им. Г. М. Кржижановского", "position": "Инженер", "startDate": "2010-09",
                   "endDate": "2013-08"}],
                 "certificates": [{"name": "Учёное звание доцента", "issuer": "Минобрнауки России",
                   "date": "2020-12"}, {"name": "Аттестация: инженер первой категории", "date": "2021-05"}],
                 "skills": [{"name": "Курсы", "keywords": ["Котельные установки", "Тепловые схемы"]},
                            {"name": "Программы", "keywords": ["Thermoflow", "«Мой кабинет»"]}]}
                """);
    }

    private static JsonNode ecologist() {
        return JSON.readTree("""
                {"basics": {"label": "Ecologist"},
                 "work": [{"name": "Arcadis", "position": "Ecologist", "startDate": "2017-03",
                   "highlights": ["Bat surveys"]}],
                 "education": [{"institution": "University of Bristol", "studyType": "MSc", "area": "Ecology",
                   "startDate": "2015-09", "endDate": "2016-09"}]}
                """);
    }
}
