package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Classes of the seventh generalising round (FACTCHECK.md), each on made-up profiles of the team's own: a figure after
 * "for" with no noun of its own, in a sentence that has counted years, is a duration in years; and the run of a post
 * goes on through the posts that followed it without a gap and are named by a word of its title; and a post on a CV's
 * line is compared with the post held at the employer the line names after a comma; and a dash between two words in
 * what a letter applies for joins a name ("the Penmarth–Gullsey routes"), it does not end what is applied for; and a name that ends in a trade's plural ("Harbourline Ferries") after "with" is
 * an employer; and an interest («мне интересна работа с …», "I am interested in") is a wish, which claims nothing;
 * and a dash after a duration ties it to the employer named after the dash.
 */
class FactCheckerSeventhRoundTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsAFigureAfterForWithNoNounAsTheYearsTheSentenceCounted() {
        Evidence chef = Evidence.of(pastryChef());
        // nine years as Pastry Chef at the Marlowe Hotel: "for almost nine" is that job's run
        assertThat(CHECKER.check("I have been a chef for nearly thirteen years and was Pastry Chef at the Marlowe "
                + "Hotel for almost nine, in charge of desserts for 120 covers.", chef).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I have been a chef for nearly thirteen years and was Pastry Chef at the "
                + "Marlowe Hotel for almost five, in charge of desserts for 120 covers.", chef)))
                .containsExactly("five");
        // no years counted before it: a figure, which the profile must state
        assertThat(spans(CHECKER.check("I plated desserts for almost nine, every night.", chef)))
                .containsExactly("nine");
    }

    @Test
    void runsAPostOnThroughThePromotionsThatFollowedIt() {
        // Associate Surveyor five years, then Senior Associate six at another firm without a gap: eleven as a surveyor
        assertThat(CHECKER.check("I have been a surveyor for more than ten years.", Evidence.of(surveyor(
                "Senior Associate"))).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("I have been a surveyor for fifteen years.", Evidence.of(surveyor(
                "Senior Associate"))))).containsExactly("fifteen years");
        // a post whose head noun the first title does not hold is another line of work
        assertThat(spans(CHECKER.check("I have been a surveyor for more than ten years.", Evidence.of(surveyor(
                "Office Manager"))))).containsExactly("ten years");
    }

    @Test
    void comparesAPostOnACvLineWithThePostHeldAtTheEmployerTheLineNames() {
        Evidence curator = Evidence.of(curator());
        assertThat(CHECKER.check("Collections Officer, Harrowgate Museum (2019–present)\n"
                + "Head of Learning, Fenmoor Trust (2014–2018)", curator).unsupported()).isEmpty();
        // the profile heads learning at Fenmoor, not collections at Harrowgate: one notch up at the employer named
        assertThat(spans(CHECKER.check("Head of Collections, Harrowgate Museum (2019–present)", curator)))
                .containsExactly("Head of Collections");
        // after the comma more than a name: not a CV's line, the post is read against every post as before
        assertThat(CHECKER.check("Head of Collections, Harrowgate Museum and Fenmoor Trust", curator)
                .unsupported()).isEmpty();
    }

    @Test
    void readsADashBetweenTwoWordsInWhatIsAppliedForAsPartOfAName() {
        Evidence officer = Evidence.of(deckOfficer(), new Evidence.Target("Harbourline Ferries", "Chief Officer",
                "Harbourline Ferries is recruiting a Chief Officer for the Penmarth–Gullsey–Tregannock routes. You will "
                        + "hold a Chief Mate certificate."));
        assertThat(CHECKER.check("I am applying for the Chief Officer post on Harbourline's Penmarth–Gullsey–Tregannock "
                + "routes.", officer).unsupported()).isEmpty();
        // a spaced dash still ends what is applied for: after it the candidate speaks of himself
        assertThat(spans(CHECKER.check("I am applying for the Chief Officer post – I have sailed to Tregannock for "
                + "years.", officer))).containsExactly("Tregannock");
    }

    @Test
    void readsANameEndingInATradesPluralAfterWithAsAnEmployer() {
        Evidence officer = Evidence.of(deckOfficer());
        assertThat(spans(CHECKER.check("Earlier I sailed for two seasons with H&K Ferries.", officer)))
                .containsExactly("H&K Ferries");
        assertThat(CHECKER.check("Earlier I sailed for two seasons with Kestrel Ferries.", officer).unsupported())
                .isEmpty();
        // one word is no name of two: "with Ferries" is left alone
        assertThat(CHECKER.check("Earlier I sailed for two seasons with ferries.", officer).unsupported()).isEmpty();
    }

    @Test
    void readsAnInterestInTheVacancysWordsAsAWishNotAClaim() {
        Evidence crane = Evidence.of(craneOperator(), new Evidence.Target("ООО «СеверПорт»", "Машинист крана",
                "Будет плюсом опыт работы с гидравлическими манипуляторами."));
        assertThat(CHECKER.check("Мне интересна работа с гидравлическими манипуляторами, и я готов к обучению.", crane)
                .unsupported()).isEmpty();
        // stated as done, the same words are a claim
        assertThat(spans(CHECKER.check("Я работаю с гидравлическими манипуляторами, и я готов к обучению.", crane)))
                .containsExactly("гидравлическими", "манипуляторами");
    }

    @Test
    void tiesADurationToTheEmployerADashAfterItNames() {
        Evidence deputy = Evidence.of(deputyHead());
        assertThat(CHECKER.check("Я четырнадцать лет работаю в школе, из них последние четыре — заместителем "
                + "директора в лицее № 17 Твери.", deputy).unsupported()).isEmpty();
        // four years at the lyceum, not eight (the ten years of teaching elsewhere do not lend them)
        assertThat(spans(CHECKER.check("Я четырнадцать лет работаю в школе, из них последние восемь — заместителем "
                + "директора в лицее № 17 Твери.", deputy))).containsExactly("восемь");
    }

    private static JsonNode deputyHead() {
        return JSON.readTree("""
                {"basics": {"label": "Заместитель директора"},
                 "work": [{"name": "Лицей № 17 г. Твери", "position": "Заместитель директора по учебной работе",
                   "startDate": "2021-09", "endDate": "2025-12"},
                  {"name": "Школа № 5 г. Торжка", "position": "Учитель физики", "startDate": "2011-09",
                   "endDate": "2021-08"}]}
                """);
    }

    private static JsonNode craneOperator() {
        return JSON.readTree("""
                {"basics": {"label": "Машинист портального крана"},
                 "work": [{"name": "АО «Балтийский терминал»", "position": "Машинист портального крана",
                   "startDate": "2016-04", "highlights": ["Перегрузка контейнеров и генеральных грузов"]}],
                 "skills": [{"name": "Краны", "keywords": ["портальные краны", "строповка"]}]}
                """);
    }

    private static JsonNode deckOfficer() {
        return JSON.readTree("""
                {"basics": {"label": "Second Officer"},
                 "work": [{"name": "Westray Shipping", "position": "Second Officer", "startDate": "2018-01",
                   "summary": "Navigating officer on the Oban–Mull route."},
                  {"name": "Kestrel Ferries", "position": "Deck Cadet", "startDate": "2015-01", "endDate": "2017-12"}],
                 "certificates": [{"name": "Chief Mate (Unlimited) Certificate of Competency", "date": "2022-01"}]}
                """);
    }

    private static JsonNode curator() {
        return JSON.readTree("""
                {"basics": {"label": "Collections Officer"},
                 "work": [{"name": "Harrowgate Museum", "position": "Collections Officer", "startDate": "2019-01"},
                  {"name": "Fenmoor Trust", "position": "Head of Learning", "startDate": "2014-01",
                   "endDate": "2018-12"}]}
                """);
    }

    private static JsonNode pastryChef() {
        return JSON.readTree("""
                {"basics": {"label": "Pastry Chef"},
                 "work": [{"name": "Marlowe Hotel", "position": "Pastry Chef", "startDate": "2015-01",
                   "endDate": "2023-12", "highlights": ["Desserts for 120 covers a night"]},
                  {"name": "Fenwick Brasserie", "position": "Commis Chef", "startDate": "2011-01",
                   "endDate": "2014-12"}]}
                """);
    }

    private static JsonNode surveyor(String laterPost) {
        return JSON.readTree("""
                {"basics": {"label": "Chartered surveyor"},
                 "work": [{"name": "Harrowgate Surveyors", "position": "%s", "startDate": "2017-01",
                   "endDate": "2022-12"},
                  {"name": "Lindqvist Partners", "position": "Associate Surveyor", "startDate": "2012-01",
                   "endDate": "2016-12"}]}
                """.formatted(laterPost));
    }
}
