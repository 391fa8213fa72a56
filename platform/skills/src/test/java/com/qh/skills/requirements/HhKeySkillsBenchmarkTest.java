package com.qh.skills.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import com.qh.skills.Skill;
import com.qh.skills.SkillTaxonomy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures extraction on real hh.ru vacancies: the development half of {@code ../shared/fixtures/hh} (81 vacancies
 * with their employers' own key skills). Skipped when that folder is absent, as in a fresh clone: the build never
 * needs it. {@code -Dqh.hh.dev=<file>} points at another copy.
 *
 * <ul>
 *   <li><b>Recall</b>: of the employer's key skills that the description names (judged by a reader, listed in
 *       {@code hh-dev/labels.txt} as {@code named}), how many the extractor finds. A key skill that is a list
 *       ({@code MS AD, DNS, DHCP, NTP}) or a phrase ({@code Администрирование систем виртуализации на базе VMware
 *       vSphere}) is labelled with the one skill it means ({@code => VMware vSphere}).
 *   <li><b>Precision</b>: of the skills found, how many the vacancy asks for: any of its key skills, or a skill the
 *       reader accepted ({@code also}). A found skill nobody judged counts as wrong, and the report lists it, so a
 *       change that finds new things shows them for judging instead of passing them.
 * </ul>
 *
 * <p>The report goes to standard output and {@code target/hh-key-skills.txt}:
 * {@code ./mvnw -pl platform/skills test -Dtest=HhKeySkillsBenchmarkTest}.
 */
class HhKeySkillsBenchmarkTest {

    private static final Path DEFAULT = Path.of("../../../shared/fixtures/hh/hh-vacancies-dev.json");
    private static final Path LABELS = Path.of("src/test/resources/hh-dev/labels.txt");
    private static final Path REPORT = Path.of("target/hh-key-skills.txt");

    private static final SkillTaxonomy TAXONOMY = ProposedSkills.measured();
    private static final RequirementExtractor EXTRACTOR = new RequirementExtractor(TAXONOMY);

    @Test
    void findsTheKeySkillsRealVacanciesName() throws IOException {
        Path fixture = Path.of(System.getProperty("qh.hh.dev", DEFAULT.toString()));
        Assumptions.assumeTrue(Files.isRegularFile(fixture), "no hh.ru fixture at " + fixture.toAbsolutePath());
        Map<String, Label> labels = labels();
        List<Map<String, Object>> vacancies = JsonPath.parse(Files.readString(fixture, StandardCharsets.UTF_8))
                .read("$[*]");

        int named = 0;
        int namedFound = 0;
        int found = 0;
        int right = 0;
        int vacanciesRead = 0;
        StringBuilder details = new StringBuilder();
        for (Map<String, Object> vacancy : vacancies) {
            String id = String.valueOf(vacancy.get("id"));
            Label label = labels.get(id);
            if (label == null) {
                continue;
            }
            vacanciesRead++;
            String text = plainText(String.valueOf(vacancy.getOrDefault("description", "")));
            List<RequiredSkill> skills = EXTRACTOR.extract(text).skills();
            Set<String> extracted = new LinkedHashSet<>();
            skills.forEach(skill -> extracted.add(skill.name()));

            Set<String> expected = new LinkedHashSet<>();
            label.named().forEach(name -> expected.add(canonical(name)));
            Set<String> accepted = new LinkedHashSet<>(expected);
            List<Map<String, Object>> keySkills = JsonPath.parse(vacancy).read("$.key_skills[*]");
            keySkills.forEach(key -> accepted.add(canonical(String.valueOf(key.get("name")))));
            label.also().forEach(name -> accepted.add(canonical(name)));

            Set<String> missed = new TreeSet<>(expected);
            missed.removeAll(extracted);
            Set<String> wrong = new TreeSet<>(extracted);
            wrong.removeAll(accepted);
            named += expected.size();
            namedFound += expected.size() - missed.size();
            found += extracted.size();
            right += extracted.size() - wrong.size();
            if (!missed.isEmpty() || !wrong.isEmpty()) {
                List<String> wrongAsWritten = skills.stream().filter(skill -> wrong.contains(skill.name()))
                        .map(skill -> skill.name() + " (" + written(skill) + ")").toList();
                details.append(String.format("%-9s missed %s, not asked or not judged %s%n", id, missed,
                        wrongAsWritten));
            }
        }
        String report = String.format(Locale.ROOT, "taxonomy %s, %d skills; %d hh.ru vacancies of %s%n"
                        + "recall of named key skills %.3f (%d of %d); precision %.3f (%d of %d found)%n%s",
                TAXONOMY.version(), TAXONOMY.skills().size(), vacanciesRead, fixture, ratio(namedFound, named),
                namedFound, named, ratio(right, found), right, found, details);
        System.out.println(report);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report);

        assertThat(vacanciesRead).as("labelled vacancies found in the fixture").isEqualTo(labels.size());
        assertThat(ratio(namedFound, named)).as("recall (sanity floor)").isGreaterThanOrEqualTo(0.5);
        assertThat(ratio(right, found)).as("precision (sanity floor)").isGreaterThanOrEqualTo(0.6);
    }

    private static String written(RequiredSkill skill) {
        return TAXONOMY.findIn(skill.evidence()).stream().filter(m -> m.skill().name().equals(skill.name()))
                .map(com.qh.skills.SkillMention::written).findFirst().orElse("?");
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** A label resolves through the taxonomy like any name; one that does not is a miss by definition. */
    private static String canonical(String label) {
        return TAXONOMY.find(label).map(Skill::name).orElse("?" + label);
    }

    /**
     * One vacancy's labels.
     *
     * @param named the key skills the description names, each as the skill it means
     * @param also other skills the vacancy asks for, accepted when found
     */
    private record Label(List<String> named, List<String> also) {
    }

    /** {@code id | named: a; b => B | also: c; d}, {@code #} comments. */
    private static Map<String, Label> labels() throws IOException {
        Map<String, Label> labels = new LinkedHashMap<>();
        for (String line : Files.readAllLines(LABELS, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|");
            List<String> named = new ArrayList<>();
            List<String> also = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                String part = parts[i].strip();
                List<String> into = part.startsWith("named:") ? named : part.startsWith("also:") ? also : null;
                if (into == null) {
                    throw new IllegalArgumentException("Unknown column in " + LABELS + ": " + part);
                }
                Arrays.stream(part.substring(part.indexOf(':') + 1).split(";")).map(String::strip)
                        .filter(name -> !name.isEmpty())
                        .map(name -> name.contains("=>") ? name.substring(name.indexOf("=>") + 2).strip() : name)
                        .forEach(into::add);
            }
            labels.put(parts[0].strip(), new Label(named, also));
        }
        return labels;
    }

    /** The description as the vacancy service hands it to the extractor: a line per block, list items marked. */
    static String plainText(String html) {
        String text = html.replaceAll("(?i)<li[^>]*>", "\n- ")
                .replaceAll("(?i)</?(p|div|br|ul|ol|h[1-6]|tr|table|li|section|blockquote|pre)\\b[^>]*>", "\n")
                .replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&quot;", "\"").replace("&laquo;", "«").replace("&raquo;", "»")
                .replace("&mdash;", "—").replace("&ndash;", "–").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.equals("-"))
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
