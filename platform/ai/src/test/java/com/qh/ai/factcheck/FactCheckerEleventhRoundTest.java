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
        assertThat(CHECKER.check("Building conservator with dendrochronological\ndating of oak timbers and lime mortars.",
                conservator).unsupported()).isEmpty();
        // within one line the same words are a term
        assertThat(spans(CHECKER.check("Building conservator skilled in\ndendrochronological dating of oak timbers.",
                conservator))).containsExactly("dendrochronological dating");
    }

    static JsonNode conservator() {
        return JSON.readTree("""
                {"basics": {"name": "Ruth Ellery", "label": "Building Conservator"},
                 "work": [{"name": "Hollins Conservation", "position": "Building Conservator", "startDate": "2014-05",
                   "highlights": ["Repaired lime mortars and oak timbers of listed barns"]}]}
                """);
    }
}
