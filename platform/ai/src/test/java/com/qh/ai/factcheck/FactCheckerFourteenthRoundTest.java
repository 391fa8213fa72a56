package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fourteenth round (FACTCHECK.md): blind-17's misses and false flags, classified by the general mechanism that was
 * absent. Made-up profiles of the team's own, never the labelled sets' text.
 */
class FactCheckerFourteenthRoundTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<String> degrees(FactCheck check) {
        return check.unsupported().stream().filter(c -> c.kind() == ClaimKind.DEGREE).map(UnsupportedClaim::span).toList();
    }

    @Test
    void tellsABachelorOfScienceFromABachelorOfArts() {
        // the level is the same, the degree another: a BSc is not the profile's BA (Hons)
        Evidence historian = Evidence.of(JSON.readTree("""
                {"education": [{"institution": "University of Leeds", "area": "History", "studyType": "BA (Hons)",
                  "startDate": "2011-09", "endDate": "2014-06"}]}
                """));
        assertThat(degrees(CHECKER.check("I hold a BSc in History from the University of Leeds.", historian)))
                .containsExactly("BSc");
        assertThat(degrees(CHECKER.check("I hold a Bachelor of Science in History.", historian))).containsExactly("Bachelor");
        assertThat(degrees(CHECKER.check("I hold a BA in History from the University of Leeds.", historian))).isEmpty();
        assertThat(degrees(CHECKER.check("I hold a bachelor's degree in History.", historian))).isEmpty();
        // a study type with no branch holds any; an abbreviation with a possessive is a name ("BA's cargo team")
        Evidence plain = Evidence.of(JSON.readTree("""
                {"education": [{"institution": "University of Leeds", "area": "Geography", "studyType": "Bachelor",
                  "startDate": "2011-09", "endDate": "2014-06"}]}
                """));
        assertThat(degrees(CHECKER.check("I hold a BSc in Geography.", plain))).isEmpty();
        Evidence scientist = Evidence.of(JSON.readTree("""
                {"education": [{"institution": "University of Leeds", "area": "Geography", "studyType": "BSc (Hons)",
                  "startDate": "2011-09", "endDate": "2014-06"}]}
                """));
        assertThat(degrees(CHECKER.check("I would be glad to support BA's cargo operation.", scientist))).isEmpty();
    }

    @Test
    void readsNoMastersDegreeInATrunkLine() {
        // «магистральный» (of a trunk line) begins as «магистр» does
        Evidence engineer = Evidence.of(JSON.readTree("""
                {"education": [{"institution": "Уфимский нефтяной университет", "area": "Нефтегазовое дело",
                  "studyType": "Бакалавр", "startDate": "2008-09", "endDate": "2012-06"}]}
                """));
        assertThat(degrees(CHECKER.check("Хочу работать на магистральных нефтепроводах.", engineer))).isEmpty();
        assertThat(degrees(CHECKER.check("Окончил магистратуру по нефтегазовому делу.", engineer)))
                .containsExactly("магистратуру");
    }

    @Test
    void readsAnInstitutionNamedInTheInstrumentalWithNoCueWord() {
        // «совместно с Пермским государственным университетом»: an adjective in the instrumental before its kind
        Evidence archivist = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Государственный архив Пермского края", "position": "Главный архивист",
                  "startDate": "2015-03", "highlights": ["Подготовила четыре документальные выставки"]}]}
                """));
        assertThat(spans(CHECKER.check("Подготовила выставку совместно с Уральским федеральным университетом.",
                archivist))).containsExactly("Уральским федеральным университетом");
        Evidence partner = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Государственный архив Пермского края", "position": "Главный архивист",
                  "startDate": "2015-03",
                  "highlights": ["Выставки совместно с Пермским государственным университетом"]}]}
                """));
        assertThat(CHECKER.check("Подготовила выставку совместно с Пермским государственным университетом.", partner)
                .unsupported()).isEmpty();
    }

    @Test
    void readsAReserveAndACustomsOfficeAsInstitutions() {
        // a nature reserve and a customs office are bodies one works for or with, as a museum is
        Evidence inspector = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Отдел рыбоохраны", "position": "Государственный инспектор",
                  "startDate": "2012-05", "highlights": ["Участвую в рейдах по Волге"]}]}
                """));
        assertThat(spans(CHECKER.check("Участвую в рейдах с Окским заповедником.", inspector)))
                .containsExactly("Окским заповедником");
        assertThat(spans(CHECKER.check("Готовила собак Самарской таможни.", inspector)))
                .containsExactly("Самарской таможни");
    }

    @Test
    void readsAGradeBeforeAPostAfterIAm() {
        // "where I am currently head farrier": "I am" names a post as "I was" does
        Evidence farrier = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Hillside Forge", "position": "Farrier", "startDate": "2016-04"}]}
                """));
        assertThat(spans(CHECKER.check("I work at Hillside Forge, where I am currently head farrier.", farrier)))
                .containsExactly("head farrier");
        assertThat(CHECKER.check("I work at Hillside Forge, where I am currently a farrier.", farrier).unsupported())
                .isEmpty();
    }

    @Test
    void readsNoItemInTheWordsThatJoinAPairOfItems() {
        // «как групповые занятия, так и консультации»: «как … так и» joins two items as "both … and" does
        Evidence trainer = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Кинологический центр «Лапа»", "position": "Кинолог", "startDate": "2019-02",
                  "highlights": ["Групповые занятия по послушанию", "Консультации владельцев собак"]}],
                 "skills": [{"name": "Дрессировка", "keywords": ["Кликер-тренинг", "Позитивное подкрепление"]}]}
                """));
        assertThat(CHECKER.check("Опираюсь на позитивное подкрепление и кликер-тренинг, провожу как групповые занятия, "
                + "так и консультации владельцев.", trainer).unsupported()).isEmpty();
    }

    @Test
    void readsAScaleWordThatOpensAFigureAsOneOfItself() {
        // «тысячу двести» is 1,200, not 200 after a word read alone; «две тысячи триста» is 2,300
        Evidence officer = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Завод «Прогресс»", "position": "Специалист по кадрам", "startDate": "2017-03",
                  "highlights": ["Веду кадровый учёт 1 200 работников", "Оформила 2 300 приказов"]}]}
                """));
        assertThat(CHECKER.check("Веду кадровый учёт тысячи двухсот работников.", officer).unsupported()).isEmpty();
        assertThat(CHECKER.check("Оформила две тысячи триста приказов.", officer).unsupported()).isEmpty();
        assertThat(spans(CHECKER.check("Веду кадровый учёт тысячи пятисот работников.", officer)))
                .containsExactly("тысячи пятисот");
    }
}
