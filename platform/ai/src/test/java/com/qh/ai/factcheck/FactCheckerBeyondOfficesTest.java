package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.kinds;
import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Failure classes found by studying the second blind set (professions outside software), each shown on the team's
 * own profiles of a chef and a pharmacist: durations tied to one past job, year ranges and months, from–to pairs
 * that share a unit, certificates named before their head noun, skills stated in a list, acronyms, adjectives made
 * from role words, and names of products and companies that hold a role word.
 */
class FactCheckerBeyondOfficesTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsADurationBesideAPastEmployerAsThatJobsNotTheCareers() {
        Evidence chef = Evidence.of(chef());

        assertThat(spans(CHECKER.check("I was Sous Chef at Bramble & Co for six years.", chef))).containsExactly("six years");
        assertThat(spans(CHECKER.check("I spent six years as a sous chef at Bramble & Co.", chef))).containsExactly("six years");
        assertThat(CHECKER.check("I was Sous Chef at Bramble & Co for four years.", chef).unsupported()).isEmpty();
        // The career as a whole, with the current kitchen named: over eleven years since 2015.
        assertThat(CHECKER.check("I bring over eleven years of cooking, most recently at Harbour Kitchen.", chef)
                .unsupported()).isEmpty();
    }

    @Test
    void wantsAYearRangeToStartAndEndWhereAnEntryDoes() {
        Evidence chef = Evidence.of(chef());

        assertThat(spans(CHECKER.check("Commis Chef, Hotel Aurora, 2014–2017: fish and pastry sections", chef)))
                .containsExactly("2014");
        assertThat(CHECKER.check("Commis Chef, Hotel Aurora, 2015–2017: fish and pastry sections", chef).unsupported())
                .isEmpty();
        assertThat(spans(CHECKER.check("I have run the pass at Harbour Kitchen since May 2021.", chef)))
                .containsExactly("2021");
        assertThat(CHECKER.check("I have run the pass at Harbour Kitchen since March 2022.", chef).unsupported()).isEmpty();
    }

    @Test
    void letsTheFirstOfAFromToPairShareTheSecondsUnit() {
        assertThat(CHECKER.check("I cut food waste from 12 to 7 per cent.", Evidence.of(chef())).unsupported()).isEmpty();
        assertThat(CHECKER.check("Сократила списания с 4 до 1,5 процента.", Evidence.of(pharmacist())).unsupported())
                .isEmpty();
        assertThat(CHECKER.check("Выручка аптеки выросла с 6 до 9 млн рублей в месяц.", Evidence.of(pharmacist()))
                .unsupported()).isEmpty();
    }

    @Test
    void readsACertificatesNameBeforeItsHeadNoun() {
        Evidence chef = Evidence.of(chef());

        assertThat(kinds(CHECKER.check("I also hold the WSET wine credential.", chef)))
                .containsExactly(ClaimKind.CERTIFICATE);
        assertThat(kinds(CHECKER.check("I completed the Level 3 supervising food safety qualification.", chef)))
                .containsExactly(ClaimKind.CERTIFICATE);
        assertThat(CHECKER.check("I hold the Level 2 Food Hygiene certificate.", chef).unsupported()).isEmpty();
        assertThat(kinds(CHECKER.check("Имею удостоверение провизора-аналитика.", Evidence.of(pharmacist()))))
                .containsExactly(ClaimKind.CERTIFICATE);
    }

    @Test
    void checksEachSkillTheCandidateListsAfterACue() {
        FactCheck check = CHECKER.check("I am skilled in pastry, butchery and sous-vide cooking.", Evidence.of(chef()));

        assertThat(check.unsupported()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.SKILL);
            assertThat(c.span()).isEqualTo("sous-vide cooking");
        });
        // The profile's own skills, in its words; a language is the profile's languages' business.
        assertThat(CHECKER.check("I am confident with menu costing and HACCP.", Evidence.of(chef())).unsupported())
                .isEmpty();
        assertThat(CHECKER.check("I am experienced in English and Italian.", Evidence.of(chef())).unsupported())
                .isEmpty();
    }

    @Test
    void matchesCapitalAcronymsOnInitialsOnly() {
        // "CPA" is not C(andidate) P(a)ssed of the CFA certificate.
        assertThat(kinds(CHECKER.check("I am a CPA.", Evidence.of(analyst())))).containsExactly(ClaimKind.CERTIFICATE);
        assertThat(CHECKER.check("I hold the CFA Level I.", Evidence.of(analyst())).unsupported()).isEmpty();
    }

    @Test
    void flagsADegreeWhoseAdjectiveComesFromARoleWord() {
        FactCheck check = CHECKER.check("Я провизор и кандидат фармацевтических наук.", Evidence.of(pharmacist()));

        assertThat(kinds(check)).containsExactly(ClaimKind.DEGREE);
        assertThat(kinds(CHECKER.check("В 2020 году защитила кандидатскую диссертацию.", Evidence.of(pharmacist()))))
                .contains(ClaimKind.DEGREE);
    }

    @Test
    void readsNoPostInAProductsOrACompanysName() {
        // A product the profile does not name is a claim of its own, but no post.
        assertThat(kinds(CHECKER.check("I plan every menu in Apicbase Kitchen Manager.", Evidence.of(chef()))))
                .doesNotContain(ClaimKind.TITLE);
        assertThat(CHECKER.check("Пять лет работаю в «Аптеке Провизор Плюс».", Evidence.of(pharmacist()))
                .unsupported()).isEmpty();
        assertThat(CHECKER.check("I supervise two commis chefs and one trainee.", Evidence.of(chef())).unsupported())
                .isEmpty();
    }

    @Test
    void flagsAnAbbreviationNobodyWroteOutButNotTheProfilesOrTheTrades() {
        Evidence chef = Evidence.of(chef(), new Evidence.Target("Harbour Group", "Executive Chef",
                "We run three sites and expect HACCP records kept daily; WSET training is a plus."));

        assertThat(spans(CHECKER.check("I keep allergen records to BRCGS standard.", chef))).containsExactly("BRCGS");
        // The profile's HACCP, the vacancy's WSET echoed in what the employer offers, and the trade's common ones.
        assertThat(CHECKER.check("I keep HACCP records and report to the CEO.", chef).unsupported()).isEmpty();
        assertThat(CHECKER.check("I would welcome the WSET training you mention.", chef).unsupported()).isEmpty();
        // Initials of words the profile writes out: ТЗ is common, МДЛП is the pharmacist's own.
        assertThat(CHECKER.check("Внедрила МДЛП в аптеке.", Evidence.of(pharmacist())).unsupported()).isEmpty();
    }

    @Test
    void flagsANameOfSeveralCapitalisedWordsNeitherSideHolds() {
        assertThat(kinds(CHECKER.check("I also sit on the London Culinary Guild menu panel.", Evidence.of(chef()))))
                .containsExactly(ClaimKind.EMPLOYER);
        assertThat(CHECKER.check("I trained at Westminster Kingsway College and ran Harbour Kitchen's pass.",
                Evidence.of(chef())).unsupported()).isEmpty();
    }

    @Test
    void wantsAChangeFromOneFigureToAnotherToBeOneTheProfileStates() {
        assertThat(spans(CHECKER.check("I cut food waste from 12% to 5%.", Evidence.of(chef()))))
                .containsExactly("12% to 5%");
        assertThat(CHECKER.check("I cut food waste from 12% to 7%.", Evidence.of(chef())).unsupported()).isEmpty();
    }

    @Test
    void readsAYearAfterAVerbOfStartingAsAStart() {
        assertThat(spans(CHECKER.check("I started at Bramble & Co in 2016 as sous chef.", Evidence.of(chef()))))
                .containsExactly("2016");
        assertThat(CHECKER.check("I started at Bramble & Co in 2018 as sous chef.", Evidence.of(chef())).unsupported())
                .isEmpty();
    }

    @Test
    void leavesEverydaySentencesAlone() {
        Evidence chef = Evidence.of(chef());
        for (String sentence : List.of("I ran a pilot of the new menu with three regulars.",
                "I saw the role on LinkedIn.", "I won an award in 2021 for our tasting menu.",
                "I hold a relevant qualification in food hygiene.", "I moved to London and then to New York.",
                "I joined Hotel Aurora in 2015 and left in 2017.", "My manager was experienced in sous-vide.")) {
            assertThat(CHECKER.check(sentence, chef).unsupported()).as(sentence).isEmpty();
        }
        assertThat(CHECKER.check("Работаю провизором, слежу за новинками фармацевтики.", Evidence.of(pharmacist()))
                .unsupported()).isEmpty();
    }

    static JsonNode chef() {
        return JSON.readTree("""
                {"basics": {"name": "Tom Ashby", "label": "Head Chef"},
                 "work": [
                  {"name": "Harbour Kitchen", "position": "Head Chef", "startDate": "2022-03",
                   "highlights": ["Cut food waste from 12% to 7%", "Runs a team of 9 cooks"]},
                  {"name": "Bramble & Co", "position": "Sous Chef", "startDate": "2018-01", "endDate": "2022-02"},
                  {"name": "Hotel Aurora", "position": "Commis Chef", "startDate": "2015-06", "endDate": "2017-12",
                   "summary": "Fish and pastry sections."}],
                 "education": [{"institution": "Westminster Kingsway College", "area": "Professional Cookery",
                                "studyType": "Diploma", "startDate": "2013-09", "endDate": "2015-05"}],
                 "certificates": [{"name": "Level 2 Food Hygiene", "issuer": "Highfield", "date": "2019-04"}],
                 "skills": [{"name": "Kitchen", "keywords": ["pastry", "butchery", "menu costing", "HACCP"]}]}
                """);
    }

    static JsonNode pharmacist() {
        return JSON.readTree("""
                {"basics": {"name": "Ольга Смирнова", "label": "Провизор"},
                 "work": [
                  {"name": "ООО «Аптека Провизор Плюс»", "position": "Заведующая аптекой", "startDate": "2021-05",
                   "highlights": ["Сократила списания с 4% до 1,5%", "Выручка выросла с 6 до 9 млн рублей в месяц"]},
                  {"name": "Аптечная сеть «Вита»", "position": "Провизор", "startDate": "2016-08", "endDate": "2021-04"}],
                 "education": [{"institution": "Самарский государственный медицинский университет", "area": "Фармация",
                                "studyType": "Специалист", "startDate": "2011-09", "endDate": "2016-06"}],
                 "skills": [{"name": "Аптека", "keywords": ["фармконсультирование", "МДЛП", "1С:Аптека"]}]}
                """);
    }

    static JsonNode analyst() {
        return JSON.readTree("""
                {"basics": {"name": "Dana Reyes", "label": "Financial Analyst"},
                 "work": [{"name": "Northfield Foods", "position": "Financial Analyst", "startDate": "2020-01"}],
                 "certificates": [{"name": "CFA Level I Candidate (passed)", "issuer": "CFA Institute", "date": "2022-08"}],
                 "skills": [{"name": "Finance", "keywords": ["Excel", "forecasting"]}]}
                """);
    }
}
