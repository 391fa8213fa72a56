package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Classes of the fifth generalising round (FACTCHECK.md) and the holes a code review found in the fourth, each on
 * made-up profiles of the team's own: how far a negation or a wish reaches, a language the profile must have as a
 * language, a list item that only looks like a pronoun or a verb, a stand-in post compared with the one held, a
 * figure after a grade, a figure the profile writes after the thing it counts, a year beside a credential, a
 * fleeting vowel, a role word inside a product's name, a list item opened by the profile's verb, and the vacancy's
 * figures and skills where the text speaks of the employer; and new catches: the time before the employer just
 * named, a decade, more verbs of starting, a post of which the profile held only the deputy's or assistant's, a
 * ward or unit led, a category in the accusative, and a postgraduate diploma.
 */
class FactCheckerFifthRoundTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void endsANegationAtButAndAWishWhereTheCandidateOffersWhatTheyHave() {
        Evidence sales = Evidence.of(salesHead());
        assertThat(spans(CHECKER.check("У меня нет опыта в Kotlin, но восемь лет руководил отделом в Сбере.", sales)))
                .containsExactly("Сбере");
        assertThat(CHECKER.check("У меня нет опыта в Kotlin и в Сбере.", sales).unsupported()).isEmpty();

        Evidence safety = Evidence.of(safetyManager());
        assertThat(spans(CHECKER.check("I have never used Kotlin, but I spent ten years at Network Rail.", safety)))
                .containsExactly("ten years", "Network Rail");
        assertThat(CHECKER.check("I have never worked at Network Rail or used Kotlin.", safety).unsupported())
                .isEmpty();
        assertThat(spans(CHECKER.check("I would love to bring my NEBOSH diploma and ten years at Network Rail.",
                safety))).containsExactly("NEBOSH diploma", "ten years", "Network Rail");
        assertThat(CHECKER.check("I would welcome the chance to run a depot at Network Rail.", safety).unsupported())
                .isEmpty();
    }

    @Test
    void wantsALanguageWithoutALevelUsedAsALanguageInTheProfile() {
        // both profiles write "Italian" only of food
        assertThat(spans(CHECKER.check("Говорю на итальянском.", Evidence.of(salesHead()))))
                .containsExactly("итальянском");
        assertThat(spans(CHECKER.check("I speak Italian.", Evidence.of(safetyManager())))).containsExactly("Italian");
        JsonNode guide = JSON.readTree(salesHead().toString().replace("Организовывал обеды итальянской кухни",
                "Проводил презентации на итальянском и испанском"));
        assertThat(CHECKER.check("Говорю на испанском.", Evidence.of(guide)).unsupported()).isEmpty();
    }

    @Test
    void skipsOnlyTheListItemThatReadsAsAClauseNotTheRestOfTheList() {
        assertThat(spans(CHECKER.check("Владею тендерами, ПО для продаж и гидропоникой.", Evidence.of(salesHead()))))
                .containsExactly("гидропоникой");
        assertThat(spans(CHECKER.check("I am skilled in payroll, IT support and crane rigging.",
                Evidence.of(safetyManager())))).containsExactly("crane rigging");
    }

    @Test
    void holdsAStandInPostOnlyForThePostStoodInFor() {
        JsonNode actingDirector = JSON.readTree(salesHead().toString().replace("\"position\":\"Менеджер по продажам\"",
                "\"position\":\"И. о. директора по продажам\""));
        assertThat(CHECKER.check("Временно исполнял обязанности директора по продажам.", Evidence.of(actingDirector))
                .unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("Временно исполнял обязанности генерального директора.",
                Evidence.of(actingDirector)))).containsExactly("Временно исполнял обязанности генерального директора");
    }

    @Test
    void readsAFigureAfterAGradeAsNoCountAndAFigureTheProfileCountsBeforeItsThing() {
        JsonNode bands = JSON.readTree(safetyManager().toString().replace("\"Runs safety briefings for 40 track workers\"",
                "\"Runs safety briefings for 40 track workers\", \"Supervises two track workers (Band 4)\""));
        assertThat(CHECKER.check("I supervise two Band 4 track workers.", Evidence.of(bands)).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I run safety briefings for 60 track workers.", Evidence.of(bands))))
                .containsExactly("60");

        // the profile names what it counts before the figure: «претензий клиентов: около 120 в год»
        JsonNode claims = JSON.readTree(salesHead().toString().replace("\"Внедрил CRM «Битрикс24»\"",
                "\"Внедрил CRM «Битрикс24»\", \"Рассмотрение претензий клиентов: около 120 в год\", "
                        + "\"Вёл 15 клиентов из сетевой розницы\""));
        assertThat(CHECKER.check("Рассматриваю около 120 претензий клиентов в год.", Evidence.of(claims)).unsupported())
                .isEmpty();
        assertThat(spans(CHECKER.check("Рассматриваю около 200 претензий клиентов в год.", Evidence.of(claims))))
                .containsExactly("200");
    }

    @Test
    void readsAYearAfterACredentialAsTheCredentialsDate() {
        Evidence safety = Evidence.of(safetyManager());
        assertThat(CHECKER.check("IOSH Managing Safely certificate (2018).", safety).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("IOSH Managing Safely certificate (2015).", safety))).containsExactly("2015");
    }

    @Test
    void knowsARussianWordThatDropsItsVowelAndNoRoleInsideAProductsName() {
        JsonNode merchant = JSON.readTree(salesHead().toString().replace("ООО «Вектор»", "ООО «Купец»")
                .replace("\"Битрикс24\"]", "\"Битрикс24\", \"КонсультантПлюс\"]"));
        assertThat(CHECKER.check("Три года работал в «Купце».", Evidence.of(merchant)).unsupported()).isEmpty();
        assertThat(CHECKER.check("Работаю в КонсультантПлюс и Битрикс24.", Evidence.of(merchant)).unsupported())
                .isEmpty();
        assertThat(spans(CHECKER.check("Три года работал в «Ларце».", Evidence.of(merchant)))).containsExactly("«Ларце»");
    }

    @Test
    void readsAListItemOpenedByTheProfilesOwnVerbInItsIngForm() {
        JsonNode briefings = JSON.readTree(safetyManager().toString()
                .replace("\"Runs safety briefings for 40 track workers\"", "\"Runs possession briefings\"")
                .replace("\"payroll\"]", "\"payroll\", \"possession briefings\", \"handbacks\", \"line walks\"]"));
        assertThat(CHECKER.check("I am Safety Manager at Eastline Rail, running possession briefings, handbacks and "
                + "line walks.", Evidence.of(briefings)).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I am Safety Manager at Eastline Rail, running possession briefings, handbacks "
                + "and crane lifts.", Evidence.of(briefings)))).containsExactly("crane lifts");
    }

    @Test
    void leavesTheVacancysFiguresAndSkillsWhereTheTextSpeaksOfTheEmployer() {
        Evidence safety = Evidence.of(safetyManager(), new Evidence.Target("Northline Trains", "Head of Safety",
                "Northline Trains runs a 12-depot network, 300,000 journeys a week. Experience with M&A is desirable."));
        assertThat(CHECKER.check("A network of 12 depots and 300,000 journeys would be a step up for me.", safety)
                .unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I ran 12 depots.", safety))).containsExactly("12");
        assertThat(CHECKER.check("I run safety audits, which I think is relevant to the M&A support in your advert.",
                safety).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I run safety audits and M&A support.", safety))).containsExactly("M&A");
    }

    @Test
    void countsTheTimeBeforeTheEmployerJustNamedAndADecadeAsTenYears() {
        Evidence sales = Evidence.of(salesHead());
        // before Альфа-Логистик (from March 2021): Вектор, January 2018 to February 2021
        assertThat(CHECKER.check("С 2021 года руковожу отделом продаж в «Альфа-Логистик», а до этого три года работал "
                + "менеджером.", sales).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("С 2021 года руковожу отделом продаж в «Альфа-Логистик», а до этого шесть лет "
                + "работал менеджером.", sales))).containsExactly("шесть лет");

        assertThat(spans(CHECKER.check("Safety manager with over a decade in rail safety.",
                Evidence.of(safetyManager())))).containsExactly("a decade");
        JsonNode longer = JSON.readTree(safetyManager().toString().replace("2018-02", "2014-02"));
        assertThat(CHECKER.check("Safety manager with over a decade in rail safety.", Evidence.of(longer))
                .unsupported()).isEmpty();
    }

    @Test
    void readsAYearAfterMoreVerbsOfStartingAsAStart() {
        assertThat(CHECKER.check("Начинал я в 2018 году менеджером по продажам.", Evidence.of(salesHead()))
                .unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("Начинал я в 2019 году менеджером по продажам.", Evidence.of(salesHead()))))
                .containsExactly("2019");
        assertThat(spans(CHECKER.check("Since taking over in 2020 I have run safety briefings.",
                Evidence.of(safetyManager())))).containsExactly("2020");
    }

    @Test
    void holdsNoPostOnlyItsDeputyOrAssistantHeld() {
        JsonNode assistant = JSON.readTree(safetyManager().toString()
                .replace("\"position\":\"Safety Advisor\"", "\"position\":\"Assistant Depot Manager\""));
        assertThat(spans(CHECKER.check("At Harbour Freight I was Depot Manager.", Evidence.of(assistant))))
                .containsExactly("Depot Manager");
        assertThat(CHECKER.check("At Harbour Freight I was Assistant Depot Manager.", Evidence.of(assistant))
                .unsupported()).isEmpty();
    }

    @Test
    void wantsAHeadsPostForAWardOrAUnitAndReadsAHighestCategoryInTheAccusative() {
        Evidence nurse = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Медицинская сестра палатная"},
                 "work": [{"name": "ГБУЗ «Городская больница № 3»", "position": "Медицинская сестра палатная",
                   "startDate": "2016-09", "highlights": ["Уход за пациентами палаты интенсивной терапии"]}],
                 "certificates": [{"name": "Первая квалификационная категория", "date": "2021-05"}]}
                """));
        assertThat(spans(CHECKER.check("Заведую палатой интенсивной терапии.", nurse)))
                .containsExactly("Заведую палатой");
        assertThat(spans(CHECKER.check("Имею высшую квалификационную категорию.", nurse)))
                .containsExactly("высшую квалификационную категорию");
        assertThat(CHECKER.check("Имею первую квалификационную категорию.", nurse).unsupported()).isEmpty();
    }

    @Test
    void readsAPostgraduateDiplomaAsALevelOfItsOwn() {
        Evidence safety = Evidence.of(safetyManager());
        assertThat(spans(CHECKER.check("I later took a postgraduate diploma in rail safety.", safety)))
                .containsExactly("postgraduate diploma");
        JsonNode diploma = JSON.readTree(safetyManager().toString().replace("\"certificates\"",
                "\"education\": [{\"institution\": \"University of Derby\", \"studyType\": \"PgDip\", "
                        + "\"area\": \"Rail Safety\"}], \"certificates\""));
        assertThat(CHECKER.check("I later took a postgraduate diploma in rail safety.", Evidence.of(diploma))
                .unsupported()).isEmpty();
    }

    /**
     * The taxonomy files products and credentials under one skill (OpenTable and SevenRooms under reservation
     * systems, QTS and NPQML under teaching qualifications); the profile's OpenTable does not make SevenRooms true.
     * An abbreviation that spells the skill's own words (СЗР, «средства защиты растений») is the skill itself.
     */
    @Test
    void wantsTheProductItselfNotAnotherOfTheSameSkill() {
        Evidence host = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Restaurant host"},
                 "work": [{"name": "The Ivy Brasserie", "position": "Head host", "startDate": "2019-04",
                   "highlights": ["Ran table reservations for 180 covers a night"]}],
                 "skills": [{"name": "Front of house", "keywords": ["OpenTable", "table reservations"]}]}
                """));
        assertThat(CHECKER.check("I manage the evening's bookings in OpenTable.", host).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I manage the evening's bookings in SevenRooms.", host)))
                .containsExactly("SevenRooms");

        Evidence teacher = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Teacher of mathematics"},
                 "work": [{"name": "Hillcrest Academy", "position": "Teacher of mathematics", "startDate": "2016-09"}],
                 "certificates": [{"name": "Qualified Teacher Status (QTS)", "date": "2016-07"}]}
                """));
        assertThat(CHECKER.check("I hold QTS.", teacher).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I also hold the NPQML.", teacher))).containsExactly("NPQML");

        Evidence agronomist = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Агроном"},
                 "work": [{"name": "ООО «Нива»", "position": "Агроном", "startDate": "2017-03",
                   "highlights": ["Подбирал средства защиты растений для зерновых"]}]}
                """));
        assertThat(CHECKER.check("Подбираю СЗР для зерновых.", agronomist).unsupported()).isEmpty();
        Evidence seller = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Агроном-консультант"},
                 "work": [{"name": "ООО «Нива»", "position": "Агроном-консультант", "startDate": "2017-03",
                   "highlights": ["Консультировал хозяйства по минеральным удобрениям"]}]}
                """));
        assertThat(spans(CHECKER.check("Подбираю СЗР для зерновых.", seller))).containsExactly("СЗР");

        // an exact spelling made of ordinary words is the skill itself, not a product apart
        Evidence engineer = Evidence.of(JSON.readTree("""
                {"basics": {"label": "DevOps engineer"},
                 "work": [{"name": "ООО «Облако»", "position": "DevOps-инженер", "startDate": "2019-02"}],
                 "skills": [{"name": "DevOps", "keywords": ["IaC", "Terraform"]}]}
                """));
        assertThat(CHECKER.check("Управлял инфраструктурой как кодом на Terraform.", engineer).unsupported())
                .isEmpty();
    }

    /**
     * The vacancy's own skill or figure is the employer's only where the words speak to the employer or of a wish;
     * "in my current role" makes it the candidate's claim. A destination ends at the next list joint.
     */
    @Test
    void readsTheVacancysOwnSkillOrFigureAsTheCandidatesInTheirOwnRole() {
        Evidence host = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Restaurant host"},
                 "work": [{"name": "The Ivy Brasserie", "position": "Head host", "startDate": "2019-04",
                   "highlights": ["Ran table reservations for 180 covers a night"]}],
                 "skills": [{"name": "Front of house", "keywords": ["OpenTable"]}]}
                """), new Evidence.Target("Hawksmoor", "Reservations Manager",
                "Hawksmoor is hiring a Reservations Manager. You will run bookings in SevenRooms across 12 sites."));
        assertThat(CHECKER.check("I would love to learn the SevenRooms set-up your team uses.", host).unsupported())
                .isEmpty();
        assertThat(spans(CHECKER.check("In my current role I take bookings in SevenRooms.", host)))
                .containsExactly("SevenRooms");
        assertThat(spans(CHECKER.check("In my current role I run bookings across 12 sites.", host)))
                .containsExactly("12");

        Evidence safety = Evidence.of(safetyManager());
        assertThat(spans(CHECKER.check("I would love to bring my skills to your team and ten years at Network Rail.",
                safety))).containsExactly("ten years", "Network Rail");
        assertThat(CHECKER.check("I first worked in rail safety a decade ago.", safety).unsupported()).isEmpty();
    }

    private static JsonNode salesHead() {
        return JSON.readTree("""
                {"basics": {"label": "Руководитель отдела продаж"},
                 "work": [{"name": "ООО «Альфа-Логистик»", "position": "Руководитель отдела продаж",
                   "startDate": "2021-03",
                   "highlights": ["Руковожу отделом из 9 менеджеров", "Внедрил CRM «Битрикс24»"]},
                  {"name": "ООО «Вектор»", "position": "Менеджер по продажам", "startDate": "2018-01",
                   "endDate": "2021-02", "highlights": ["Организовывал обеды итальянской кухни для клиентов"]}],
                 "skills": [{"name": "Продажи", "keywords": ["B2B-продажи", "тендеры", "Битрикс24"]}],
                 "languages": [{"language": "Русский", "fluency": "Родной"}, {"language": "Английский", "fluency": "B2"}]}
                """);
    }

    private static JsonNode safetyManager() {
        return JSON.readTree("""
                {"basics": {"label": "Rail Safety Manager"},
                 "work": [{"name": "Eastline Rail", "position": "Safety Manager", "startDate": "2022-05",
                   "highlights": ["Runs safety briefings for 40 track workers",
                                  "Cooks Italian cuisine for the depot's charity days"]},
                  {"name": "Harbour Freight", "position": "Safety Advisor", "startDate": "2018-02",
                   "endDate": "2022-04"}],
                 "certificates": [{"name": "IOSH Managing Safely", "issuer": "IOSH", "date": "2018-06"}],
                 "skills": [{"name": "Safety", "keywords": ["IT support", "risk assessment", "payroll"]}],
                 "languages": [{"language": "English", "fluency": "Native speaker"}]}
                """);
    }
}
