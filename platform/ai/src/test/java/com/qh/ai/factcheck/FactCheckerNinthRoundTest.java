package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mechanisms of the ninth round (FACTCHECK.md), found by asking why blind-12's misses were missed and written as
 * general rules, each on made-up profiles of the team's own with a case that must be flagged and a near one that must
 * not: a post held "since" a year began with a job holding it (a school's first year is no post's), the head noun of the
 * profile's own post opening the part naming one too; a range of years
 * that ends a line's heading dates the post and employer of the parts before it; an abbreviation the profile writes
 * only as such is a word of the credential's entry; a verb of learning in the past («освоил», «изучила») tells what
 * was done, so claims what it governs, the vacancy's terms too; honours, sports ranks and a trade's documents
 * («мастер спорта», «заслуженный …», "Honoured …", «книжка …», «свидетельство …») are credentials with no cue word; a
 * name that says its kind ("University of …", «… порта») is one of the profile's names, not words from here and there;
 * a post written in capitals ("Ramp Manager") is a post's name, whose words one title must hold; a change told in
 * words ("halved", "by a third", «вдвое») is a figure the profile must state; a Russian body named by adjectives before
 * its kind («Калужском хрустальном заводе», «… компании», «… АЭС») is an employer.
 */
class FactCheckerNinthRoundTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsAPostHeldSinceAYearAsAJobThatBeganThen() {
        Evidence planner = Evidence.of(planner());
        // 2009 begins only the degree: the post began in 2012
        assertThat(spans(CHECKER.check("Events coordinator since 2009, now running events at Hartfield Hall.", planner)))
                .containsExactly("2009");
        assertThat(CHECKER.check("Events coordinator since 2012, now running events at Hartfield Hall.", planner)
                .unsupported()).isEmpty();
        // the post held since then must be the one that began then: the 2012 job was a coordinator's, not a manager's
        assertThat(spans(CHECKER.check("Events manager since 2012, now at Hartfield Hall.", planner)))
                .containsExactly("2012");
        assertThat(CHECKER.check("Events manager since 2018, at Hartfield Hall.", planner).unsupported()).isEmpty();
        Evidence accountant = Evidence.of(JSON.readTree("""
                {"work": [{"name": "ООО «Аккорд»", "position": "Бухгалтер", "startDate": "2015-02"}],
                 "education": [{"institution": "Колледж экономики", "area": "Бухгалтерский учёт", "studyType": "СПО",
                  "startDate": "2011-09", "endDate": "2015-01"}]}
                """));
        assertThat(spans(CHECKER.check("Бухгалтер с 2011 года.", accountant))).containsExactly("2011");
        assertThat(CHECKER.check("Бухгалтер с 2015 года.", accountant).unsupported()).isEmpty();
    }

    @Test
    void readsTheHeadNounOfTheProfilesOwnPostAsAPostHeldSinceAYear() {
        // «смотритель» is no title word the checker knows; the profile's post makes it one
        Evidence keeper = Evidence.of(JSON.readTree("""
                {"work": [{"name": "ГБУК «Усадьба Ясное»", "position": "Старший смотритель", "startDate": "2015-04"}],
                 "education": [{"institution": "Колледж культуры", "area": "Музейное дело", "studyType": "СПО",
                  "startDate": "2011-09", "endDate": "2015-03"}]}
                """));
        assertThat(spans(CHECKER.check("Смотритель музея с 2011 года.", keeper))).containsExactly("2011");
        assertThat(CHECKER.check("Смотритель музея с 2015 года.", keeper).unsupported()).isEmpty();
    }

    @Test
    void datesAHeadingsPostAndEmployerByTheRangeThatEndsIt() {
        Evidence planner = Evidence.of(planner());
        // the coordinator's post at Lindow Events ran 2012–2018; 2009 began the degree
        assertThat(spans(CHECKER.check("Events Coordinator, Lindow Events, 2009–2018: weddings and galas", planner)))
                .containsExactly("2009");
        assertThat(CHECKER.check("Events Coordinator, Lindow Events, 2012–2018: weddings and galas", planner)
                .unsupported()).isEmpty();
        // at one employer, the range is the post's own: the assistant's post ran 2010–2012
        Evidence crew = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Nordline Ferries", "position": "Deck Officer", "startDate": "2014-03", "endDate": "2020-05"},
                  {"name": "Nordline Ferries", "position": "Deck Rating", "startDate": "2011-06", "endDate": "2014-02"}]}
                """));
        assertThat(spans(CHECKER.check("Deck Officer, Nordline Ferries, 2011–2020: night crossings", crew)))
                .containsExactly("2011");
        assertThat(CHECKER.check("Deck Officer, Nordline Ferries, 2014–2020: night crossings", crew).unsupported())
                .isEmpty();
    }

    @Test
    void readsAnAbbreviationTheProfileWritesAsSuchAsAWordOfTheCredential() {
        Evidence coach = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Fenwick Rowing Club", "position": "Head Coach", "startDate": "2017-01"}],
                 "certificates": [{"name": "BRKX Foundation Certificate", "issuer": "Boat Racing Examiners", "date": "2018-04"},
                  {"name": "Advanced Practitioner Certificate in Water Safety", "issuer": "Lifeguard Guild", "date": "2020-02"}]}
                """));
        // "Practitioner" is the water-safety award's: the BRKX certificate the profile holds is the Foundation one
        assertThat(spans(CHECKER.check("I hold the BRKX Practitioner Certificate.", coach)))
                .containsExactly("BRKX Practitioner Certificate");
        assertThat(CHECKER.check("I hold the BRKX Foundation Certificate.", coach).unsupported()).isEmpty();
        // initials the profile spells out (the issuer's) need only be the profile's somewhere
        assertThat(CHECKER.check("I hold the BRE Foundation Certificate.", coach).unsupported()).isEmpty();
    }

    @Test
    void readsAPastVerbOfLearningAsAClaimNotAWish() {
        Evidence lab = Evidence.of(JSON.readTree("""
                {"work": [{"name": "ООО «Геноскан»", "position": "Лаборант", "startDate": "2019-03",
                  "highlights": ["Выделение ДНК, ПЦР"]}],
                 "skills": [{"name": "Лаборатория", "keywords": ["ПЦР", "выделение ДНК"]}]}
                """), new Evidence.Target("Ривертаун", "Лаборант", "Желателен опыт работы на Kestrel Reader."));
        // what one has mastered is claimed, whatever the vacancy asks
        assertThat(spans(CHECKER.check("В «Геноскане» я освоил Kestrel Reader.", lab))).containsExactly("Kestrel", "Reader");
        assertThat(spans(CHECKER.check("В «Геноскане» я изучила Kestrel Reader.", lab))).containsExactly("Kestrel", "Reader");
        // what one wants to master is a wish about the post
        assertThat(CHECKER.check("Я хотел бы освоить Kestrel Reader.", lab).unsupported()).isEmpty();
        assertThat(CHECKER.check("Готов изучить Kestrel Reader.", lab).unsupported()).isEmpty();
    }

    @Test
    void readsHonoursRanksAndTradeDocumentsAsCredentialsWithNoCueWord() {
        Evidence gymnast = Evidence.of(JSON.readTree("""
                {"work": [{"name": "СШОР «Вега»", "position": "Тренер по прыжкам на батуте", "startDate": "2016-09"}],
                 "certificates": [{"name": "Кандидат в мастера спорта по прыжкам на батуте", "issuer": "Спорткомитет",
                   "date": "2009-04"}, {"name": "Свидетельство судьи по спорту", "issuer": "Федерация батута",
                   "date": "2018-02"}],
                 "awards": [{"title": "Почётная грамота Спорткомитета", "date": "2020-12"}]}
                """));
        // a rank or an honour is one entry of the profile: a candidate master is no master, a letter of thanks no title
        assertThat(spans(CHECKER.check("Тренер; мастер спорта России по прыжкам на батуте.", gymnast)))
                .containsExactly("мастер спорта России по прыжкам");
        assertThat(CHECKER.check("Тренер; кандидат в мастера спорта по прыжкам на батуте.", gymnast).unsupported())
                .isEmpty();
        assertThat(spans(CHECKER.check("Тренер СШОР «Вега», заслуженный тренер России.", gymnast)))
                .containsExactly("заслуженный тренер России");
        // a document of the trade names an entry too, and the holder after it («у меня») is not its name
        assertThat(spans(CHECKER.check("Книжка судьи по спорту у меня есть.", gymnast)))
                .containsExactly("Книжка судьи по спорту");
        assertThat(CHECKER.check("Свидетельство судьи по спорту у меня есть.", gymnast).unsupported()).isEmpty();
    }

    @Test
    void readsANameThatSaysItsKindAsOneOfTheProfilesNames() {
        Evidence researcher = Evidence.of(JSON.readTree("""
                {"basics": {"location": {"city": "Cambridge"}},
                 "work": [{"name": "Polar Ice Survey", "position": "Glaciologist", "startDate": "2020-03"},
                  {"name": "University of Bristol", "position": "Postdoctoral Researcher", "startDate": "2016-09",
                   "endDate": "2020-02"},
                  {"name": "Halden Bakery", "position": "Weekend Baker", "startDate": "2012-06", "endDate": "2014-08"}]}
                """));
        // "University" and "Cambridge" are each the profile's, but no one name of it holds both
        assertThat(spans(CHECKER.check("Before that I was a researcher at the University of Cambridge.", researcher)))
                .containsExactly("University of Cambridge");
        assertThat(CHECKER.check("Before that I was a researcher at the University of Bristol.", researcher)
                .unsupported()).isEmpty();
        // a firm's site says no kind of body, and names joined by "and" stand alone
        assertThat(CHECKER.check("As a student I baked at Halden Bakery Cambridge.", researcher).unsupported())
                .isEmpty();
        assertThat(CHECKER.check("I worked at Halden Bakery and the University of Bristol.", researcher)
                .unsupported()).isEmpty();
    }

    @Test
    void readsAPostWrittenInCapitalsAsOneTitlesWords() {
        Evidence handler = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Northfield Airport", "position": "Duty Manager", "startDate": "2021-09",
                   "highlights": ["Terminal Security Officer from 2022"]},
                  {"name": "Aerohandle", "position": "Ramp Supervisor", "startDate": "2015-04", "endDate": "2021-08"},
                  {"name": "Aerohandle", "position": "Operations Officer", "startDate": "2013-01", "endDate": "2015-03"}]}
                """));
        // "Ramp" and "Manager" are the profile's, in two titles: a post's name is one title's
        assertThat(spans(CHECKER.check("Before that I was Ramp Manager for two airlines.", handler)))
                .containsExactly("Ramp Manager");
        assertThat(CHECKER.check("Before that I was Ramp Supervisor for two airlines.", handler).unsupported())
                .isEmpty();
        // a duty a line of the profile writes out as such is held
        assertThat(CHECKER.check("I am also Terminal Security Officer.", handler).unsupported()).isEmpty();
    }

    @Test
    void readsAChangeToldInWordsAsAFigure() {
        Evidence clinic = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Brookfield Clinic", "position": "Practice Manager", "startDate": "2018-01",
                   "highlights": ["Cut waiting times from 40 to 20 minutes", "Grew membership from 150 to 400"]}]}
                """));
        assertThat(CHECKER.check("At Brookfield I halved waiting times.", clinic).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("At Brookfield I cut waiting times by a third.", clinic)))
                .containsExactly("by a third");
        assertThat(spans(CHECKER.check("At Brookfield we tripled the number of vaccinations.", clinic)))
                .containsExactly("tripled");
        // "more than" takes a larger ratio: 150 to 400 is more than doubled
        assertThat(CHECKER.check("At Brookfield membership more than doubled.", clinic).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("В клинике мы сократили число отмен вдвое.", Evidence.of(JSON.readTree("""
                {"work": [{"name": "Клиника «Брук»", "position": "Администратор", "startDate": "2018-01"}]}
                """))))).containsExactly("вдвое");
    }

    @Test
    void readsARussianBodyNamedByAdjectivesBeforeItsKindAsAnEmployer() {
        Evidence glassworker = Evidence.of(JSON.readTree("""
                {"work": [{"name": "АО «Тверской стекольный завод»", "position": "Стеклодув", "startDate": "2016-02"},
                  {"name": "ООО «Северная пекарня»", "position": "Пекарь", "startDate": "2012-05", "endDate": "2016-01"}]}
                """));
        assertThat(CHECKER.check("Стеклодувом работаю на Тверском стекольном заводе.", glassworker).unsupported())
                .isEmpty();
        assertThat(spans(CHECKER.check("Раньше работал на Калужском хрустальном заводе.", glassworker)))
                .containsExactly("Калужском хрустальном заводе");
        assertThat(spans(CHECKER.check("Раньше работал в Тверской теплосетевой компании.", glassworker)))
                .containsExactly("Тверской теплосетевой компании");
    }

    private static JsonNode planner() {
        return JSON.readTree("""
                {"basics": {"label": "Events Manager"},
                 "work": [{"name": "Hartfield Hall", "position": "Events Manager", "startDate": "2018-03",
                   "summary": "Weddings and corporate events."},
                  {"name": "Lindow Events", "position": "Events Coordinator", "startDate": "2012-05", "endDate": "2018-02",
                   "summary": "Wedding planner for Lindow Events."}],
                 "education": [{"institution": "University of Chester", "area": "Events Management", "studyType": "BA",
                   "startDate": "2009-09", "endDate": "2012-06"}]}
                """);
    }
}
