package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Classes of the fourth generalising round (FACTCHECK.md), each on made-up profiles of the team's own: what the
 * candidate says they have not done or would like to do, the post asked for, list items read too widely, initials
 * with an aside or a joining letter, a grade that is a noun, a language the profile works in, a stand-in post, a
 * higher education with its field, a duration counted before an employer, an institution named without a cue
 * word, and a team led.
 */
class FactCheckerFourthRoundTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String WELDING_VACANCY = "ООО «Ямал-Сварка» ищет ведущего инженера по сварке. Будет плюсом "
            + "опыт сварки нержавеющих трубопроводов.";
    private static final String DEPOT_VACANCY = "Northfleet Haulage is recruiting Class 1 Tanker Drivers for our "
            + "Tilbury depot.";

    @Test
    void readsAnObjectBeforeANegationAndAWishAboutThePostAsNoClaim() {
        Evidence welder = Evidence.of(welder(), new Evidence.Target("Ямал-Сварка", "Ведущий инженер по сварке",
                WELDING_VACANCY));

        assertThat(CHECKER.check("Опыта сварки нержавеющих трубопроводов у меня нет, но я готов учиться.", welder)
                .unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("Выполнял сварку нержавеющих трубопроводов.", welder)))
                .containsExactly("сварку нержавеющих трубопроводов");

        Evidence driver = Evidence.of(driver(), new Evidence.Target("Northfleet Haulage", "Class 1 Tanker Driver",
                DEPOT_VACANCY));
        assertThat(CHECKER.check("I would welcome the chance to run a shift at Tilbury.", driver).unsupported())
                .isEmpty();
        assertThat(spans(CHECKER.check("I ran a shift at Tilbury.", driver))).containsExactly("Tilbury");
    }

    @Test
    void readsThePostOneAsksToBeConsideredForAsTheVacancys() {
        Evidence welder = Evidence.of(welder(), new Evidence.Target("Ямал-Сварка", "Ведущий инженер по сварке",
                WELDING_VACANCY));

        assertThat(CHECKER.check("Прошу рассмотреть меня на должность ведущего инженера по сварке.", welder)
                .unsupported()).isEmpty();
        // the same post placed at a past employer is still a claim
        assertThat(spans(CHECKER.check("В «Уралмаше» работал ведущим инженером по сварке.", welder)))
                .containsExactly("ведущим инженером по сварке");
    }

    @Test
    void readsNoJoiningWordOrNextClauseAsPartOfAListItem() {
        Evidence driver = Evidence.of(driver());

        assertThat(CHECKER.check("I deliver fuel, chemicals and bitumen, together with lubricants.", driver)
                .unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I deliver fuel, chemicals and bitumen, together with explosives.", driver)))
                .containsExactly("together with explosives");
        assertThat(spans(CHECKER.check("I hold ADR units for bitumen, covering tanker use, fuel and chemicals.",
                driver))).containsExactly("ADR");

        Evidence welder = Evidence.of(welder());
        assertThat(CHECKER.check("Владею полуавтоматом, читаю чертежи, работаю по техкартам.", welder)
                .unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("Владею полуавтоматом, лазерной резкой.", welder)))
                .containsExactly("лазерной резкой");
    }

    @Test
    void knowsInitialsThatLeaveOutABracketedAsideOrSpellAJoiningWord() {
        Evidence welder = Evidence.of(welder());

        assertThat(CHECKER.check("Окончил ТИУ по специальности «Сварочное производство».", welder).unsupported())
                .isEmpty();
        assertThat(CHECKER.check("Работал инженером ОТКиС в «Сварка-Сервисе».", welder).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("Работал инженером ОТКиП в «Сварка-Сервисе».", welder)))
                .containsExactly("ОТКиП");
    }

    @Test
    void readsAGradeOnlyAsAnAdjectiveAndARoleWordBeforeAPluralAsAKindOfPeople() {
        Evidence welder = Evidence.of(welder());

        assertThat(CHECKER.check("Готовлю сводки для начальников участков.", welder).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("Работал главным мастером участка.", welder))).containsExactly("главным мастером");

        Evidence driver = Evidence.of(driver());
        assertThat(CHECKER.check("I mentor trainee drivers on every run.", driver).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I joined Wincanton as a trainee.", driver))).containsExactly("trainee");
    }

    @Test
    void takesALanguageTheProfileWorksInWithoutALevel() {
        Evidence welder = Evidence.of(welder());

        assertThat(CHECKER.check("Говорю на немецком.", welder).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("Свободно говорю на немецком.", welder))).containsExactly("немецком");
        assertThat(spans(CHECKER.check("Говорю на французском.", welder))).containsExactly("французском");
    }

    @Test
    void wantsAStandInPostMarkedAsOneAndAHigherEducationWithItsField() {
        assertThat(spans(CHECKER.check("Временно исполнял обязанности начальника отдела.", Evidence.of(welder()))))
                .containsExactly("Временно исполнял обязанности начальника отдела");
        JsonNode standIn = JSON.readTree(welder().toString().replace("Инженер отдела технического контроля и сварки",
                "И. о. начальника отдела технического контроля"));
        assertThat(CHECKER.check("Временно исполнял обязанности начальника отдела.", Evidence.of(standIn))
                .unsupported()).isEmpty();

        assertThat(spans(CHECKER.check("Имею высшее техническое образование.", Evidence.of(welder()))))
                .containsExactly("высшее техническое образование");
        assertThat(CHECKER.check("Имею среднее профессиональное образование.", Evidence.of(welder())).unsupported())
                .isEmpty();
    }

    @Test
    void countsADurationBeforeAnEmployerAsTheJobsBeforeIt() {
        Evidence welder = Evidence.of(welder());

        // before ТНК (from March 2019): Уралмаш 2015–2019 and Сварка-Сервис 2013–2014, six years in all
        assertThat(CHECKER.check("До ТНК четыре года варил металлоконструкции.", welder).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("До ТНК восемь лет варил металлоконструкции.", welder)))
                .containsExactly("восемь лет");
    }

    @Test
    void countsAJobThatOverlappedTheEmployerOnlyUpToItsStart() {
        Evidence engineer = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Bridge Engineer"},
                 "work": [{"name": "Arup", "position": "Bridge Engineer", "startDate": "2020-01"},
                  {"name": "Atkins", "position": "Bridge Engineer", "startDate": "2012-01", "endDate": "2021-12"}]}
                """));

        // Atkins until Arup began: eight years, not the ten it lasted in all
        assertThat(CHECKER.check("Before Arup, eight years went into bridge design.", engineer).unsupported())
                .isEmpty();
        assertThat(spans(CHECKER.check("Before Arup, ten years went into bridge design.", engineer)))
                .containsExactly("ten years");
    }

    @Test
    void readsAnAcronymWithAJoiningLetterOnlyWhenThreeLettersRemain() {
        assertThat(Profile.withoutJoiners("ОТКиС")).isEqualTo("ОТКС");
        // "IT" and "PC" would be the initials of any two words in a row
        assertThat(Profile.withoutJoiners("IoT")).isNull();
        assertThat(Profile.withoutJoiners("PoC")).isNull();
    }

    @Test
    void readsAnInstitutionNamedByACapitalisedAdjectiveBeforeItsKind() {
        Evidence welder = Evidence.of(welder());

        assertThat(spans(CHECKER.check("Работал электрогазосварщиком Курганского завода.", welder)))
                .containsExactly("Курганского завода");
        assertThat(CHECKER.check("Учился на вечернем отделении Тюменского университета.", welder).unsupported())
                .isEmpty();
    }

    @Test
    void wantsALeadingPostForLeadingATeam() {
        assertThat(spans(CHECKER.check("Руковожу бригадой сварщиков.", Evidence.of(welder()))))
                .containsExactly("Руковожу бригадой");
        JsonNode foreman = JSON.readTree(welder().toString().replace("\"position\":\"Электрогазосварщик 6 разряда\"",
                "\"position\":\"Бригадир сварщиков\""));
        assertThat(CHECKER.check("Руковожу бригадой сварщиков.", Evidence.of(foreman)).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I led a team of drivers.", Evidence.of(driver()))))
                .containsExactly("led a team");
    }

    @Test
    void readsEverySkillCueOfATextEvenWhenTwoStandClose() {
        // the cues are found near their words only (for speed); two within a few letters are both read
        assertThat(spans(CHECKER.check("Владею полуавтоматом, есть опыт работы с лазерной резкой.", Evidence.of(welder()))))
                .containsExactly("лазерной резкой");
        assertThat(spans(CHECKER.check("I am skilled in bitumen, experienced with explosives.", Evidence.of(driver()))))
                .singleElement().asString().contains("explosives").doesNotContain("bitumen");
    }

    private static JsonNode welder() {
        return JSON.readTree("""
                {"basics": {"label": "Электрогазосварщик 6 разряда"},
                 "work": [{"name": "ТНК (АО «Трубная компания»)", "position": "Электрогазосварщик 6 разряда",
                   "startDate": "2019-03",
                   "highlights": ["Сварка металлоконструкций полуавтоматом", "Чтение чертежей",
                                  "Читаю техническую документацию на немецком"]},
                  {"name": "ПАО «Уралмаш»", "position": "Мастер участка сварки", "startDate": "2015-01",
                   "endDate": "2019-02", "highlights": ["Готовил сводки для начальника цеха"]},
                  {"name": "ООО «Сварка-Сервис»", "position": "Инженер отдела технического контроля и сварки",
                   "startDate": "2013-01", "endDate": "2014-12"}],
                 "education": [{"institution": "Тюменский (Западно-Сибирский) индустриальный университет",
                   "area": "Сварочное производство", "studyType": "среднее профессиональное",
                   "startDate": "2009-09", "endDate": "2012-06"}],
                 "skills": [{"name": "Сварка", "keywords": ["полуавтомат", "чтение чертежей",
                   "немецкий (техническая документация)"]}],
                 "languages": [{"language": "Русский", "fluency": "Родной"}]}
                """);
    }

    private static JsonNode driver() {
        return JSON.readTree("""
                {"basics": {"label": "HGV Class 1 Driver"},
                 "work": [{"name": "Wincanton", "position": "HGV Class 1 Driver", "startDate": "2019-04",
                   "highlights": ["Fuel, chemicals and bitumen deliveries", "Lubricants to farms",
                                  "Trained 2 new drivers"]}],
                 "skills": [{"name": "Loads", "keywords": ["fuel", "chemicals", "bitumen", "lubricants", "tanker"]}]}
                """);
    }
}
