package com.qh.skills.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.qh.skills.Skill;
import com.qh.skills.SkillMention;
import com.qh.skills.SkillTaxonomy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The proposed skills ({@code qh/skills/proposed/}, not loaded by the shipped taxonomy) load on the shipped taxonomy
 * without a clash, each file named after a category the taxonomy has; and what they would add to extraction in the
 * team's non-blind labelled vacancies is written to {@code target/proposed-hits.txt} for review. The blind sets
 * ({@code held-out-4}, {@code held-out-5}) are left out on purpose: they judge a release, they do not shape it. Skipped
 * while nothing is proposed.
 */
class ProposedSkillsTest {

    private static final List<String> REVIEW_SETS = List.of("labelled", "held-out", "held-out-2", "held-out-3");

    @Test
    void proposedSkillsLoadWithoutAClashAndTheirNewMentionsAreListed() throws IOException {
        assertThat(categories()).containsAll(ProposedSkills.categoriesProposed());
        List<Skill> additions = ProposedSkills.additions();
        assumeFalse(additions.isEmpty(), "no skills are proposed: the last proposal shipped (see proposed/README.md)");
        SkillTaxonomy shipped = SkillTaxonomy.builtIn();
        SkillTaxonomy extended = ProposedSkills.extended();
        for (Skill addition : additions) {
            assertThat(extended.find(addition.name())).as(addition.name()).isPresent();
        }

        StringBuilder report = new StringBuilder("# Mentions the proposed skills add (" + additions.size()
                + " lines proposed)\n");
        int added = 0;
        for (String set : REVIEW_SETS) {
            for (LabelledVacancy vacancy : LabelledVacancy.all(Path.of("src/test/resources", set))) {
                Set<String> before = new HashSet<>();
                for (SkillMention mention : shipped.findIn(vacancy.text())) {
                    before.add(mention.start() + ":" + mention.end() + ":" + mention.skill().name());
                }
                for (SkillMention mention : extended.findIn(vacancy.text())) {
                    if (!before.contains(mention.start() + ":" + mention.end() + ":" + mention.skill().name())) {
                        added++;
                        report.append(set).append('/').append(vacancy.file()).append(": ")
                                .append(mention.skill().name()).append(" <- \"")
                                .append(context(vacancy.text(), mention.start(), mention.end())).append("\"\n");
                    }
                }
            }
        }
        report.append("# ").append(added).append(" mentions added\n");
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/proposed-hits.txt"), report, StandardCharsets.UTF_8);
        System.out.printf("Proposed skills: %d lines on %d shipped skills, %d mentions added in %s%n",
                additions.size(), shipped.skills().size(), added, REVIEW_SETS);
    }

    private static Set<String> categories() throws IOException {
        Set<String> categories = new HashSet<>();
        for (String line : Files.readAllLines(ProposedSkills.RESOURCES.resolve("index.txt"), StandardCharsets.UTF_8)) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#") && !name.startsWith("version ")) {
                categories.add(name);
            }
        }
        return categories;
    }

    private static String context(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 30), start);
        String after = text.substring(end, Math.min(text.length(), end + 30));
        return (before + "[" + text.substring(start, end) + "]" + after).replaceAll("\\s+", " ");
    }
}
