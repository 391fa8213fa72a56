package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Classes of the eighth generalising round (FACTCHECK.md), each on made-up profiles of the team's own, with a case that
 * must be flagged and a near one that must not. First the risks a code review found: "there" after a second predicate
 * points back to the place before it; a brand written in lower case (bp, easyJet) is a name; a pronoun clears what a
 * wish covers only as the wish's object; "training" with an object after a role word is a verb; the degree after
 * "then" is the one from the school named; a language name before a noun describes the noun; an abbreviation is the
 * profile's organisation only where an organisation stands; an institution named by kind and number («лицей № 7»)
 * must be the profile's; a name in quotes is found in its case forms without its legal form («ИК «Атон»», «в
 * «Атоне»»). Then blind-11's classes: a place the vacancy names, in a part that speaks of the post or a wish, is the
 * employer's; a figure that opens a part after counted years and goes on with "as" or "at" is years spent there; "since"
 * a year in a part that states a qualification may be a certificate's year; a duration after «ближайшие» or "coming" is time to come;
 * «пять последних лет» is a duration as «последние пять лет» is; what the candidate wants to do next is the post's;
 * a name that only begins with a profile's word («Новоуральскэнерго») is another name.
 */
class FactCheckerEighthRoundTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsThereAfterASecondPredicateAsThePlaceBeforeIt() {
        Evidence nurse = Evidence.of(nurse());
        // five years and eight months at Pellow Clinic: "there" is Pellow Clinic, not the career of fourteen years
        assertThat(spans(CHECKER.check("I trained at Pellow Clinic and have worked there for nine years.", nurse)))
                .containsExactly("nine years");
        assertThat(CHECKER.check("I trained at Pellow Clinic and have worked there for five years.", nurse)
                .unsupported()).isEmpty();
        // a second predicate with words of its own still starts afresh: nursing posts ran nine years
        assertThat(CHECKER.check("I trained at Pellow Clinic and have worked as a nurse for nine years.", nurse)
                .unsupported()).isEmpty();
    }

    @Test
    void readsABrandWrittenInLowerCaseAsAnEmployer() {
        Evidence crew = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Cabin Manager"},
                 "work": [{"name": "flyNorth", "position": "Cabin Manager", "startDate": "2016-04"},
                  {"name": "kp", "position": "Forecourt Assistant", "startDate": "2008-01", "endDate": "2016-03"}]}
                """));
        // on a CV's line the post must be the one held at the employer named, lower case or not
        assertThat(spans(CHECKER.check("Cabin Manager, kp (2008–2016)", crew))).containsExactly("Cabin Manager");
        assertThat(CHECKER.check("Forecourt Assistant, kp (2008–2016)", crew).unsupported()).isEmpty();
        // a dash after a duration ties it to the employer named after it
        assertThat(spans(CHECKER.check("I have worked for eighteen years, of which twelve — at flyNorth.", crew)))
                .containsExactly("twelve");
        assertThat(CHECKER.check("I have worked for eighteen years, of which ten — at flyNorth.", crew)
                .unsupported()).isEmpty();
    }

    @Test
    void letsAPronounClearWhatAWishCoversOnlyAsTheWishsObject() {
        Evidence driver = Evidence.of(driver(), new Evidence.Target("Wexcombe Fuels", "Tanker Driver",
                "Experience with vapour recovery systems is a bonus."));
        assertThat(CHECKER.check("Vapour recovery systems are new to me, and I would like to learn them properly.",
                driver).unsupported()).isEmpty();
        assertThat(CHECKER.check("Vapour recovery systems are new to me, and I would like to learn this properly.",
                driver).unsupported()).isEmpty();
        // "this" as the subject, or before a noun, is no object of the wish: the systems are claimed
        assertThat(spans(CHECKER.check("I work every day with vapour recovery systems, and this is why I would like "
                + "to learn more about your depot.", driver))).containsExactly("vapour recovery systems");
        assertThat(spans(CHECKER.check("I work every day with vapour recovery systems, and I would like to learn "
                + "this depot's routes.", driver))).containsExactly("vapour recovery systems");
    }

    @Test
    void readsTrainingWithAnObjectAfterARoleWordAsAVerb() {
        Evidence supervisor = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Shift Supervisor"},
                 "work": [{"name": "Harlow Foods", "position": "Shift Supervisor", "startDate": "2019-01"}]}
                """));
        assertThat(spans(CHECKER.check("As a manager training new starters, I ran the night shift.", supervisor)))
                .containsExactly("manager");
        assertThat(CHECKER.check("As a supervisor training new starters, I ran the night shift.", supervisor)
                .unsupported()).isEmpty();
        // a credential's name: "manager training course"
        assertThat(CHECKER.check("I completed a manager training course in 2022.", supervisor).unsupported()).isEmpty();
    }

    @Test
    void judgesTheDegreeAfterThenAsTheOneFromTheSchoolNamed() {
        Evidence engineer = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Engineer"},
                 "education": [{"institution": "University of Dunmore", "studyType": "BEng", "area": "Civil Engineering"},
                  {"institution": "University of Kelloch", "studyType": "MSc", "area": "Subsea Engineering"}]}
                """));
        assertThat(CHECKER.check("I studied for a BEng and then an MSc at Kelloch.", engineer).unsupported()).isEmpty();
        // the BEng was not from Kelloch
        assertThat(spans(CHECKER.check("I studied for an MSc and then a BEng at Kelloch.", engineer))).isNotEmpty();
        assertThat(spans(CHECKER.check("I studied for a BEng and then a PhD at Kelloch.", engineer))).isNotEmpty();
    }

    @Test
    void readsALanguageNameBeforeANounAsDescribingTheNoun() {
        Evidence chef = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Pastry Chef"},
                 "work": [{"name": "Marlowe Hotel", "position": "Pastry Chef", "startDate": "2015-01"}],
                 "languages": [{"language": "English", "fluency": "Native"}]}
                """));
        assertThat(CHECKER.check("I completed an intermediate course in Danish baking in 2019.", chef).unsupported())
                .isEmpty();
        assertThat(spans(CHECKER.check("I speak intermediate Danish.", chef))).containsExactly("Danish");
        assertThat(spans(CHECKER.check("I took intermediate Danish lessons.", chef))).containsExactly("Danish");
    }

    @Test
    void readsAnAbbreviationAsTheProfilesOrganisationOnlyWhereAnOrganisationStands() {
        Evidence developer = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Web Developer"},
                 "work": [{"name": "Public Health Partnership", "position": "Web Developer", "startDate": "2019-01",
                   "highlights": ["Built the booking site in Python"]}]}
                """));
        // PHP the language, whatever the initials of the profile's employer spell
        assertThat(spans(CHECKER.check("I built the booking site in Python and PHP.", developer)))
                .containsExactly("PHP");
        assertThat(CHECKER.check("I joined PHP in 2019 and built the booking site in Python.", developer)
                .unsupported()).isEmpty();
    }

    @Test
    void findsAnInstitutionNamedByKindAndNumber() {
        Evidence teacher = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Учитель"},
                 "work": [{"name": "Гимназия № 5", "position": "Учитель математики", "startDate": "2015-09",
                   "highlights": ["Вела 7 классов"]},
                  {"name": "ГКБ № 40", "position": "Медсестра", "startDate": "2010-09", "endDate": "2015-08"}]}
                """));
        // the profile's 7 is a count of classes, not the school's number
        assertThat(spans(CHECKER.check("Я преподаю математику в лицее № 7.", teacher))).containsExactly("лицее № 7");
        assertThat(spans(CHECKER.check("Я преподаю математику в гимназии № 7.", teacher)))
                .containsExactly("гимназии № 7");
        assertThat(CHECKER.check("Я преподаю математику в гимназии №5.", teacher).unsupported()).isEmpty();
        assertThat(CHECKER.check("До этого работала медсестрой в больнице № 40.", teacher).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("До этого работала медсестрой в ГКБ № 7.", teacher))).containsExactly("ГКБ № 7");
    }

    @Test
    void findsANameInQuotesInItsCaseFormsWithoutItsLegalForm() {
        Evidence analyst = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Аналитик"},
                 "work": [{"name": "ИК «Вектор»", "position": "Аналитик", "startDate": "2020-01"},
                  {"name": "Финстрой", "position": "Младший аналитик", "startDate": "2014-01", "endDate": "2019-12"}]}
                """));
        // nearly seven years at «Вектор»: the dash ties the duration to the employer it names
        assertThat(spans(CHECKER.check("Я двенадцать лет в профессии, из них девять — аналитиком в «Векторе».",
                analyst))).containsExactly("девять");
        assertThat(CHECKER.check("Я двенадцать лет в профессии, из них шесть — аналитиком в «Векторе».", analyst)
                .unsupported()).isEmpty();
    }

    @Test
    void readsAPlaceTheVacancyNamesInAWishAsTheEmployers() {
        Evidence keeper = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Head Groundsman"},
                 "work": [{"name": "Ashby Rugby Club", "position": "Head Groundsman", "startDate": "2017-04"}]}
                """), new Evidence.Target("Kesterton Cricket", "Head of Grounds",
                "Kesterton Cricket is looking for a Head of Grounds to prepare pitches at Mallow Park."));
        assertThat(CHECKER.check("Preparing pitches at Mallow Park would be a privilege.", keeper).unsupported())
                .isEmpty();
        assertThat(CHECKER.check("I would be glad to bring this to the grounds team at Mallow Park.", keeper)
                .unsupported()).isEmpty();
        // stated as the candidate's own past, the vacancy's ground is a claim; a ground the vacancy does not name too
        assertThat(spans(CHECKER.check("I have prepared pitches at Mallow Park since 2019.", keeper)))
                .contains("Mallow Park");
        assertThat(spans(CHECKER.check("Preparing pitches at Fenwick Park would be a privilege.", keeper)))
                .containsExactly("Fenwick Park");
    }

    @Test
    void readsAFigureOpeningAPartAfterCountedYearsAsYearsSpentThere() {
        Evidence examiner = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Driving Examiner"},
                 "work": [{"name": "Roadwise", "position": "Driving Instructor", "startDate": "2009-03",
                   "endDate": "2015-02"},
                  {"name": "Testing Agency", "position": "Driving Examiner", "startDate": "2015-03"}]}
                """));
        assertThat(CHECKER.check("I have worked in driver training for more than seventeen years: almost six as an "
                + "instructor with Roadwise, and since 2015 as an examiner.", examiner).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I have worked in driver training for more than seventeen years: almost nine "
                + "as an instructor with Roadwise, and since 2015 as an examiner.", examiner))).containsExactly("nine");
        // no years counted before it: a figure, which the profile must state (and, since the twelfth round, "as lead
        // examiner" is a post with a grade the profile's examiner post does not have)
        assertThat(spans(CHECKER.check("I cover test centres: nine as lead examiner.", examiner)))
                .containsExactly("nine", "lead examiner");
    }

    @Test
    void readsTheYearOfAQualificationAsACertificatesYear() {
        Evidence examiner = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Driving Examiner"},
                 "work": [{"name": "Testing Agency", "position": "Driving Examiner", "startDate": "2015-03"}],
                 "certificates": [{"name": "Bus examiner qualification", "issuer": "Testing Agency",
                   "date": "2019-05"}]}
                """));
        assertThat(CHECKER.check("Since 2019 I have been qualified to conduct bus tests.", examiner).unsupported())
                .isEmpty();
        assertThat(spans(CHECKER.check("Since 2017 I have been qualified to conduct bus tests.", examiner)))
                .containsExactly("2017");
        // no qualification in the part: a certificate's year is no start
        assertThat(spans(CHECKER.check("Since 2019 I have conducted bus tests.", examiner))).containsExactly("2019");
    }

    @Test
    void readsAPlaceTheVacancyNamesInAnyCaseFormAndTimeToComeAsNoClaim() {
        Evidence driver = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Водитель трамвая"},
                 "work": [{"name": "Горэлектротранс", "position": "Водитель трамвая", "startDate": "2019-04"}]}
                """), new Evidence.Target("Горэлектротранс", "Водитель-наставник",
                "Требуется водитель-наставник в Заречное депо."));
        // the vacancy writes «Заречное», the letter «Заречном»: one word in two case forms
        assertThat(CHECKER.check("Меня заинтересовала вакансия водителя-наставника в Заречном депо.", driver)
                .unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("Меня заинтересовала вакансия водителя-наставника в Нагорном депо.", driver)))
                .containsExactly("Нагорном");
        // time to come is no duration served; time served is
        assertThat(CHECKER.check("Готов представить план работы на ближайшие три года.", driver).unsupported())
                .isEmpty();
        assertThat(spans(CHECKER.check("Я работаю водителем трамвая уже двенадцать лет.", driver)))
                .containsExactly("двенадцать лет");
    }

    @Test
    void readsAFigureBeforeLastAndItsUnitAsADuration() {
        Evidence lawyer = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Юрист"},
                 "work": [{"name": "Северсталь", "position": "Старший юрист", "startDate": "2021-03"},
                  {"name": "Юркон", "position": "Юрист", "startDate": "2017-01", "endDate": "2021-02"}]}
                """));
        // «почти шесть последних лет» is «последние почти шесть лет», not a figure «шесть» the profile must state
        assertThat(CHECKER.check("Почти шесть последних лет я работаю старшим юристом в «Северстали».", lawyer)
                .unsupported()).isEmpty();
        // a duration the career (ten years) does not reach
        assertThat(spans(CHECKER.check("Двенадцать последних лет я работаю юристом.", lawyer)))
                .containsExactly("Двенадцать последних лет");
    }

    @Test
    void readsWhatTheCandidateWantsToDoNextAsThePosts() {
        Evidence ecologist = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Marine Ecologist"},
                 "work": [{"name": "Tidewater Institute", "position": "Marine Ecologist", "startDate": "2018-01",
                   "highlights": ["Led benthic surveys"]}]}
                """), new Evidence.Target("Coastwatch", "Senior Ecologist", "We monitor Coastal Reserve Areas offshore."));
        assertThat(CHECKER.check("Monitoring Coastal Reserve Areas is exactly the work I want to do next.", ecologist)
                .unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I have monitored Coastal Reserve Areas since 2018.", ecologist)))
                .isNotEmpty();
    }

    @Test
    void readsANameThatOnlyBeginsWithAProfilesWordAsAnotherName() {
        Evidence engineer = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Мастер участка"},
                 "work": [{"name": "Новоуральская сетевая компания", "position": "Мастер участка",
                   "startDate": "2012-07", "endDate": "2019-09"},
                  {"name": "Южкузбассуголь", "position": "Инженер", "startDate": "2019-10"}]}
                """));
        // «Новоуральскэнерго» begins with «Новоуральск…» and is another company
        assertThat(spans(CHECKER.check("Ранее я работал мастером участка в «Новоуральскэнерго».", engineer)))
                .containsExactly("«Новоуральскэнерго»");
        assertThat(CHECKER.check("Ранее я работал мастером участка в «Новоуральской сетевой компании».", engineer)
                .unsupported()).isEmpty();
        // a vowel that comes and goes is one name in two forms
        assertThat(CHECKER.check("Сейчас я работаю инженером в «Южкузбассугле».", engineer).unsupported()).isEmpty();
    }

    private static JsonNode nurse() {
        return JSON.readTree("""
                {"basics": {"label": "Staff Nurse"},
                 "work": [{"name": "Carrow General Hospital", "position": "Staff Nurse", "startDate": "2017-09"},
                  {"name": "Pellow Clinic", "position": "Healthcare Assistant", "startDate": "2012-01",
                   "endDate": "2017-08"}]}
                """);
    }

    private static JsonNode driver() {
        return JSON.readTree("""
                {"basics": {"label": "HGV Driver"},
                 "work": [{"name": "Kestrel Freight", "position": "Class 1 HGV Driver", "startDate": "2016-03",
                   "highlights": ["Drove 40-tonne curtainsiders on night trunking"]}]}
                """);
    }
}
