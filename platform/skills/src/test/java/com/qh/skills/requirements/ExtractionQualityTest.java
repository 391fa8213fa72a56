package com.qh.skills.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.skills.Skill;
import com.qh.skills.SkillTaxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures skill extraction against four labelled sets (half Russian, half English, many professions):
 * micro-averaged precision and recall of the skills found, how often required vs. plus agrees, and how often
 * experience, education and languages are read right.
 *
 * <ul>
 *   <li>{@code src/test/resources/labelled}: the set the team wrote and tuned the taxonomy against. Its thresholds
 *       guard against a change to the taxonomy or the extractor that makes extraction worse.
 *   <li>{@code src/test/resources/held-out}: vacancies of other professions and employers, labelled before anyone
 *       looked at what the extractor makes of them. Its misses have since been read and tuned against (round
 *       2026.11.3; ru-07 to ru-11, first written for held-out-3, were seen during round 2026.11.4 and moved here),
 *       so it is no longer held out; its floor is loose on purpose, to catch a broken extractor rather than an
 *       honest miss.
 *   <li>{@code src/test/resources/held-out-2}: a second set, of professions and employers in neither set above,
 *       blind until its misses became the gap list of round 2026.11.4. Same loose floor.
 *   <li>{@code src/test/resources/held-out-3}: the blind set now: professions and employers in none of the sets
 *       above, written and labelled on 2026-11-23 before anyone ran the extractor over them; blind until round
 *       2026.12.8 read its misses as a gap list. Same loose floor; the report gives only its totals unless {@code -Dqh.extraction.reveal=held-out-3}
 *       names it. Once it has been read, write a new blind set before the next round.
 *   <li>{@code src/test/resources/held-out-4}: 30 vacancies (15 ru, 15 en) of professions none of the sets above
 *       has (agronomy, medicine, surveying, cadastre, bankruptcy law, hospitality, freight, HVAC, FPGA, SAP,
 *       insurance, ecology, events, GIS, BI, ...), written and labelled for issue 23 before its round changed
 *       the extractor or the taxonomy, measured once before and once after it; read as a gap list by round
 *       2026.12.8; shown like held-out-3, totals only unless {@code -Dqh.extraction.reveal=held-out-4}.
 *   <li>{@code src/test/resources/held-out-5}: 30 vacancies (15 ru, 15 en) of professions none of the sets above
 *       has, written on 2026-12-06 by someone who saw neither the taxonomy nor the extractor, while the proposed
 *       release 2026.12.6 was reviewed on the other sets; measured once before and once after that release ships,
 *       then read as a gap list by round 2026.12.8; totals only unless {@code -Dqh.extraction.reveal=held-out-5}.
 *   <li>{@code src/test/resources/held-out-6}: 30 vacancies (15 ru, 15 en) of professions none of the sets above
 *       has, written on 2026-12-06 by someone who saw neither the taxonomy nor the extractor, to judge the release
 *       after 2026.12.6 (release 2026.12.8); measured once before and once after it, never read for tuning (its
 *       README named its professions, which that round covered); read as a gap list by the round of release
 *       2026.12.9; totals only unless {@code -Dqh.extraction.reveal=held-out-6}.
 *   <li>{@code src/test/resources/held-out-7}: 30 vacancies (15 ru, 15 en) of professions none of the sets above
 *       has, written blind with neutral file names to judge the round of release 2026.12.9 (general mechanisms rather
 *       than professions); measured once before and once after it, then read as a gap list by the round of release
 *       2026.12.10; totals only unless {@code -Dqh.extraction.reveal=held-out-7}.
 *   <li>{@code src/test/resources/held-out-8}: 30 vacancies (15 ru, 15 en) of professions none of the sets above
 *       has, written blind to judge the round of release 2026.12.10 (sparser labels than held-out-7); measured once
 *       before and once after it, then read as a gap list by the round of release 2026.12.11; totals only unless
 *       {@code -Dqh.extraction.reveal=held-out-8}.
 *   <li>{@code src/test/resources/held-out-9}: 30 vacancies (15 ru, 15 en) of professions none of the sets above
 *       has, written on 2026-12-07 by a helper who never saw the extractor, to judge the round of release 2026.12.11;
 *       measured once on the code before the round and once after it, then read as a gap list by the round of
 *       release 2026.12.12; totals only unless {@code -Dqh.extraction.reveal=held-out-9}.
 *   <li>{@code src/test/resources/held-out-10}: 30 vacancies (15 ru, 15 en) of thirty professions none of the sets
 *       above has, written on 2026-12-07 by a helper who never saw the extractor, to judge the round of release
 *       2026.12.12; measured once on the code before the round and once after it; open to the round of release
 *       2026.12.13 as a gap list, which mined its vocabulary from the market and tuned on no set; totals only unless
 *       {@code -Dqh.extraction.reveal=held-out-10}.
 *   <li>{@code src/test/resources/held-out-11}: 30 vacancies (15 ru, 15 en) written on 2026-12-07 by a helper who never
 *       saw the extractor, to judge release 2026.12.13 (vocabulary mined from public hh.ru vacancies); measured once
 *       on the code before the round and once after it, never read; totals only unless
 *       {@code -Dqh.extraction.reveal=held-out-11}.
 *   <li>{@code src/test/resources/held-out-12}: 30 vacancies (15 ru, 15 en) written on 2026-12-07 by a helper who never
 *       saw the extractor, the blind set for the next round: measured once on release 2026.12.13 (the code of
 *       4af33c9), to be measured once more after the round it judges, never read; totals only unless
 *       {@code -Dqh.extraction.reveal=held-out-12}.
 * </ul>
 *
 * <p>The report goes to standard output and to {@code target/extraction-quality.txt}, one section per set;
 * {@code docs/benchmarks.md} records it.
 */
class ExtractionQualityTest {

    private static final Path LABELLED = Path.of("src/test/resources/labelled");
    private static final Path HELD_OUT = Path.of("src/test/resources/held-out");
    private static final Path HELD_OUT_2 = Path.of("src/test/resources/held-out-2");
    private static final Path HELD_OUT_3 = Path.of("src/test/resources/held-out-3");
    private static final Path HELD_OUT_4 = Path.of("src/test/resources/held-out-4");
    private static final Path HELD_OUT_5 = Path.of("src/test/resources/held-out-5");
    private static final Path HELD_OUT_6 = Path.of("src/test/resources/held-out-6");
    private static final Path HELD_OUT_7 = Path.of("src/test/resources/held-out-7");
    private static final Path HELD_OUT_8 = Path.of("src/test/resources/held-out-8");
    private static final Path HELD_OUT_9 = Path.of("src/test/resources/held-out-9");
    private static final Path HELD_OUT_10 = Path.of("src/test/resources/held-out-10");
    private static final Path HELD_OUT_11 = Path.of("src/test/resources/held-out-11");
    private static final Path HELD_OUT_12 = Path.of("src/test/resources/held-out-12");
    private static final Path REPORT = Path.of("target/extraction-quality.txt");

    private static final SkillTaxonomy TAXONOMY = ProposedSkills.measured();
    private static final RequirementExtractor EXTRACTOR = new RequirementExtractor(TAXONOMY);

    private static Measurement labelled;
    private static Measurement heldOut;
    private static Measurement heldOut2;
    private static Measurement heldOut3;
    private static Measurement heldOut4;
    private static Measurement heldOut5;
    private static Measurement heldOut6;
    private static Measurement heldOut7;
    private static Measurement heldOut8;
    private static Measurement heldOut9;
    private static Measurement heldOut10;
    private static Measurement heldOut11;
    private static Measurement heldOut12;

    /** Measures every set and writes the report before any threshold is checked, so a failure still leaves it. */
    @BeforeAll
    static void measureEverySetAndWriteTheReport() throws IOException {
        labelled = measure(LABELLED);
        heldOut = measure(HELD_OUT);
        heldOut2 = measure(HELD_OUT_2);
        heldOut3 = measure(HELD_OUT_3);
        heldOut4 = measure(HELD_OUT_4);
        heldOut5 = measure(HELD_OUT_5);
        heldOut6 = measure(HELD_OUT_6);
        heldOut7 = measure(HELD_OUT_7);
        heldOut8 = measure(HELD_OUT_8);
        heldOut9 = measure(HELD_OUT_9);
        heldOut10 = measure(HELD_OUT_10);
        heldOut11 = measure(HELD_OUT_11);
        heldOut12 = measure(HELD_OUT_12);
        String report = String.format(Locale.ROOT, "taxonomy %s, %d skills%n%n", TAXONOMY.version(),
                TAXONOMY.skills().size())
                + labelled.section("labelled (used for tuning)") + System.lineSeparator()
                + heldOut.section("held-out (read, used for tuning)") + System.lineSeparator()
                + heldOut2.section("held-out-2 (read for round 2026.11.4)") + System.lineSeparator()
                + heldOut3.blindSection("held-out-3", "held-out-3 (read as a gap list for 2026.12.8)") + System.lineSeparator()
                + heldOut4.blindSection("held-out-4", "held-out-4 (written for issue 23; read as a gap list for 2026.12.8)")
                + System.lineSeparator()
                + heldOut5.blindSection("held-out-5", "held-out-5 (written for release 2026.12.6; read as a gap list for 2026.12.8)")
                + System.lineSeparator()
                + heldOut6.blindSection("held-out-6", "held-out-6 (written for release 2026.12.8; read as a gap list for 2026.12.9)")
                + System.lineSeparator()
                + heldOut7.blindSection("held-out-7", "held-out-7 (written for release 2026.12.9; read as a gap list for 2026.12.10)")
                + System.lineSeparator()
                + heldOut8.blindSection("held-out-8", "held-out-8 (written for release 2026.12.10; read as a gap list for 2026.12.11)")
                + System.lineSeparator()
                + heldOut9.blindSection("held-out-9", "held-out-9 (written for release 2026.12.11; read as a gap list for 2026.12.12)")
                + System.lineSeparator()
                + heldOut10.blindSection("held-out-10", "held-out-10 (written for release 2026.12.12; a gap list for 2026.12.13)")
                + System.lineSeparator()
                + heldOut11.blindSection("held-out-11", "held-out-11 (written for the round of release 2026.12.13, never read)")
                + System.lineSeparator()
                + heldOut12.blindSection("held-out-12", "held-out-12 (blind: written for the next round, never read)");
        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);
    }

    @Test
    void extractsSkillsFromTheLabelledSetWithTargetPrecisionAndRecall() {
        assertThat(labelled.vacancies()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(labelled.count("ru")).isGreaterThanOrEqualTo(20);
        assertThat(labelled.count("en")).isGreaterThanOrEqualTo(20);

        assertThat(labelled.all().precision()).as("precision").isGreaterThanOrEqualTo(0.85);
        assertThat(labelled.all().recall()).as("recall").isGreaterThanOrEqualTo(0.80);
    }

    /**
     * Only a sanity floor: the held-out figures are expected to be lower than the labelled ones (skills the
     * taxonomy lacks are misses; the second set measured 0.36 recall when written), and an honest miss must not
     * fail the build. Below this means the extractor or the taxonomy is broken.
     */
    @Test
    void extractsSkillsFromTheHeldOutSetAboveASanityFloor() {
        assertAboveTheSanityFloor(heldOut, "held-out");
    }

    /** The second held-out set; the same loose floor as the first. */
    @Test
    void extractsSkillsFromTheSecondHeldOutSetAboveASanityFloor() {
        assertAboveTheSanityFloor(heldOut2, "held-out-2");
    }

    /** The blind set, written before the taxonomy round 2026.11.4; the same loose floor as the others. */
    @Test
    void extractsSkillsFromTheThirdHeldOutSetAboveASanityFloor() {
        assertAboveTheSanityFloor(heldOut3, "held-out-3");
    }

    /** The fresh blind set of issue 23, written before its round; the same loose floor as the others. */
    @Test
    void extractsSkillsFromTheFourthHeldOutSetAboveASanityFloor() {
        assertAboveTheSanityFloor(heldOut4, "held-out-4");
    }

    /**
     * The blind set of release 2026.12.6. Its labels are denser than the other sets' (22 a vacancy), and its one run
     * before the release gave 0.570 / 0.285, after it 0.578 / 0.353; so its floor sits under those, still far above
     * what a broken extractor gives.
     */
    @Test
    void extractsSkillsFromTheFifthHeldOutSetAboveASanityFloor() {
        assertThat(heldOut5.count("ru")).as("held-out-5 ru vacancies").isEqualTo(15);
        assertThat(heldOut5.count("en")).as("held-out-5 en vacancies").isEqualTo(15);
        assertAboveTheSanityFloor(heldOut5, "held-out-5", 0.5, 0.25);
    }

    /**
     * The blind set of release 2026.12.8 (20 labels a vacancy). Its one run before the release gave 0.548 / 0.420, after
     * it 0.597 / 0.585; so its floor sits under those, still far above what a broken extractor gives.
     */
    @Test
    void extractsSkillsFromTheSixthHeldOutSetAboveASanityFloor() {
        assertThat(heldOut6.count("ru")).as("held-out-6 ru vacancies").isEqualTo(15);
        assertThat(heldOut6.count("en")).as("held-out-6 en vacancies").isEqualTo(15);
        assertAboveTheSanityFloor(heldOut6, "held-out-6", 0.5, 0.35);
    }

    /**
     * The blind set of release 2026.12.9 (the round of general mechanisms for issue 23; 24 labels a vacancy). Its one
     * run on the code before the round (7caeb4e) gave 0.581 / 0.339, after it 0.596 / 0.358; so its floor sits under
     * those, still far above what a broken extractor gives.
     */
    @Test
    void extractsSkillsFromTheSeventhHeldOutSetAboveASanityFloor() {
        assertThat(heldOut7.count("ru")).as("held-out-7 ru vacancies").isEqualTo(15);
        assertThat(heldOut7.count("en")).as("held-out-7 en vacancies").isEqualTo(15);
        assertAboveTheSanityFloor(heldOut7, "held-out-7", 0.55, 0.3);
    }

    /**
     * The blind set of release 2026.12.10 (the second round of general mechanisms for issue 23; labels sparser than
     * held-out-7's, 16 a vacancy). Its one run on the code before the round (fdcb073) gave 0.554 / 0.371, after it
     * 0.556 / 0.380; so its floor sits under those, still far above what a broken extractor gives.
     */
    @Test
    void extractsSkillsFromTheEighthHeldOutSetAboveASanityFloor() {
        assertThat(heldOut8.count("ru")).as("held-out-8 ru vacancies").isEqualTo(15);
        assertThat(heldOut8.count("en")).as("held-out-8 en vacancies").isEqualTo(15);
        assertAboveTheSanityFloor(heldOut8, "held-out-8", 0.55, 0.36);
    }

    /**
     * The set written blind for release 2026.12.11 and read as a gap list by release 2026.12.12 (the third round of general mechanisms for issue 23, with the trades of the
     * gap lists; 16 labels a vacancy). Its one run on the code before the round (4a9ebbc) gave 0.604 / 0.544 (262
     * right of 482, 434 found), after it 0.610 / 0.548 (264 right, 433 found); so its floor sits under those, still
     * far above what a broken extractor gives.
     */
    @Test
    void extractsSkillsFromTheNinthHeldOutSetAboveASanityFloor() {
        assertThat(heldOut9.count("ru")).as("held-out-9 ru vacancies").isEqualTo(15);
        assertThat(heldOut9.count("en")).as("held-out-9 en vacancies").isEqualTo(15);
        assertAboveTheSanityFloor(heldOut9, "held-out-9", 0.55, 0.5);
    }

    /**
     * The blind set of release 2026.12.12 (vocabulary at scale: the trades of held-out-9 and some 600 skills of
     * occupations no set had). Its one run on the code before the round (3f0a638) gave 0.648 / 0.612 (278 right of
     * 454, 429 found), after it 0.644 / 0.619 (281 right, 436 found); so its floor sits just under those.
     */
    @Test
    void extractsSkillsFromTheTenthHeldOutSetAboveASanityFloor() {
        assertThat(heldOut10.count("ru")).as("held-out-10 ru vacancies").isEqualTo(15);
        assertThat(heldOut10.count("en")).as("held-out-10 en vacancies").isEqualTo(15);
        assertAboveTheSanityFloor(heldOut10, "held-out-10", 0.63, 0.6);
    }

    /**
     * The blind set of release 2026.12.13 (vocabulary mined from public hh.ru vacancies with their key skills). Its
     * one run on the code before the round (3597729) gave 0.597 / 0.442 (233 right of 527, 390 found), and the run
     * after it the same; so its floor sits just under that.
     */
    @Test
    void extractsSkillsFromTheEleventhHeldOutSetAboveASanityFloor() {
        assertThat(heldOut11.count("ru")).as("held-out-11 ru vacancies").isEqualTo(15);
        assertThat(heldOut11.count("en")).as("held-out-11 en vacancies").isEqualTo(15);
        assertAboveTheSanityFloor(heldOut11, "held-out-11", 0.58, 0.43);
    }

    /**
     * The blind set for the round after release 2026.12.13. Its one run so far, on that release (the code of 4af33c9),
     * gave 0.665 / 0.473 (228 right of 482, 343 found); so its floor sits just under that.
     */
    @Test
    void extractsSkillsFromTheTwelfthHeldOutSetAboveASanityFloor() {
        assertThat(heldOut12.count("ru")).as("held-out-12 ru vacancies").isEqualTo(15);
        assertThat(heldOut12.count("en")).as("held-out-12 en vacancies").isEqualTo(15);
        assertAboveTheSanityFloor(heldOut12, "held-out-12", 0.64, 0.46);
    }

    private static void assertAboveTheSanityFloor(Measurement set, String name) {
        assertAboveTheSanityFloor(set, name, 0.6, 0.3);
    }

    private static void assertAboveTheSanityFloor(Measurement set, String name, double precision, double recall) {
        assertThat(set.vacancies()).as(name + " vacancies").hasSizeGreaterThanOrEqualTo(12);
        assertThat(set.count("ru")).as(name + " ru vacancies").isGreaterThanOrEqualTo(6);
        assertThat(set.count("en")).as(name + " en vacancies").isGreaterThanOrEqualTo(6);

        assertThat(set.all().precision()).as(name + " precision").isGreaterThanOrEqualTo(precision);
        assertThat(set.all().recall()).as(name + " recall").isGreaterThanOrEqualTo(recall);
    }

    /** Runs the extractor over every vacancy in {@code folder} and scores it against the labels. */
    private static Measurement measure(Path folder) {
        List<LabelledVacancy> vacancies = LabelledVacancy.all(folder);
        StringBuilder details = new StringBuilder();
        Totals all = new Totals();
        Map<String, Totals> byLanguage = Map.of("ru", new Totals(), "en", new Totals());
        for (LabelledVacancy vacancy : vacancies) {
            Requirements found = EXTRACTOR.extract(vacancy.text());
            Map<String, Importance> expected = expected(vacancy);
            Map<String, Importance> actual = found.skills().stream()
                    .collect(Collectors.toMap(RequiredSkill::name, RequiredSkill::importance));
            Set<String> missed = new TreeSet<>(expected.keySet());
            missed.removeAll(actual.keySet());
            Set<String> extra = new TreeSet<>(actual.keySet());
            extra.removeAll(expected.keySet());
            int hits = expected.size() - missed.size();
            long sameImportance = expected.entrySet().stream()
                    .filter(e -> e.getValue() == actual.get(e.getKey())).count();
            for (Totals totals : List.of(all, byLanguage.get(vacancy.language()))) {
                totals.add(hits, actual.size(), expected.size(), sameImportance,
                        vacancy.experience().equals(experience(found)),
                        vacancy.education().equals(education(found)),
                        languages(vacancy.languages()).equals(languages(found)));
            }
            if (!missed.isEmpty() || !extra.isEmpty()) {
                List<String> extraAsWritten = found.skills().stream().filter(s -> extra.contains(s.name()))
                        .map(s -> s.name() + " (" + written(s) + ")").toList();
                details.append(String.format("%-36s missed %s, extra %s%n", vacancy.file(), missed, extraAsWritten));
            }
            if (!languages(vacancy.languages()).equals(languages(found))) {
                details.append(String.format("%-36s languages %s, read %s%n", vacancy.file(), vacancy.languages(),
                        languages(found)));
            }
            if (!vacancy.experience().equals(experience(found))) {
                details.append(String.format("%-36s experience %s, read %s%n", vacancy.file(), vacancy.experience(),
                        experience(found)));
            }
            if (!vacancy.education().equals(education(found))) {
                details.append(String.format("%-36s education %s, read %s%n", vacancy.file(), vacancy.education(),
                        education(found)));
            }
        }
        return new Measurement(folder, vacancies, all, byLanguage, details.toString());
    }

    /** The scores of one set of labelled vacancies, and the per-vacancy differences behind them. */
    private record Measurement(Path folder, List<LabelledVacancy> vacancies, Totals all,
            Map<String, Totals> byLanguage, String details) {

        long count(String language) {
            return vacancies.stream().filter(v -> language.equals(v.language())).count();
        }

        String section(String title) {
            return String.format(Locale.ROOT, "== %s: %d vacancies in %s%n%s%s%s%s", title, vacancies.size(),
                    folder, all.line("all"), byLanguage.get("ru").line("ru"), byLanguage.get("en").line("en"),
                    details);
        }

        /**
         * The figures without the per-vacancy misses, so that whoever grows the taxonomy next cannot tune against
         * them by reading the report; {@code -Dqh.extraction.reveal=<name>} shows them, and only when it names
         * this set, so that revealing the other sets while tuning cannot show it by accident.
         */
        String blindSection(String name, String title) {
            if (java.util.Arrays.asList(System.getProperty("qh.extraction.reveal", "").split(",")).contains(name)) {
                return section(title);
            }
            return String.format(Locale.ROOT, "== %s: %d vacancies in %s%n%s%s%s(per-vacancy differences withheld "
                    + "to keep this set blind; -Dqh.extraction.reveal=%s shows them)%n", title, vacancies.size(),
                    folder, all.line("all"), byLanguage.get("ru").line("ru"), byLanguage.get("en").line("en"),
                    name);
        }
    }

    private static String written(RequiredSkill skill) {
        return TAXONOMY.findIn(skill.evidence()).stream().filter(m -> m.skill().name().equals(skill.name()))
                .map(com.qh.skills.SkillMention::written).findFirst().orElse("?");
    }

    /** Labels resolve through the taxonomy like any other name; one that does not is a miss by definition. */
    private static Map<String, Importance> expected(LabelledVacancy vacancy) {
        Map<String, Importance> expected = new java.util.LinkedHashMap<>();
        vacancy.must().forEach(label -> expected.put(canonical(label), Importance.MUST));
        vacancy.nice().forEach(label -> expected.putIfAbsent(canonical(label), Importance.NICE));
        return expected;
    }

    private static String canonical(String label) {
        return TAXONOMY.find(label).map(Skill::name).orElse("?" + label);
    }

    private static String experience(Requirements found) {
        Experience experience = found.experience();
        if (experience == null) {
            return "none";
        }
        return experience.minYears() + "-" + (experience.maxYears() == null ? "" : experience.maxYears());
    }

    private static String education(Requirements found) {
        return found.education() == null ? "none"
                : found.education().level() == Education.Level.HIGHER ? "higher" : "secondary-vocational";
    }

    private static Set<String> languages(String labels) {
        if (labels.equals("none")) {
            return Set.of();
        }
        return Stream.of(labels.split(",")).map(String::strip).map(label -> label.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> languages(Requirements found) {
        Map<String, String> names = Map.of("en", "english", "de", "german", "fr", "french", "es", "spanish",
                "zh", "chinese", "it", "italian", "ru", "russian", "ja", "japanese", "ko", "korean", "tr", "turkish");
        return found.languages().stream()
                .map(l -> (names.getOrDefault(l.language(), l.language()) + (l.level() == null ? "" : " " + l.level()))
                        .toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static final class Totals {
        int vacancies;
        int hits;
        int found;
        int expected;
        long sameImportance;
        int experience;
        int education;
        int languages;

        void add(int hits, int found, int expected, long sameImportance, boolean experience, boolean education,
                boolean languages) {
            this.vacancies++;
            this.hits += hits;
            this.found += found;
            this.expected += expected;
            this.sameImportance += sameImportance;
            this.experience += experience ? 1 : 0;
            this.education += education ? 1 : 0;
            this.languages += languages ? 1 : 0;
        }

        double precision() {
            return found == 0 ? 0 : (double) hits / found;
        }

        double recall() {
            return expected == 0 ? 0 : (double) hits / expected;
        }

        String line(String name) {
            return String.format(Locale.ROOT,
                    "%-3s %2d vacancies: precision %.3f, recall %.3f (%d found, %d expected, %d right); "
                            + "must/plus agrees %.3f; experience %d/%d, education %d/%d, languages %d/%d%n",
                    name, vacancies, precision(), recall(), found, expected, hits,
                    hits == 0 ? 0 : (double) sameImportance / hits, experience, vacancies, education, vacancies,
                    languages, vacancies);
        }
    }
}
