package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The twelfth round (FACTCHECK.md): blind-15's misses and false flags, and those the eleventh round left, classified
 * by the general mechanism that was absent. Made-up profiles of the team's own, never the labelled sets' text.
 */
class FactCheckerTwelfthRoundTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsAPostTheProfileHoldsAsARegistration() {
        // "Registered Midwife" is a registration of the post: working shifts as a midwife is the candidate's own
        Evidence manager = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Riverside Birth Centre", "position": "Unit Manager", "startDate": "2018-03"}],
                 "certificates": [{"name": "Registered Midwife", "issuer": "Nursing and Midwifery Council"}]}
                """));
        assertThat(CHECKER.check("At Riverside I still work shifts as a midwife on the labour ward.", manager)
                .unsupported()).isEmpty();
        // a certificate's issuer names no post, and a grade is still a claim
        assertThat(spans(CHECKER.check("At Riverside I still work shifts as a senior midwife.", manager)))
                .containsExactly("senior midwife");
        Evidence issuedByOne = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Riverside Birth Centre", "position": "Unit Manager", "startDate": "2018-03"}],
                 "certificates": [{"name": "Newborn Life Support", "issuer": "Resuscitation Council"}]}
                """));
        assertThat(spans(CHECKER.check("At Riverside I still work shifts as a midwife on the labour ward.", issuedByOne)))
                .containsExactly("midwife");
    }

    @Test
    void readsADegreesClassAsAClaim() {
        Evidence honours = Evidence.of(JSON.readTree("""
                {"education": [{"institution": "University of Kent", "area": "Biology", "studyType": "BSc (Hons)",
                  "startDate": "2010-09", "endDate": "2013-06"}]}
                """));
        // "(Hons)" says with honours, not which class
        assertThat(spans(CHECKER.check("I studied biology at Kent, graduating with first-class honours.", honours)))
                .containsExactly("first-class honours");
        assertThat(spans(CHECKER.check("BSc in Biology, University of Kent, with distinction", honours)))
                .containsExactly("with distinction");
        assertThat(CHECKER.check("I studied biology at Kent and graduated with honours.", honours).unsupported()).isEmpty();
        Evidence first = Evidence.of(JSON.readTree("""
                {"education": [{"institution": "University of Kent", "area": "Biology", "studyType": "BSc",
                  "score": "First Class Honours", "startDate": "2010-09", "endDate": "2013-06"}]}
                """));
        assertThat(CHECKER.check("I studied biology at Kent, graduating with first-class honours.", first)
                .unsupported()).isEmpty();
        Evidence diploma = Evidence.of(JSON.readTree("""
                {"education": [{"institution": "Томский политехнический университет", "area": "Геология",
                  "studyType": "Бакалавр", "startDate": "2010-09", "endDate": "2014-06"}]}
                """));
        assertThat(spans(CHECKER.check("Окончил Томский политехнический университет с красным дипломом.", diploma)))
                .containsExactly("красным дипломом");
        Evidence withDistinction = Evidence.of(JSON.readTree("""
                {"education": [{"institution": "Томский политехнический университет", "area": "Геология",
                  "studyType": "Бакалавр (диплом с отличием)", "startDate": "2010-09", "endDate": "2014-06"}]}
                """));
        assertThat(CHECKER.check("Окончил Томский политехнический университет с красным дипломом.", withDistinction)
                .unsupported()).isEmpty();
    }

    @Test
    void namesAnAssociateLevelDegreeByItsOwnNames() {
        // "Associate of Applied Science" is an associate degree; a foundation degree is of that level too
        Evidence associate = Evidence.of(JSON.readTree("""
                {"education": [{"institution": "Pima Community College", "area": "Dental Hygiene",
                  "studyType": "Associate of Applied Science", "startDate": "2012-08", "endDate": "2014-05"}]}
                """));
        assertThat(CHECKER.check("I hold an associate degree in dental hygiene from Pima Community College.", associate)
                .unsupported()).isEmpty();
        Evidence national = Evidence.of(JSON.readTree("""
                {"education": [{"institution": "Leeds College of Building", "area": "Construction",
                  "studyType": "BTEC National Diploma", "startDate": "2008-09", "endDate": "2010-06"}]}
                """));
        assertThat(spans(CHECKER.check("I also have a foundation degree in construction management.", national)))
                .containsExactly("foundation degree");
    }

    @Test
    void readsAGradeBeforeAPostInLowerCaseWhereASentenceNamesAPost() {
        Evidence tuner = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Harbour Organs", "position": "Organ Tuner", "startDate": "2015-04"},
                  {"name": "City Hall", "position": "Deputy Hall Keeper", "startDate": "2010-01", "endDate": "2015-03"}]}
                """));
        assertThat(spans(CHECKER.check("Before that I was head tuner at Harbour Organs.", tuner)))
                .containsExactly("head tuner");
        assertThat(spans(CHECKER.check("Earlier, as senior hall keeper at City Hall, I opened the building.", tuner)))
                .containsExactly("senior hall keeper");
        // the post as the profile holds it, and a grade that names no post held ("senior tuner training" is not one)
        assertThat(CHECKER.check("Before that I was deputy hall keeper at City Hall.", tuner).unsupported()).isEmpty();
        assertThat(CHECKER.check("I ran the senior tuner training at Harbour Organs.", tuner).unsupported()).isEmpty();
    }

    @Test
    void readsAnOrdinalBesideAGradeNounAsThatGrade() {
        Evidence glassblower = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Клинский стекольный завод", "position": "Стеклодув", "startDate": "2012-03"}],
                 "certificates": [{"name": "4 разряд стеклодува", "issuer": "Клинский стекольный завод"},
                  {"name": "Rope Access Level 2", "issuer": "IRATA"}]}
                """));
        // «пятый, высший разряд» against «4 разряд»; «второго уровня» is the profile's "Level 2" in Russian
        assertThat(spans(CHECKER.check("У меня пятый, высший разряд стеклодува.", glassblower)))
                .containsExactly("пятый, высший разряд");
        assertThat(CHECKER.check("У меня четвёртый разряд стеклодува.", glassblower).unsupported()).isEmpty();
        assertThat(CHECKER.check("Имею сертификат IRATA второго уровня.", glassblower).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("Имею сертификат IRATA третьего уровня.", glassblower))).isNotEmpty();
    }

    @Test
    void readsWordsThatWriteOutAnAbbreviationOfTheProfileAsIts() {
        Evidence driver = Evidence.of(JSON.readTree("""
                {"work": [{"name": "ОАО «Северная дорога»", "position": "Машинист электровоза", "startDate": "2015-02",
                   "highlights": ["Работа с АЛС и САУТ"]}],
                 "skills": [{"name": "Движение", "keywords": ["ПТЭ", "АЛС"]}]}
                """));
        // «автоматическая локомотивная сигнализация» is the profile's АЛС written out, in a list and alone
        assertThat(CHECKER.check("Хорошо знаю ПТЭ, САУТ и автоматическую локомотивную сигнализацию.", driver)
                .unsupported()).isEmpty();
        assertThat(CHECKER.check("Обслуживаю автоматическую локомотивную сигнализацию.", driver).unsupported()).isEmpty();
        // words whose initials the profile does not write are a term of their own
        assertThat(spans(CHECKER.check("Обслуживаю локомотивную радиосвязь.", driver)))
                .containsExactly("локомотивную радиосвязь");
    }

    @Test
    void readsALanguageSomethingIsDoneInAsALanguageClaimed() {
        Evidence guide = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Туроператор «Волга Тур»", "position": "Экскурсовод", "startDate": "2016-04"}],
                 "languages": [{"language": "Русский", "fluency": "Родной"},
                  {"language": "Английский", "fluency": "Продвинутый"}]}
                """));
        // «веду на испанском» says the language is spoken, as «владею испанским» does
        assertThat(spans(CHECKER.check("Экскурсии веду на русском и английском, а также на испанском.", guide)))
                .containsExactly("испанском");
        assertThat(CHECKER.check("Экскурсии веду на русском и английском.", guide).unsupported()).isEmpty();
    }

    @Test
    void countsYearsOfSeniorExperienceInGradedPostsOnly() {
        Evidence keeper = Evidence.of(keeper());
        // senior since March 2021, a keeper for seven and a half years before: thirteen years in all, not senior
        assertThat(spans(CHECKER.check("I bring thirteen years of senior experience.", keeper)))
                .containsExactly("thirteen years");
        assertThat(CHECKER.check("I bring five years of senior experience.", keeper).unsupported()).isEmpty();
        assertThat(CHECKER.check("I bring thirteen years of experience.", keeper).unsupported()).isEmpty();
    }

    @Test
    void readsWhatAFigureCountsBeforeOf() {
        Evidence keeper = Evidence.of(keeper());
        // "a team of seven" counts a team, which the profile counts as three (its 7 counts species)
        assertThat(spans(CHECKER.check("I lead a team of seven.", keeper))).containsExactly("seven");
        assertThat(CHECKER.check("I lead a team of three.", keeper).unsupported()).isEmpty();
        assertThat(CHECKER.check("My section holds seven species.", keeper).unsupported()).isEmpty();
    }

    @Test
    void readsLeadingACommandOrThePlaceJustNamedAsAPost() {
        Evidence officer = Evidence.of(planningOfficer("Emergency Planning Officer"));
        Evidence head = Evidence.of(planningOfficer("Head of Emergency Planning"));
        // a command is a unit led, as a department is
        assertThat(spans(CHECKER.check("During the floods I led the tactical command for the district.", officer)))
                .containsExactly("led the tactical command");
        assertThat(CHECKER.check("During the floods I led the tactical command for the district.", head).unsupported())
                .isEmpty();
        // leading the place a relative clause refers back to is heading it
        assertThat(spans(CHECKER.check("I joined Fenland District Council, which I later ran.", officer)))
                .containsExactly("which I later ran");
        assertThat(CHECKER.check("I joined Fenland District Council, which I later ran.", head).unsupported()).isEmpty();
        Evidence engraver = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Мастерская «Вологодский гравёр»", "position": "Гравёр", "startDate": "2012-03"}]}
                """));
        assertThat(spans(CHECKER.check("Работаю в мастерской «Вологодский гравёр», которой впоследствии руководил.",
                engraver))).containsExactly("которой впоследствии руководил");
    }

    @Test
    void readsALongRareEnglishWordAmongTheProfilesWordsAsATerm() {
        Evidence audiologist = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Hearwell Clinic", "position": "Audiologist", "startDate": "2015-01",
                   "highlights": ["Runs hearing aid fitting clinics", "Paediatric hearing testing"]}]}
                """));
        // "clinics" is the profile's word; the one beside it is a trade's term by itself
        assertThat(spans(CHECKER.check("I also run electrocochleography clinics.", audiologist)))
                .containsExactly("electrocochleography");
        // a shorter rare word alone is too often an everyday word's derivation
        assertThat(CHECKER.check("I run hearing aid fitting clinics with clear visualisation of results.", audiologist)
                .unsupported()).isEmpty();
    }

    @Test
    void readsARussianInstructorAsAPostAsTheEnglishTableDoes() {
        // "instructor" was a teacher's post in English only
        Evidence diver = Evidence.of(JSON.readTree("""
                {"work": [{"name": "ООО «Балтподводстрой»", "position": "Водолаз 3 класса", "startDate": "2014-06"}]}
                """));
        // a bullet that names the post and nothing else («работаю инструктором» was read as a post already)
        assertThat(spans(CHECKER.check("Инструктор водолазного учебного центра", diver))).containsExactly("Инструктор");
        Evidence instructor = Evidence.of(JSON.readTree("""
                {"work": [{"name": "ООО «Балтподводстрой»", "position": "Инструктор-водолаз", "startDate": "2014-06"}]}
                """));
        assertThat(CHECKER.check("Инструктор водолазного учебного центра", instructor).unsupported()).isEmpty();
    }

    @Test
    void datesWhatWasIssuedByTheYearOfItsIssue() {
        Evidence handler = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Клуб «Северный пёс»", "position": "Кинолог", "startDate": "2012-04"}],
                 "education": [{"institution": "Вологодская ГМХА", "area": "Зоотехния", "studyType": "Бакалавр",
                   "startDate": "2008-09", "endDate": "2012-06"}],
                 "certificates": [{"name": "Сертификат судьи по рабочим качествам", "issuer": "РКФ", "date": "2018-05"}]}
                """));
        // «, выданный в …» dates the certificate before the comma, not any year of the profile's ranges
        assertThat(spans(CHECKER.check("Имею сертификат судьи по рабочим качествам РКФ, выданный в 2010 году.", handler)))
                .containsExactly("2010");
        assertThat(CHECKER.check("Имею сертификат судьи по рабочим качествам РКФ, выданный в 2018 году.", handler)
                .unsupported()).isEmpty();
        assertThat(CHECKER.check("Имею сертификат судьи по рабочим качествам РКФ, а в 2010 году начал работать.",
                handler).unsupported()).isEmpty();
    }

    @Test
    void readsTimesAPeriodAsHowOftenNotAsARatio() {
        Evidence interpreter = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Уральское отделение ВОГ", "position": "Переводчик РЖЯ", "startDate": "2016-02",
                   "highlights": ["Около 300 выездов в год", "Сократил срок ожидания перевода в 2 раза"]}]}
                """));
        // «300 раз в год» counts call-outs a year, which the profile states; «в 300 раз» is a ratio it does not
        assertThat(CHECKER.check("Выезжаю около 300 раз в год в больницы и суды.", interpreter).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("Сократил срок ожидания в 300 раз.", interpreter))).containsExactly("300");
    }

    @Test
    void readsANoticePeriodAsNoTimeServed() {
        Evidence interpreter = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Kestrel Interpreting", "position": "Interpreter", "startDate": "2017-01"}]}
                """));
        assertThat(CHECKER.check("I can start after one month's notice.", interpreter).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I spent one month at Kestrel.", interpreter))).containsExactly("one month");
    }

    @Test
    void readsAFigureJoinedToTheWordItCounts() {
        Evidence printer = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Типография «Вологдапринт»", "position": "Печатник", "startDate": "2013-04",
                   "highlights": ["Печать на 4-красочной машине Komori"]}]}
                """));
        // «четырёхкрасочной» is the profile's «4-красочной», no trade's term; «шестикрасочной» another figure
        assertThat(CHECKER.check("Печатаю на четырёхкрасочной машине Komori.", printer).unsupported()).isEmpty();
        assertThat(CHECKER.check("Печатаю на шестикрасочной машине Komori.", printer).unsupported())
                .extracting(UnsupportedClaim::span, UnsupportedClaim::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("шестикрасочной", ClaimKind.NUMBER));
    }

    @Test
    void readsThePostOneWasPromotedToAsAPostHeld() {
        // «мастер» is in no table of posts; promoted to it, the noun must be in one of the profile's posts
        assertThat(spans(CHECKER.check("На заводе я дослужился до мастера кузнечного участка.", Evidence.of(smith("Кузнец")))))
                .containsExactly("мастера");
        assertThat(CHECKER.check("На заводе я дослужился до мастера кузнечного участка.",
                Evidence.of(smith("Мастер кузнечного участка"))).unsupported()).isEmpty();
    }

    private static JsonNode smith(String position) {
        return JSON.readTree("""
                {"work": [{"name": "Ижевский кузнечный завод", "position": "%s", "startDate": "2011-05"}]}
                """.formatted(position));
    }

    private static JsonNode planningOfficer(String position) {
        return JSON.readTree("""
                {"work": [{"name": "Fenland District Council", "position": "%s", "startDate": "2016-05",
                   "highlights": ["Wrote the district flood plan"]}]}
                """.formatted(position));
    }

    private static JsonNode keeper() {
        return JSON.readTree("""
                {"work": [{"name": "Marwell Zoo", "position": "Senior Keeper", "startDate": "2021-03",
                   "highlights": ["Leads a team of three", "Section holds 7 species"]},
                  {"name": "Paignton Zoo", "position": "Keeper", "startDate": "2013-09", "endDate": "2021-02"}]}
                """);
    }
}
