package com.qh.ai.factcheck;

import static com.qh.ai.factcheck.FactCheckerTest.spans;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tenth round (FACTCHECK.md): a trade's own nouns with no cue word are claims. A run of neighbouring content words
 * that neither the profile nor the vacancy writes, one of them at least not everyday language by the shipped word
 * table ({@link Everyday}), is flagged; everyday words that neither side writes, verbs, numerals, a requirement, a
 * negation and a wish to learn are not. Made-up profiles of the team's own.
 */
class FactCheckerTenthRoundTest {

    private static final FactChecker CHECKER = LabelledSet.checker();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void flagsATradesTermNeitherSideWrites() {
        Evidence conservator = Evidence.of(conservator());
        assertThat(spans(CHECKER.check("I also carried out dendrochronological dating of the oak timbers.", conservator)))
                .containsExactly("dendrochronological dating");
        // the same sentence in everyday words claims nothing the checker can tell
        assertThat(CHECKER.check("I also carried out careful surveys of the old oak timbers.", conservator).unsupported())
                .isEmpty();
        // the profile's own term is no claim
        Evidence dated = Evidence.of(JSON.readTree("""
                {"work": [{"name": "Hollins Conservation", "position": "Building Conservator", "startDate": "2014-05",
                  "highlights": ["Dendrochronological dating of roof timbers for listed barns"]}]}
                """));
        assertThat(CHECKER.check("I also carried out dendrochronological dating of the oak timbers.", dated).unsupported())
                .isEmpty();
    }

    @Test
    void flagsARussianTradesTermAndALongRareWordAlone() {
        Evidence welder = Evidence.of(welder());
        assertThat(spans(CHECKER.check("Также выполняю ультразвуковую дефектоскопию.", welder)))
                .containsExactly("ультразвуковую дефектоскопию");
        assertThat(spans(CHECKER.check("Читаю электроэнцефалограммы.", welder)))
                .containsExactly("электроэнцефалограммы");
        // everyday words neither side writes: a courtesy, a verb, numerals
        assertThat(CHECKER.check("Буду рада обсудить детали на встрече.", welder).unsupported()).isEmpty();
    }

    @Test
    void startsAnEnglishTermAfterTheVerbThatTakesIt() {
        // an English base form whose "-ing" form is an everyday word is the verb of the term, not part of it (a
        // Russian verb is no part of one either: «выполняю» above)
        assertThat(spans(CHECKER.check("Every week I keep allergen records for the kitchen.", Evidence.of(conservator()))))
                .containsExactly("allergen records");
    }

    @Test
    void readsTheVacancysTermsAndWhatIsNotClaimedAsBefore() {
        Evidence conservator = Evidence.of(conservator(),
                new Evidence.Target("Hollins Conservation", "Building Conservator",
                        "We date roof timbers by dendrochronological dating."));
        // the vacancy writes it, and only its nice-to-haves are claims when restated
        assertThat(CHECKER.check("I also carried out dendrochronological dating of the oak timbers.", conservator)
                .unsupported()).isEmpty();
        Evidence alone = Evidence.of(conservator());
        assertThat(CHECKER.check("I have never done dendrochronological dating.", alone).unsupported()).isEmpty();
        assertThat(CHECKER.check("I would love to learn dendrochronological dating.", alone).unsupported()).isEmpty();
    }

    private static JsonNode conservator() {
        return JSON.readTree("""
                {"work": [{"name": "Hollins Conservation", "position": "Building Conservator", "startDate": "2014-05",
                  "highlights": ["Condition surveys of historic roofs", "Lime mortar repairs"]}]}
                """);
    }

    private static JsonNode welder() {
        return JSON.readTree("""
                {"work": [{"name": "ООО «Техмонтаж»", "position": "Сварщик", "startDate": "2016-03",
                  "highlights": ["Сварка трубопроводов", "Монтаж металлоконструкций"]}]}
                """);
    }
}
