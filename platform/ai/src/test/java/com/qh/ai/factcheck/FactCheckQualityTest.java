package com.qh.ai.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How well the checker does on labelled texts. {@code dev/} is the set it was tuned on, and the report lists each
 * miss and false flag ({@code target/factcheck-dev.txt}); {@code cases/} was written blind and is never tuned on,
 * so only its totals are printed.
 */
class FactCheckQualityTest {

    private static final FactChecker CHECKER = new FactChecker();

    @Test
    void catchesPlantedClaimsOfTheDevSetWithFewFalseFlags() throws IOException {
        LabelledSet.Score score = LabelledSet.score(CHECKER, LabelledSet.load("dev"));
        String totals = score.totals("dev");
        System.out.println(totals);
        Files.writeString(Path.of("target/factcheck-dev.txt"),
                totals + "\n" + String.join("\n", score.lines()) + "\n");
        assertThat(score.caughtShare()).as(totals).isGreaterThanOrEqualTo(0.95);
        assertThat(score.falseShare()).as(totals).isLessThanOrEqualTo(0.05);
    }

    /**
     * The blind set's first and only run, after tuning on dev ended (2026-12-04), gave caught 99/118 = 0.839 and true
     * sentences flagged 20/388 = 0.052: below the 0.95 / 0.05 targets, so this asserts floors just under that figure
     * and catches a checker that got worse, not one that meets the targets.
     */
    @Test
    void catchesPlantedClaimsOfTheBlindSet() throws IOException {
        List<LabelledSet.Case> cases = LabelledSet.load("cases");
        LabelledSet.Score score = LabelledSet.score(CHECKER, cases);
        String totals = score.totals("blind");
        System.out.println(totals);
        Files.writeString(Path.of("target/factcheck-blind.txt"), totals + "\n");
        assertThat(cases).hasSize(48);
        assertThat(score.caughtShare()).as(totals).isGreaterThanOrEqualTo(0.82);
        assertThat(score.falseShare()).as(totals).isLessThanOrEqualTo(0.07);
    }
}
