package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fifteenth round (FACTCHECK.md): the content terms' pass ({@link ContentTerms}), which asks every specific word of
 * a sentence for support instead of recognising a claim's kind. Made-up profiles of the team's own, never the
 * labelled sets' text.
 */
class FactCheckerContentTermsTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Evidence farrier() {
        return Evidence.of(JSON.readTree("""
                {"basics": {"label": "Farrier", "summary": "Farrier shoeing sport and leisure horses."},
                 "work": [{"name": "Hillside Equine Practice", "position": "Farrier", "startDate": "2016-04",
                   "highlights": ["Shoe around 40 horses a week", "Remedial shoeing with the practice vets"]}],
                 "skills": [{"name": "Remedial shoeing", "keywords": ["hot shoeing", "hoof balance"]}]}
                """));
    }

    private static Evidence restorer() {
        return Evidence.of(JSON.readTree("""
                {"basics": {"label": "Реставратор", "summary": "Реставратор ювелирных изделий и металла."},
                 "work": [{"name": "Музей-заповедник «Коломенское»", "position": "Реставратор по металлу",
                   "startDate": "2014-09", "highlights": ["Реставрировала серебряные оклады икон"]}],
                 "education": [{"institution": "НИУ ВШЭ", "studyType": "Магистр", "area": "Культурология",
                   "endDate": "2014-06"}]}
                """));
    }

    @Test
    void flagsARareTradeWordBesideTheProfilesOwnWords() {
        // "horses" and "shoeing" are the profile's; "laminitic" is a claim no cue announces, and a single word
        assertThat(spans(CHECKER.check("I shoe laminitic horses with the practice vets.", farrier())))
                .containsExactly("laminitic");
    }

    @Test
    void flagsANameInsideASentenceThatNeitherSideWrites() {
        // a client or a maker named with no cue: «для Гохрана», the maker of a violin
        assertThat(spans(CHECKER.check("Мои работы для Гохрана.", restorer())))
                .containsExactly("Гохрана");
        assertThat(spans(CHECKER.check("I also shod the horses of the Brackenfield hunt for four seasons.",
                farrier()))).contains("Brackenfield");
    }

    @Test
    void leavesWordsMadeOfEverydayWordsAlone() {
        // a prefix, a suffix or a compound of everyday words is ordinary language, not a trade's term
        assertThat(CHECKER.check("Renegotiating the contracts, I kept every yard on schedule.", farrier()).unsupported())
                .isEmpty();
        Profile none = emptyProfile();
        assertThat(ContentTerms.madeOfOrdinaryParts("caseload", none)).isTrue();
        assertThat(ContentTerms.madeOfOrdinaryParts("visualisation", none)).isTrue();
        assertThat(ContentTerms.madeOfOrdinaryParts("prioritise", none)).isTrue();
        assertThat(ContentTerms.madeOfOrdinaryParts("myoelectric", none)).isFalse();
        assertThat(ContentTerms.madeOfOrdinaryParts("laminitic", none)).isFalse();
        // a Russian clipped compound whose second part is everyday: «Минкультуры» is the ministry of culture
        assertThat(CHECKER.check("Работала по заказам Минкультуры.", restorer()).unsupported()).isEmpty();
    }

    @Test
    void leavesTheProfilesAndTheVacancysWordsAndTheSchoolsAlone() {
        // a name the vacancy writes is the employer's; a school in a clause about studies is the school pass's
        Evidence applying = Evidence.of(JSON.readTree("""
                {"basics": {"label": "Farrier"}, "work": [{"name": "Hillside Equine Practice", "position": "Farrier",
                  "startDate": "2016-04", "highlights": ["Remedial shoeing"]}]}
                """), new Evidence.Target("Brackenfield Stud", "Farrier", "Brackenfield Stud breeds Connemara ponies."));
        assertThat(CHECKER.check("I would enjoy shoeing the Connemara ponies at Brackenfield.", applying)
                .unsupported()).isEmpty();
        assertThat(CHECKER.check("Окончила магистратуру Вышки в Москве.", restorer()).unsupported()).isEmpty();
    }

    private static Profile emptyProfile() {
        return new Profile(Evidence.of(JSON.readTree("{}")), com.qh.skills.SkillGraph.builtIn().taxonomy(),
                com.qh.skills.SkillGraph.builtIn(), java.time.YearMonth.of(2026, 12));
    }
}
