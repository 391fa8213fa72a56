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
import org.junit.jupiter.api.Test;

/**
 * Measures skill extraction against the labelled set the team wrote (half Russian, half English, many
 * professions): micro-averaged precision and recall of the skills found, how often required vs. plus agrees,
 * and how often experience, education and languages are read right. The report goes to standard output and to
 * {@code target/extraction-quality.txt}; {@code docs/benchmarks.md} records it. The thresholds guard against a
 * change to the taxonomy or the extractor that makes extraction worse.
 */
class ExtractionQualityTest {

    private static final Path LABELLED = Path.of("src/test/resources/labelled");

    private final SkillTaxonomy taxonomy = SkillTaxonomy.builtIn();
    private final RequirementExtractor extractor = new RequirementExtractor(taxonomy);

    @Test
    void extractsSkillsFromTheLabelledSetWithTargetPrecisionAndRecall() throws IOException {
        List<LabelledVacancy> vacancies = LabelledVacancy.all(LABELLED);
        assertThat(vacancies).hasSizeGreaterThanOrEqualTo(40);
        assertThat(vacancies.stream().filter(v -> "ru".equals(v.language())).count()).isGreaterThanOrEqualTo(20);
        assertThat(vacancies.stream().filter(v -> "en".equals(v.language())).count()).isGreaterThanOrEqualTo(20);

        StringBuilder report = new StringBuilder();
        Totals all = new Totals();
        Map<String, Totals> byLanguage = Map.of("ru", new Totals(), "en", new Totals());
        for (LabelledVacancy vacancy : vacancies) {
            Requirements found = extractor.extract(vacancy.text());
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
                report.append(String.format("%-36s missed %s, extra %s%n", vacancy.file(), missed, extraAsWritten));
            }
            if (!languages(vacancy.languages()).equals(languages(found))) {
                report.append(String.format("%-36s languages %s, read %s%n", vacancy.file(), vacancy.languages(),
                        languages(found)));
            }
            if (!vacancy.experience().equals(experience(found))) {
                report.append(String.format("%-36s experience %s, read %s%n", vacancy.file(), vacancy.experience(),
                        experience(found)));
            }
        }
        String summary = String.format(Locale.ROOT, "taxonomy %s, %d skills; %d labelled vacancies%n%s%s%s",
                taxonomy.version(), taxonomy.skills().size(), vacancies.size(), all.line("all"),
                byLanguage.get("ru").line("ru"), byLanguage.get("en").line("en"));
        System.out.println(summary + report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/extraction-quality.txt"), summary + report);

        assertThat(all.precision()).as("precision").isGreaterThanOrEqualTo(0.85);
        assertThat(all.recall()).as("recall").isGreaterThanOrEqualTo(0.80);
    }

    private String written(RequiredSkill skill) {
        return taxonomy.findIn(skill.evidence()).stream().filter(m -> m.skill().name().equals(skill.name()))
                .map(com.qh.skills.SkillMention::written).findFirst().orElse("?");
    }

    /** Labels resolve through the taxonomy like any other name; one that does not is a miss by definition. */
    private Map<String, Importance> expected(LabelledVacancy vacancy) {
        Map<String, Importance> expected = new java.util.LinkedHashMap<>();
        vacancy.must().forEach(label -> expected.put(canonical(label), Importance.MUST));
        vacancy.nice().forEach(label -> expected.putIfAbsent(canonical(label), Importance.NICE));
        return expected;
    }

    private String canonical(String label) {
        return taxonomy.find(label).map(Skill::name).orElse("?" + label);
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
