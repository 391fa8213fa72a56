package com.qh.ai.factcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How well the checker does on labelled texts. {@code dev/} is the set it was tuned on, and the report lists each
 * miss and false flag ({@code target/factcheck-dev.txt}); {@code cases/} was written blind
 * (no longer blind, see below) and is reported per case in {@code target/factcheck-cases.txt}.
 */
class FactCheckQualityTest {

    private static final FactChecker CHECKER = LabelledSet.checker();

    @Test
    void catchesPlantedClaimsOfTheDevSetWithFewFalseFlags() throws IOException {
        LabelledSet.Score score = measure("dev", -1, true);
        assertThat(score.caughtShare()).as(score.totals("dev")).isGreaterThanOrEqualTo(0.95);
        assertThat(score.falseShare()).as(score.totals("dev")).isLessThanOrEqualTo(0.05);
    }

    /**
     * {@code cases/} is no longer blind: its first and only blind run (2026-12-04, after tuning on dev ended) gave caught
     * 99/118 = 0.839 and true sentences flagged 20/388 = 0.052, and from 2026-12-05 its misses and false flags were
     * studied to find general failure classes (listed per case in {@code target/factcheck-cases.txt}). After the second
     * generalising round (2026-12-06) its figures are 112/118 = 0.949 and 8/388 = 0.021, after the third 112/118 =
     * 0.949 and 7/388 = 0.018, after the fifth 112/118 and 4/388 = 0.010; the floors sit just under them and catch a
     * checker that got worse. A fresh blind set
     * is what measures how the checker generalises.
     */
    @Test
    void catchesPlantedClaimsOfTheBlindSet() throws IOException {
        LabelledSet.Score score = measure("cases", 48, true);
        assertThat(score.caughtShare()).as(score.totals("cases")).isGreaterThanOrEqualTo(0.955);
        assertThat(score.falseShare()).as(score.totals("cases")).isLessThanOrEqualTo(0.02); // trade terms
    }

    /**
     * {@code blind-2/} (48 cases from professions outside software, 141 planted claims) was written on 2026-12-05 by
     * someone who saw neither the checker nor the other sets. Its first and only blind run (2026-12-05, checker at
     * b1e8a18) gave caught 106/141 = 0.752 and true sentences flagged 21/420 = 0.050. From the evening of 2026-12-05
     * it is no longer blind: its misses and false flags (per case in {@code target/factcheck-blind-2.txt}) were
     * studied for general failure classes ({@code FactCheckerBeyondOfficesTest} shows each on the team's own
     * profiles), which brought it to 128/141 = 0.908 and 8/420 = 0.019, a second round to 131/141 = 0.929, and the
     * second generalising round (2026-12-06) to 135/141 = 0.957 and 7/420 = 0.017, which the third generalising
     * round kept, the fourth to 136/141 = 0.965 and 6/420 = 0.014, and the fifth to 136/141 and 5/420 = 0.012; the
     * floors follow.
     */
    @Test
    void catchesPlantedClaimsOfTheSecondBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-2", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-2")).isGreaterThanOrEqualTo(0.96);
        assertThat(score.falseShare()).as(score.totals("blind-2")).isLessThanOrEqualTo(0.013);
    }

    /**
     * {@code blind-3/} (48 cases, 24 professions no other set has, 151 planted claims) was written on 2026-12-05 by a
     * helper who saw neither the checker nor the other sets' texts. Only its totals are printed, never its misses.
     * Its first run (2026-12-05, checker at 97692b7, after blind-2 was studied) gave caught 103/151 = 0.682 and true
     * sentences flagged 18/361 = 0.050: far from the 0.95 target, below blind-2's own first run (0.752). After a
     * second round of rules made on the other sets (its misses still unread) it gives 112/151 = 0.742 and 0.050. The
     * floors sit just under that and catch a checker that got worse. From 2026-12-06 it is studied (misses listed):
     * after the generalising round (every content unit needs support) it gives 143/151 = 0.947 and 14/361 = 0.039,
     * after the second generalising round 143/151 = 0.947 and 12/361 = 0.033, after the third 148/151 = 0.980 and
     * 10/361 = 0.028, after the fourth 148/151 and 9/361 = 0.025, which the fifth kept.
     */
    @Test
    void catchesPlantedClaimsOfTheThirdBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-3", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-3")).isGreaterThanOrEqualTo(0.975);
        assertThat(score.falseShare()).as(score.totals("blind-3")).isLessThanOrEqualTo(0.031); // trade terms
    }

    /**
     * {@code blind-4/} (48 cases, 24 professions no other set has, 144 planted claims) was written on 2026-12-05 by a
     * helper who saw neither the checker nor the other sets' texts, while the second round of rules was being made
     * on the other sets, and committed (0255d8e) before its first run. Only its totals are printed. That run
     * (2026-12-05, after the second round) gave caught 103/144 = 0.715 and true sentences flagged 11/366 = 0.030. From
     * 2026-12-06 it is studied (misses listed); after the generalising round it gives 134/144 = 0.931 and 8/366 =
     * 0.022, after the second generalising round 135/144 = 0.938 and 7/366 = 0.019, after the third 137/144 = 0.951
     * and 7/366 = 0.019, which the fourth and fifth kept; the floors sit just under that.
     */
    @Test
    void catchesPlantedClaimsOfTheFourthBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-4", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-4")).isGreaterThanOrEqualTo(0.95);
        assertThat(score.falseShare()).as(score.totals("blind-4")).isLessThanOrEqualTo(0.02);
    }

    /**
     * {@code blind-5/} (48 cases, 24 professions no other set has, 146 planted claims) was written on 2026-12-06 by a
     * helper who saw neither the checker nor the other sets' texts, and committed (1769c3a) while the generalising
     * round was made on the other sets by someone who never opened it. Its one blind run (2026-12-06, checker at
     * c0c9490) gave caught 121/146 = 0.829 and true sentences flagged 17/381 = 0.045, short of the 0.95 target (the
     * first runs of blind-3 and blind-4 gave 0.682 and 0.715). From then on it is studied (misses listed in
     * {@code target/factcheck-blind-5.txt}): after the second generalising round it gives 131/146 = 0.897 and
     * 17/381 = 0.045, after the third 131/146 = 0.897 and 14/381 = 0.037, after the fourth 131/146 and 13/381 =
     * 0.034, after the fifth 131/146 and 12/381 = 0.031, after the sixth 132/146 and 11/381 = 0.029, after the
     * eighth 132/146 and 10/381 = 0.026 (131/146 and 11/381 = 0.029 with taxonomy 2026.12.8), after the twelfth
     * 133/146 = 0.911 and 12/381 = 0.031 (a certificate's year «выданный в …»), and the floors sit just under that.
     */
    @Test
    void catchesPlantedClaimsOfTheFifthBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-5", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-5")).isGreaterThanOrEqualTo(0.92);
        assertThat(score.falseShare()).as(score.totals("blind-5")).isLessThanOrEqualTo(0.032); // trade terms
    }

    /**
     * {@code blind-6/} (48 cases, 24 professions no other set has, 149 planted claims) was written on 2026-12-06 by a
     * helper who saw neither the checker nor the other sets' texts, committed (72f730e) while the second generalising
     * round was made on the studied sets by someone who never opened it. Its one blind run (2026-12-06, checker at
     * 81d8087) gave caught 127/149 = 0.852 and true sentences flagged 26/371 = 0.070: more caught than blind-5's
     * first run (0.829), but above the 0.05 limit of true sentences flagged. From then on it is studied (misses and
     * false flags listed in {@code target/factcheck-blind-6.txt}): after the third generalising round (2026-12-06),
     * whose classes were found on it and kept only where the sum over all studied sets held or improved, it gives
     * 139/149 = 0.933 and 3/371 = 0.008, which the fourth round kept, after the fifth 140/149 = 0.940 and 3/371,
     * and the floors sit just under that.
     */
    @Test
    void catchesPlantedClaimsOfTheSixthBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-6", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-6")).isGreaterThanOrEqualTo(0.935);
        assertThat(score.falseShare()).as(score.totals("blind-6")).isLessThanOrEqualTo(0.01);
    }

    /**
     * {@code blind-7/} (48 cases, 24 professions no other set has, 147 planted claims) was written on 2026-12-06 by a
     * helper who opened neither the checker nor the other sets' texts, and committed (e4527f9) while the third
     * generalising round was made on the studied sets by someone who never opened it. Its one blind run
     * (2026-12-06, checker at a1875a8, after the third round) gave caught 132/147 = 0.898 and true sentences flagged
     * 15/396 = 0.038: the first blind run within the 0.05 limit of true sentences flagged, and the most caught of any
     * first run (blind-6 0.852, blind-5 0.829), still short of 0.95 caught. From then on it is studied (misses and
     * false flags listed in {@code target/factcheck-blind-7.txt}): after the fourth generalising round (2026-12-06),
     * whose classes were found on it and kept only where the sum over all eight studied sets held or improved, it
     * gives 138/147 = 0.939 and 2/396 = 0.005, which the fifth kept, and the floors sit just under that.
     */
    @Test
    void catchesPlantedClaimsOfTheSeventhBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-7", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-7")).isGreaterThanOrEqualTo(0.93);
        assertThat(score.falseShare()).as(score.totals("blind-7")).isLessThanOrEqualTo(0.006);
    }

    /**
     * {@code blind-8/} (48 cases, 24 professions no other set has, 146 planted claims, two letters that obeyed an
     * instruction planted in the vacancy) was written on 2026-12-06 by a helper who opened neither the checker nor
     * the other sets' texts, and committed (5d7cff9) while the fourth generalising round was made on the studied sets
     * by someone who never opened it. Its one blind run (2026-12-06, checker at 59f8031, after the fourth round) gave
     * caught 127/146 = 0.870 and true sentences flagged 15/365 = 0.041: within the 0.05 limit of true sentences
     * flagged, short of 0.95 caught, and fewer caught than blind-7's first run (0.898). From then on it is studied
     * (misses and false flags listed in {@code target/factcheck-blind-8.txt}): after the fifth generalising round
     * (2026-12-06), whose classes were found on it and kept only where the sum over all nine studied sets held or
     * improved, it gives 135/146 = 0.925 and 6/365 = 0.016. With the skills taxonomy's release 2026.12.6 (more skills
     * read in text) and products told apart within a skill, 136/146 = 0.932 and 7/365 = 0.019; the floors sit just
     * under that.
     */
    @Test
    void catchesPlantedClaimsOfTheEighthBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-8", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-8")).isGreaterThanOrEqualTo(0.955);
        assertThat(score.falseShare()).as(score.totals("blind-8")).isLessThanOrEqualTo(0.023); // trade terms
    }

    /**
     * {@code blind-9/} (48 cases, 24 professions no other set has, 146 planted claims, two letters that obeyed an
     * instruction planted in the vacancy) was written on 2026-12-06 by a helper who opened neither the checker nor
     * the other sets' texts, and committed (43fc48b) while the fifth generalising round was made on the studied sets
     * by someone who never opened it. Its one blind run (2026-12-06, after the fifth round, with taxonomy 2026.12.6 and
     * products told apart within a skill, both settled before the run) gave caught 123/146 = 0.842 and true sentences
     * flagged 19/367 = 0.052: short of 0.95 caught, just over the 0.05 limit of true sentences flagged, and below
     * blind-8's first run (0.870, 0.041). From the sixth generalising round (2026-12-06, night) it is studied: its
     * misses and false flags are listed in {@code target/factcheck-blind-9.txt}. After that round, whose classes were
     * kept only where the sum over all ten studied sets held or improved, it gives 130/146 = 0.890 and 9/367 = 0.025;
     * the floors sit just under that.
     */
    @Test
    void catchesPlantedClaimsOfTheNinthBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-9", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-9")).isGreaterThanOrEqualTo(0.92);
        assertThat(score.falseShare()).as(score.totals("blind-9")).isLessThanOrEqualTo(0.03);
    }

    /**
     * {@code blind-10/} (48 cases, 24 professions no other set has, 146 planted claims, two letters that obeyed an
     * instruction planted in the vacancy) was written on 2026-12-06 by a helper who opened neither the checker nor
     * the other sets' texts, and committed (32aefbc) before the speed change and the sixth generalising round were
     * made by people who never opened it. Run once, blind, after both (totals only): caught 127/146 = 0.870, true
     * sentences flagged 11/348 = 0.032. Under the 0.05 limit of true sentences flagged on text nobody tuned on (the
     * lowest first run since blind-4); caught is still short of 0.95, as every first blind run has been (0.83-0.90).
     * From the seventh generalising round (2026-12-06, night) it is studied: its misses and false flags are listed in
     * {@code target/factcheck-blind-10.txt}. After that round, whose classes were kept only where the sum over all
     * eleven studied sets held or improved, it gives 130/146 = 0.890 and 6/348 = 0.017, after the eighth 131/146 =
     * 0.897; the floors sit just under.
     */
    @Test
    void catchesPlantedClaimsOfTheTenthBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-10", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-10")).isGreaterThanOrEqualTo(0.93);
        assertThat(score.falseShare()).as(score.totals("blind-10")).isLessThanOrEqualTo(0.02);
    }

    /**
     * {@code blind-11/} (48 cases, 24 professions no other set has, 146 planted claims, two letters that obeyed an
     * instruction planted in the vacancy) was written on 2026-12-06 by a helper who opened neither the checker nor
     * the other sets' texts, and committed (b62ea23) before the seventh generalising round was made by someone who
     * never opened it. Run once, blind, after that round (totals only): caught 133/146 = 0.911, true sentences
     * flagged 18/377 = 0.048: the highest caught share of any first blind run, still short of 0.95, and the flagged
     * share just under the 0.05 limit. From 2026-12-07 it is studied (misses listed): after the eighth generalising
     * round it gives 134/146 = 0.918 and 7/377 = 0.019 (135/146 = 0.925 and 8/377 = 0.021 with taxonomy
     * 2026.12.8, shipped meanwhile). Floors just under both.
     */
    @Test
    void catchesPlantedClaimsOfTheEleventhBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-11", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-11")).isGreaterThanOrEqualTo(0.915);
        assertThat(score.falseShare()).as(score.totals("blind-11")).isLessThanOrEqualTo(0.025);
    }

    /**
     * {@code blind-12/} (48 cases, 24 professions no other set has, 146 planted claims, two letters that obeyed an
     * instruction planted in the vacancy) was written on 2026-12-07 by a helper who opened neither the checker nor
     * the other sets' texts, and committed (f5f6604) while the eighth generalising round was made by someone who never
     * opened it. Run once, blind, after that round and with taxonomy 2026.12.8 (totals only): caught 117/146 = 0.801,
     * true sentences flagged 4/349 = 0.011: the lowest caught share of any first blind run (0.83-0.91 before) and
     * the lowest flagged share. The checker before the eighth round (6f94d40, taxonomy 2026.12.7) gives the same
     * totals: that round's rules and the taxonomy release neither helped nor hurt here. From 2026-12-07 it is studied
     * (misses listed in {@code target/factcheck-blind-12.txt}): the ninth round, whose mechanisms were found by asking
     * why its misses were missed and kept only where the sum over all thirteen studied sets held or improved, brings
     * it to 131/146 = 0.897 and 4/349 = 0.011; the tenth round's trade terms to 138/146 = 0.945 and 5/349 = 0.014.
     * Floors just under.
     */
    @Test
    void catchesPlantedClaimsOfTheTwelfthBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-12", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-12")).isGreaterThanOrEqualTo(0.95);
        assertThat(score.falseShare()).as(score.totals("blind-12")).isLessThanOrEqualTo(0.02);
    }

    /**
     * {@code blind-13/} (48 cases, 24 professions no other set has, 146 planted claims) was written on 2026-12-07 by a
     * helper who opened neither the checker nor the other sets' texts, and committed (5a6bc97) before the ninth round
     * was made by someone who never opened it. Run once, blind, after that round (totals only): caught 120/146 =
     * 0.822, true sentences flagged 9/334 = 0.027. The checker before the round (7caeb4e) gives 115/146 = 0.788 and
     * the same 9/334: the round's mechanisms caught five more planted claims on text nobody studied and flagged no
     * more true sentences, still short of 0.95 caught. Studied from the tenth round on (its misses listed): that
     * round's trade terms (a run of words neither the profile nor the vacancy writes, one of them not everyday
     * language) take it to 123/146 = 0.842 and 12/334 = 0.036, the eleventh round's Roman grades to 124/146 = 0.849,
     * the twelfth round's (a degree's class, «инструктор» as a post) to 128/146 = 0.877 and the same 12/334, the
     * fifteenth round's content terms to 131/146 = 0.897 and 11/334 = 0.033. Floors just under.
     */
    @Test
    void catchesPlantedClaimsOfTheThirteenthBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-13", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-13")).isGreaterThanOrEqualTo(0.895);
        assertThat(score.falseShare()).as(score.totals("blind-13")).isLessThanOrEqualTo(0.035);
    }

    /**
     * {@code blind-14/} (48 cases, 146 planted claims), never opened: run once, blind, after the tenth round was
     * committed (totals only): caught 129/146 = 0.884, true sentences flagged 14/343 = 0.041. The checker before the
     * round (90ecd09) gives 127/146 = 0.870 and 12/343 = 0.035: the round's trade terms caught two more planted claims
     * on text nobody studied and flagged two more true sentences. Studied from the eleventh round on (its misses listed
     * in {@code target/factcheck-blind-14.txt}): that round's mechanisms take it to 136/146 = 0.932 and the same
     * 14/343, the twelfth round's (a post led by a verb, a long rare English word, a registered nurse's post, an
     * abbreviation written out) to 138/146 = 0.945 and 12/343 = 0.035. Floors just under.
     */
    @Test
    void catchesPlantedClaimsOfTheFourteenthBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-14", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-14")).isGreaterThanOrEqualTo(0.94);
        assertThat(score.falseShare()).as(score.totals("blind-14")).isLessThanOrEqualTo(0.04);
    }

    /**
     * {@code blind-15/} (48 cases, 148 planted claims; its README: Russian letters of 100–137 words and most vacancy
     * texts under 80, shorter than the format's minimum, which the loader does not enforce), never opened: run once,
     * blind, after the eleventh round was committed (totals only): caught 120/148 = 0.811, true sentences flagged
     * 8/272 = 0.029. The checker before the round (fdcb073) threw on one of its texts (a trade's term read across a
     * line break, which the round's first commit fixed); counting that text as flagging nothing, it gives 118/148 =
     * 0.797 and the same 8/272. Studied from the twelfth round on (misses listed in
     * {@code target/factcheck-blind-15.txt}): that round's mechanisms, each with a test in
     * {@code FactCheckerTwelfthRoundTest}, take it to 135/148 = 0.912 and 5/272 = 0.018; the fifteenth round's
     * content terms ({@code FactCheckerContentTermsTest}) to 138/148 = 0.932 and 4/272 = 0.015. Floors just under.
     */
    @Test
    void catchesPlantedClaimsOfTheFifteenthBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-15", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-15")).isGreaterThanOrEqualTo(0.93);
        assertThat(score.falseShare()).as(score.totals("blind-15")).isLessThanOrEqualTo(0.02);
    }

    /**
     * {@code blind-16/} (48 cases, 147 planted claims), written by a helper who never saw the checker, never opened:
     * run once, blind, after the twelfth round was committed (totals only): caught 133/147 = 0.905, true sentences
     * flagged 18/389 = 0.046. The checker before the round (4a9ebbc, the same method added in a worktree) gives
     * 131/147 = 0.891 and 17/389 = 0.044: the round caught two more planted claims on text nobody studied and flagged
     * one more true sentence; still short of 0.95 caught, under 5 % flagged. Studied from the thirteenth round (misses
     * listed): 141/147 = 0.959 caught and 15/389 = 0.039 flagged after it; after the fourteenth 14/389 = 0.036
     * («тысячу двести» read as 1,200). The floors sit just under that.
     */
    @Test
    void catchesPlantedClaimsOfTheSixteenthBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-16", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-16")).isGreaterThanOrEqualTo(0.955);
        assertThat(score.falseShare()).as(score.totals("blind-16")).isLessThanOrEqualTo(0.037);
    }

    /**
     * {@code blind-17/} (48 cases, 148 planted claims), written by a helper who never saw the checker, never opened:
     * run once, blind, after the thirteenth round was committed (totals only): caught 129/148 = 0.872, true sentences
     * flagged 16/352 = 0.045. The checker before the round (3f0a638, the same method added in a worktree) gives
     * 128/148 = 0.865 and 16/352 = 0.045: the round caught one more planted claim on text nobody studied and flagged
     * no true sentence more; still short of 0.95 caught, under 5 % flagged. Studied from the fourteenth round (misses
     * listed): 134/148 = 0.905 caught and 14/352 = 0.040 flagged after it; the floors sit just under that.
     */
    @Test
    void catchesPlantedClaimsOfTheSeventeenthBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-17", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-17")).isGreaterThanOrEqualTo(0.9);
        assertThat(score.falseShare()).as(score.totals("blind-17")).isLessThanOrEqualTo(0.04);
    }

    /**
     * {@code blind-18/} (48 cases, 150 planted claims), written by a helper who never saw the checker, never opened:
     * run once, blind, after the fourteenth round was committed (totals only): caught 131/150 = 0.873, true sentences
     * flagged 10/319 = 0.031. The checker before the round (3597729, the same method added in a worktree) gives the
     * same 131/150 and 10/319: the round's mechanisms met none of its claims; still short of 0.95 caught, under 5 %
     * flagged. Studied from the fifteenth round (misses listed in {@code target/factcheck-blind-18.txt}): after its
     * content terms, 131/150 = 0.873 and 9/319 = 0.028. Floors just under.
     */
    @Test
    void catchesPlantedClaimsOfTheEighteenthBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-18", 48, true);
        assertThat(score.caughtShare()).as(score.totals("blind-18")).isGreaterThanOrEqualTo(0.87);
        assertThat(score.falseShare()).as(score.totals("blind-18")).isLessThanOrEqualTo(0.03);
    }

    /**
     * {@code blind-19/} (48 cases), written by a helper who never saw the checker, never opened: run twice, blind,
     * totals only: on the checker before the fifteenth round (4af33c9, the same method added in a worktree): caught
     * 120/145 = 0.828, true sentences flagged 21/341 = 0.062; and after it the same 120/145 and 21/341 (one flag
     * more outside planted spans, in a sentence already flagged): the content terms met none of its claims, and the
     * flagged share is over the 0.05 limit on text nobody tuned on. Floors just under, until a round studies it.
     */
    @Test
    void catchesPlantedClaimsOfTheNineteenthBlindSet() throws IOException {
        LabelledSet.Score score = measure("blind-19", 48, false);
        assertThat(score.caughtShare()).as(score.totals("blind-19")).isGreaterThanOrEqualTo(0.825);
        assertThat(score.falseShare()).as(score.totals("blind-19")).isLessThanOrEqualTo(0.065);
    }

    /**
     * Scores a set, prints its totals and writes them to {@code target/factcheck-<set>.txt}, with each miss and false
     * flag only for a set that is no longer blind.
     *
     * @param size the number of cases the set must hold, or -1 for a set that grows
     */
    private static LabelledSet.Score measure(String set, int size, boolean listMisses) throws IOException {
        List<LabelledSet.Case> cases = LabelledSet.load(set);
        if (size >= 0) {
            assertThat(cases).hasSize(size);
        }
        LabelledSet.Score score = LabelledSet.score(CHECKER, cases);
        String totals = score.totals(set);
        System.out.println(totals);
        Files.writeString(Path.of("target/factcheck-" + set + ".txt"),
                totals + "\n" + (listMisses ? String.join("\n", score.lines()) + "\n" : ""));
        return score;
    }
}
