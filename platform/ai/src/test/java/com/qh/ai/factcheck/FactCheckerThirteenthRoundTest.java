package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The thirteenth round (FACTCHECK.md): blind-16's misses and false flags, and those earlier rounds left, classified by
 * the general mechanism that was absent. Made-up profiles of the team's own, never the labelled sets' text.
 */
class FactCheckerThirteenthRoundTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsARussianHundredInEveryCase() {
        // a hundred in the dative, instrumental or prepositional is still a figure («трёмстам», «пятьюстами», «шестистах»)
        Evidence pumps = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Водоканал", "position": "Механик насосной станции", "startDate": "2015-04",
                  "highlights": ["Обслуживаю 250 насосов и 600 задвижек"]}]}
                """));
        assertThat(spans(CHECKER.check("Провожу осмотры по трёмстам насосам ежемесячно.", pumps)))
                .containsExactly("трёмстам");
        assertThat(spans(CHECKER.check("Работаю с восемьюстами задвижками на сетях города.", pumps)))
                .containsExactly("восемьюстами");
        assertThat(CHECKER.check("Работаю с шестьюстами задвижками на сетях города.", pumps).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("Знаю всё о двухстах насосах нашей станции.", pumps))).containsExactly("двухстах");
    }

    @Test
    void readsHeadingThePlaceAWhereClauseRefersBackTo() {
        // «где я заведую» takes no object: the place named before is what is headed, which needs a head's post
        Evidence doctor = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Городская больница № 3", "position": "Врач-кардиолог кардиологического отделения",
                  "startDate": "2014-09"}]}
                """));
        assertThat(spans(CHECKER.check("В кардиологическом отделении, где я заведую, внедрила новый протокол.", doctor)))
                .containsExactly("где я заведую");
        assertThat(CHECKER.check("В отделении, где я работаю, внедрила новый протокол.", doctor).unsupported()).isEmpty();
        Evidence head = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Городская больница № 3", "position": "Заведующая кардиологическим отделением",
                  "startDate": "2014-09"}]}
                """));
        assertThat(CHECKER.check("В кардиологическом отделении, где я заведую, внедрила новый протокол.", head)
                .unsupported()).isEmpty();
    }

    @Test
    void readsHeadingAPlaceNamedByItsAbbreviationOrQuotedName() {
        // «руководил МФЦ», «возглавлял «Теплосеть»»: the verb's object is a whole organisation, not a shift or a team
        Evidence operator = Evidence.of(JSON.readTree("""
                {"work": [{"name": "МФЦ Выборгского района", "position": "Старший специалист", "startDate": "2016-02",
                  "highlights": ["Руковожу сменой из 6 специалистов"]}]}
                """));
        assertThat(spans(CHECKER.check("Десять лет руководил МФЦ Выборгского района.", operator)))
                .containsExactly("руководил МФЦ");
        assertThat(spans(CHECKER.check("До этого возглавлял «Теплосеть».", operator)))
                .containsExactly("возглавлял «Теплосеть»");
        assertThat(CHECKER.check("В МФЦ руковожу сменой из шести специалистов.", operator).unsupported()).isEmpty();
        Evidence director = Evidence.of(JSON.readTree("""
                {"work": [{"name": "МФЦ Выборгского района", "position": "Директор", "startDate": "2016-02"}]}
                """));
        assertThat(CHECKER.check("Десять лет руководил МФЦ Выборгского района.", director).unsupported()).isEmpty();
    }

    @Test
    void readsAYearAgainstTheProfilesOwnSentenceThatDatesTheSameEvent() {
        Evidence baker = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Millstone Bakery", "position": "Head Baker", "startDate": "2015-04",
                  "highlights": ["Installed a wood-fired deck oven for the sourdough range in 2021",
                                 "Bread of the Year, Great Taste Awards 2019"]}]}
                """));
        // inside the job's years, but not the year the profile gives for that very thing
        assertThat(spans(CHECKER.check("In 2018 I installed a wood-fired deck oven for our sourdough range.", baker)))
                .containsExactly("2018");
        assertThat(spans(CHECKER.check("Bread of the Year, Great Taste Awards (2020)", baker))).containsExactly("2020");
        assertThat(CHECKER.check("I installed a wood-fired deck oven for the sourdough range in 2021.", baker)
                .unsupported()).isEmpty();
        // another year after "and" dates the next thing, not this one
        assertThat(CHECKER.check("I won Bread of the Year at the Great Taste Awards in 2019 and opened a second shop in"
                + " 2022.", baker).unsupported()).isEmpty();
        Evidence operator = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Центр 112", "position": "Оператор", "startDate": "2016-03",
                  "highlights": ["Участвовал во внедрении новой версии диспетчерской системы в 2020 году"]}]}
                """));
        assertThat(spans(CHECKER.check("Знаю диспетчерскую систему: в 2018 году участвовал во внедрении её новой версии.",
                operator))).containsExactly("2018");
    }

    @Test
    void readsATradesDocumentByItsHolderAsTheCandidatesCredential() {
        // «стропальщика» is in the profile only as the colleague whose signals the crane driver follows
        Evidence craneDriver = Evidence.of(JSON.readTree("""
                {"work": [{"name": "СтройМонолит", "position": "Машинист башенного крана", "startDate": "2012-05",
                  "highlights": ["Работа по сигналам стропальщика"]}],
                 "certificates": [{"name": "Удостоверение машиниста башенного крана 6 разряда", "date": "2015-03"}]}
                """));
        assertThat(spans(CHECKER.check("Имею удостоверение стропальщика.", craneDriver)))
                .containsExactly("удостоверение стропальщика");
        assertThat(CHECKER.check("Имею удостоверение машиниста башенного крана.", craneDriver).unsupported()).isEmpty();
        // an employer's name is a place, not a rescuer's licence
        Evidence dispatcher = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Пожарно-спасательная часть № 12", "position": "Диспетчер", "startDate": "2014-02"}],
                 "certificates": [{"name": "Оператор системы-112", "date": "2016-09"}]}
                """));
        assertThat(spans(CHECKER.check("Также имею удостоверение спасателя.", dispatcher)))
                .containsExactly("удостоверение спасателя");
        Evidence rescuer = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Поисково-спасательный отряд", "position": "Спасатель 2 класса", "startDate": "2014-02"}]}
                """));
        assertThat(CHECKER.check("Также имею удостоверение спасателя.", rescuer).unsupported()).isEmpty();
    }

    @Test
    void readsAPostStatedWithIAndTheUnitItServes() {
        // «мастер» is in no table of roles; stated with «я» and the unit, it is a post the profile must hold
        Evidence glazier = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Завод «Стеклоприбор»", "position": "Стеклодув", "startDate": "2013-09"}]}
                """));
        assertThat(spans(CHECKER.check("Кроме того, я мастер участка кварцевого стекла.", glazier)))
                .containsExactly("мастер участка");
        Evidence foreman = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Завод «Стеклоприбор»", "position": "Мастер участка кварцевого стекла",
                  "startDate": "2013-09"}]}
                """));
        assertThat(CHECKER.check("Кроме того, я мастер участка кварцевого стекла.", foreman).unsupported()).isEmpty();
    }

    @Test
    void readsAPostACertificatesNameOpensWith() {
        // «Инструктор детского туризма» certifies the candidate as an instructor of children's hiking, not as any instructor
        Evidence lifeguard = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Бассейн «Волна»", "position": "Спасатель", "startDate": "2015-06"}],
                 "certificates": [{"name": "Инструктор детского туризма", "issuer": "Федерация туризма", "date": "2018-04"}]}
                """));
        assertThat(CHECKER.check("По выходным я также работаю инструктором детского туризма.", lifeguard).unsupported())
                .isEmpty();
        assertThat(spans(CHECKER.check("По выходным я также работаю инструктором горного туризма.", lifeguard)))
                .containsExactly("инструктором");
    }

    @Test
    void readsTheVacancysCountJudgedAsATaskToCome() {
        Evidence keeper = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Holt Estate", "position": "Head Gamekeeper", "startDate": "2014-03",
                  "highlights": ["Ran 2 shoots a week in season"]}]}
                """), new Evidence.Target("Ardmore Estates", "Estate Manager",
                "Ardmore Estates runs six sporting estates across Perthshire and needs an Estate Manager."));
        // the vacancy's six estates, made the subject of a judgement: a task to come, not a claim
        assertThat(CHECKER.check("Overseeing six estates is a bigger job than running one, but I would relish it.", keeper)
                .unsupported()).isEmpty();
        // the same figure as something done is still the candidate's claim
        assertThat(spans(CHECKER.check("At Holt I oversaw six estates for the family.", keeper))).containsExactly("six");
        Evidence engineer = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Волжская ГЭС", "position": "Инженер", "startDate": "2012-03"}]}
                """), new Evidence.Target("Управление водохранилищ", "Главный инженер",
                "Управление эксплуатирует плотины на семи водохранилищах области."));
        assertThat(CHECKER.check("Работа сразу на семи водохранилищах — интересная задача.", engineer).unsupported())
                .isEmpty();
        assertThat(spans(CHECKER.check("Работал сразу на семи водохранилищах — это был интересный опыт.", engineer)))
                .containsExactly("семи");
    }

    @Test
    void readsAPostNamedByAVerbOfWorking() {
        // «мастер» is in no table of roles: «работаю мастером» is a post held all the same
        Evidence operator = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Сургутнефтегаз", "position": "Оператор по добыче нефти 6 разряда",
                  "startDate": "2011-05"}]}
                """));
        assertThat(spans(CHECKER.check("Последний год фактически работаю мастером по добыче.", operator)))
                .containsExactly("мастером");
        Evidence foreman = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Сургутнефтегаз", "position": "Мастер по добыче нефти", "startDate": "2011-05"}]}
                """));
        assertThat(CHECKER.check("Последний год фактически работаю мастером по добыче.", foreman).unsupported())
                .isEmpty();
    }

    @Test
    void readsAPracticeAndADeskAsUnitsLedInBothLanguages() {
        Evidence associate = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Пепеляев Групп", "position": "Юрист практики налоговых споров", "startDate": "2016-09"}]}
                """));
        assertThat(spans(CHECKER.check("Сейчас руковожу практикой налоговых споров.", associate)))
                .containsExactly("руковожу практикой");
        Evidence trader = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Northgate Securities", "position": "Credit Trader", "startDate": "2015-01"}]}
                """));
        assertThat(spans(CHECKER.check("At Northgate I headed the credit desk.", trader))).containsExactly("headed the credit desk");
        Evidence head = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Northgate Securities", "position": "Head of Credit Trading", "startDate": "2015-01"}]}
                """));
        assertThat(CHECKER.check("At Northgate I headed the credit desk.", head).unsupported()).isEmpty();
    }

    @Test
    void readsManagingATeamAsLeadingOne() {
        Evidence accountant = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Carrow Fund Services", "position": "Fund Accountant", "startDate": "2017-06",
                  "highlights": ["Prepare NAV packs for 14 funds"]}]}
                """));
        assertThat(spans(CHECKER.check("Line-manage a team of fund accountants", accountant)))
                .containsExactly("Line-manage a team");
        assertThat(spans(CHECKER.check("At Carrow I managed the accounting department.", accountant)))
                .containsExactly("managed the accounting department");
        // a gerund a preposition governs is what the candidate has not yet done
        assertThat(CHECKER.check("Mentoring is the closest I have come to managing a team.", accountant).unsupported())
                .isEmpty();
        Evidence supervisor = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Carrow Fund Services", "position": "Fund Accounting Manager", "startDate": "2017-06"}]}
                """));
        assertThat(CHECKER.check("Line-manage a team of fund accountants", supervisor).unsupported()).isEmpty();
    }

    @Test
    void readsAFigureOfYearsAsNoCountOfItsLinesThings() {
        // "nine years" on a line about illustration is a time served, not nine illustrators in other words
        Evidence designer = Evidence.of(JSON.readTree("""
                {"basics": {"summary": "Book designer and illustrator with over nine years in publishing."},
                 "work": [{"name": "Thistle Books", "position": "Senior Book Designer", "startDate": "2017-03",
                  "highlights": ["Art-directs 5 freelance illustrators"]}]}
                """));
        assertThat(spans(CHECKER.check("Art-direct nine freelance illustrators", designer))).containsExactly("nine");
        assertThat(CHECKER.check("Art-direct five freelance illustrators", designer).unsupported()).isEmpty();
    }

    @Test
    void readsAnOrganisationNamedByItsPlaceAndKind() {
        Evidence engineer = Evidence.of(JSON.readTree("""
                {"basics": {"location": {"city": "Удомля"}},
                 "work": [{"name": "Калининская АЭС", "position": "Инженер по управлению турбиной", "startDate": "2012-08"}]}
                """));
        // the kind (АЭС) is the profile's, the place is not: another station
        assertThat(spans(CHECKER.check("Работаю инженером по управлению турбиной на Ростовской АЭС.", engineer)))
                .containsExactly("Ростовской АЭС");
        assertThat(CHECKER.check("Работаю инженером по управлению турбиной на Калининской АЭС.", engineer).unsupported())
                .isEmpty();
    }

    @Test
    void readsAllNGradesAsGradeN() {
        // the figure three is the profile's elsewhere; as the grade reached it is not
        Evidence analyst = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Northgate Capital", "position": "Кредитный аналитик", "startDate": "2016-09",
                  "highlights": ["Веду 3 отраслевых портфеля"]}],
                 "certificates": [{"name": "CFA Level II", "issuer": "CFA Institute", "date": "2021-08"}]}
                """));
        assertThat(spans(CHECKER.check("Сдал все три уровня экзамена CFA.", analyst))).containsExactly("все три уровня");
        Evidence charterholder = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Northgate Capital", "position": "Кредитный аналитик", "startDate": "2016-09",
                  "highlights": ["Веду 3 отраслевых портфеля"]}],
                 "certificates": [{"name": "CFA Level III", "issuer": "CFA Institute", "date": "2022-08"}]}
                """));
        assertThat(CHECKER.check("Сдал все три уровня экзамена CFA.", charterholder).unsupported()).isEmpty();
    }
}
