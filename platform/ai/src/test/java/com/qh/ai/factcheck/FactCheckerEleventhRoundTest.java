package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The eleventh round (FACTCHECK.md): blind-14's misses and false flags, classified by the general mechanism that was
 * absent. Made-up profiles of the team's own, never the labelled sets' text.
 */
class FactCheckerEleventhRoundTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsNoTermAcrossALineBreak() {
        // a line that ends without a full stop, then a line of rare words: the phrase stops at the break; read across
        // it, it ran past its sentence's end and the check threw
        Evidence conservator = Evidence.of(conservator());
        // (since the twelfth round a rare English word that long is a term by itself: its flag ends at the break)
        assertThat(spans(CHECKER.check("Building conservator with dendrochronological\ndating of oak timbers and lime "
                + "mortars.", conservator))).containsExactly("dendrochronological");
        // within one line the same words are a term
        assertThat(spans(CHECKER.check("Building conservator skilled in\ndendrochronological dating of oak timbers.",
                conservator))).containsExactly("dendrochronological dating");
    }

    @Test
    void datesAQualificationByTheEndOfItsSchool() {
        Evidence engineer = Evidence.of(engineer());
        // "qualified" states when the apprenticeship ended, not any year inside it
        assertThat(spans(CHECKER.check("Qualified as a marine engineer in 2010 after an advanced apprenticeship at "
                + "South Tyneside College.", engineer))).containsExactly("2010");
        assertThat(CHECKER.check("Qualified as a marine engineer in 2012 after an advanced apprenticeship at "
                + "South Tyneside College.", engineer).unsupported()).isEmpty();
        // at a job, what was completed may be of any year of it
        assertThat(CHECKER.check("At Tyne Ship Repair I completed the refit of two ferries in 2017.", engineer)
                .unsupported()).isEmpty();
    }

    @Test
    void namesASchoolByItsDegreesAbbreviation() {
        Evidence engineer = Evidence.of(engineer());
        // "my MSc" is the Newcastle entry, so the year of completing it is that entry's end
        assertThat(spans(CHECKER.check("Since completing my MSc in 2012 I have worked on ship repair.", engineer)))
                .containsExactly("2012");
        assertThat(CHECKER.check("Since completing my MSc in 2013 I have worked on ship repair.", engineer)
                .unsupported()).isEmpty();
    }

    @Test
    void readsAParticiplesFeminineAsOnePost() {
        // «заведующей» is a participle's feminine singular (its plural is «заведующих»), so it names a post
        Evidence pathologist = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Городская больница № 3", "position": "Врач-патологоанатом", "startDate": "2017-09"}]}
                """));
        assertThat(spans(CHECKER.check("С 2017 года работаю заведующей отделением.", pathologist)))
                .containsExactly("заведующей");
        Evidence head = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Городская больница № 3", "position": "Заведующая отделением",
                  "startDate": "2017-09"}]}
                """));
        assertThat(CHECKER.check("С 2017 года работаю заведующей отделением.", head).unsupported()).isEmpty();
    }

    @Test
    void readsTheThingAFigureCountsUpToAPreposition() {
        Evidence conservator = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Fenland Glass", "position": "Conservator", "startDate": "2012-09",
                  "highlights": ["Re-leaded Victorian windows in about 40 churches", "Runs a 180-prisoner residential wing",
                   "Key worker for up to 6 prisoners"]}],
                 "skills": [{"name": "Materials", "keywords": ["Paraloid B-72"]}]}
                """));
        // "churches with the Fenland studio" counts churches, which the profile counts as 40 (72 elsewhere is
        // about 70, but of something else)
        assertThat(spans(CHECKER.check("I re-leaded Victorian windows in about 70 churches with the Fenland studio.",
                conservator))).containsExactly("70");
        assertThat(CHECKER.check("I re-leaded Victorian windows in about 40 churches with the Fenland studio.",
                conservator).unsupported()).isEmpty();
        // "a 180-prisoner wing" counts prisoners too, so 180 of them is no figure of the 6
        assertThat(CHECKER.check("I run a residential wing of 180 prisoners with a team of officers.", conservator)
                .unsupported()).isEmpty();
    }

    @Test
    void readsARussianGenitivePluralInIyAsTheThingCounted() {
        // «экскурсий» is a noun («экскурсия»), not an adjective in «-ий»: 12 of them is not the profile's 8, though 12
        // counts something else there
        Evidence guide = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Музей-заповедник", "position": "Экскурсовод", "startDate": "2019-04",
                  "highlights": ["Провёл 8 экскурсий по заводу", "Обучил 12 стажёров"]}]}
                """));
        assertThat(spans(CHECKER.check("Провёл 12 экскурсий по заводу.", guide))).containsExactly("12");
        assertThat(CHECKER.check("Провёл 8 экскурсий по заводу.", guide).unsupported()).isEmpty();
    }

    @Test
    void holdsARomanGradeToTheProfilesGradeOfTheSameWord() {
        Evidence electrician = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Северные сети", "position": "Электромонтёр", "startDate": "2019-04"}],
                 "certificates": [{"name": "Группа по электробезопасности IV, до 1000 В", "issuer": "Ростехнадзор",
                   "date": "2025-02"}]}
                """));
        assertThat(spans(CHECKER.check("Имею V группу по электробезопасности.", electrician)))
                .containsExactly("V группу");
        assertThat(CHECKER.check("Имею IV группу по электробезопасности.", electrician).unsupported()).isEmpty();
    }

    @Test
    void readsAnAwardWithNoCueWordAsACredential() {
        // the festival shares its name with the studio, so only the award's own words tell the claim
        Evidence potter = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Студия «Огонь и глина»", "position": "Художник-керамист", "startDate": "2019-03",
                  "highlights": ["Выставка в галерее «Мост» (2023)"]}],
                 "awards": [{"title": "Лауреат премии «Золотая глина»", "date": "2022-05"}]}
                """));
        assertThat(spans(CHECKER.check("Выставка в галерее «Мост» (2023); Гран-при фестиваля «Огонь и глина» (2024)",
                potter))).anyMatch(s -> s.startsWith("Гран-при фестиваля"));
        assertThat(CHECKER.check("Лауреат премии «Золотая глина» (2022).", potter).unsupported()).isEmpty();
    }

    static JsonNode engineer() {
        return JSON.readTree("""
                {"basics": {"name": "Tom Reid", "label": "Marine Engineer"},
                 "work": [{"name": "Tyne Ship Repair", "position": "Marine Engineer", "startDate": "2015-03",
                   "endDate": "2020-06"}],
                 "education": [{"institution": "South Tyneside College", "area": "Marine Engineering",
                   "studyType": "Advanced Apprenticeship", "startDate": "2008-09", "endDate": "2012-07"},
                  {"institution": "Newcastle University", "area": "Naval Architecture", "studyType": "MSc",
                   "startDate": "2012-09", "endDate": "2013-09"}]}
                """);
    }

    static JsonNode conservator() {
        return JSON.readTree("""
                {"basics": {"name": "Ruth Ellery", "label": "Building Conservator"},
                 "work": [{"name": "Hollins Conservation", "position": "Building Conservator", "startDate": "2014-05",
                   "highlights": ["Repaired lime mortars and oak timbers of listed barns"]}]}
                """);
    }
}
