package com.qh.skills.requirements;

import com.qh.skills.Skill;
import com.qh.skills.SkillTaxonomy;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The skills proposed for the next taxonomy release ({@code qh/skills/proposed/<category>.skills}, not loaded by the
 * shipped taxonomy), and the shipped taxonomy with them. The extraction benchmarks measure a proposal with
 * {@code -Dqh.skills.with-proposed=true} before it is moved into the category files.
 */
final class ProposedSkills {

    static final Path RESOURCES = Path.of("src/main/resources/qh/skills");

    private ProposedSkills() {
    }

    /** The taxonomy the benchmarks measure: the shipped one, with the proposal when asked for. */
    static SkillTaxonomy measured() {
        return Boolean.getBoolean("qh.skills.with-proposed") ? extended() : SkillTaxonomy.builtIn();
    }

    static SkillTaxonomy extended() {
        SkillTaxonomy shipped = SkillTaxonomy.builtIn();
        return shipped.extendedWith(shipped.version() + "+proposed", additions());
    }

    /** Every proposed line, each file's skills in the category the file is named after. */
    static List<Skill> additions() {
        List<Skill> additions = new ArrayList<>();
        try (Stream<Path> files = Files.list(RESOURCES.resolve("proposed"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".skills")).sorted().toList()) {
                additions.addAll(SkillTaxonomy.parse(category(file),
                        new StringReader(Files.readString(file, StandardCharsets.UTF_8))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return additions;
    }

    static List<String> categoriesProposed() {
        try (Stream<Path> files = Files.list(RESOURCES.resolve("proposed"))) {
            return files.filter(f -> f.toString().endsWith(".skills")).map(ProposedSkills::category).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String category(Path file) {
        return file.getFileName().toString().replace(".skills", "");
    }
}
