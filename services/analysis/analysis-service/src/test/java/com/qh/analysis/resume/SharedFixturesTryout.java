package com.qh.analysis.resume;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.analysis.ats.AtsChecker;
import com.qh.analysis.ats.AtsReport;
import com.qh.skills.SkillTaxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Parses the public sample resumes of {@code ../shared/fixtures/resumes/} and prints what comes out, for a person to
 * read: they have no labels, and a fresh clone has no {@code ../shared}, so this never runs in {@code verify}. Run:
 * {@code ./mvnw -pl services/analysis/analysis-service test -Dtest=SharedFixturesTryout
 * -Dqh.resumes.shared=../../../../shared/fixtures/resumes} (the path from the module's folder).
 */
@EnabledIfSystemProperty(named = "qh.resumes.shared", matches = ".+")
class SharedFixturesTryout {

    @Test
    void parsesEverySharedResume() throws IOException {
        ResumeParser parser = new ResumeParser(SkillTaxonomy.builtIn());
        AtsChecker ats = new AtsChecker(parser);
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(System.getProperty("qh.resumes.shared")))) {
            files = list.sorted().toList();
        }
        StringBuilder out = new StringBuilder();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            long start = System.nanoTime();
            ParsedResume parsed = parser.parse(content, file.getFileName().toString());
            long took = System.nanoTime() - start;
            AtsReport report = ats.check(content, file.getFileName().toString());
            out.append("== ").append(file.getFileName()).append(String.format(" (%.1f ms)%n", took / 1e6));
            out.append(String.join("\n", parser.read(content, file.getFileName().toString()).lines())).append('\n');
            out.append("-- name ").append(parsed.name()).append("\n-- headline ").append(parsed.headline())
                    .append("\n-- contacts ").append(parsed.contacts()).append("\n-- links ").append(parsed.links())
                    .append("\n-- sections ").append(parsed.sections()).append('\n');
            parsed.experience().forEach(j -> out.append("-- job ").append(j.company()).append(" | ")
                    .append(j.title()).append(" | ").append(j.start()).append(" – ")
                    .append(j.current() ? "present" : j.end()).append('\n'));
            parsed.education().forEach(e -> out.append("-- study ").append(e).append('\n'));
            out.append("-- skills ").append(parsed.skills().stream().map(ParsedResume.FoundSkill::name).toList())
                    .append("\n-- languages ").append(parsed.languages()).append('\n');
            out.append("-- ats ").append(report.score()).append(' ')
                    .append(report.findings().stream().map(AtsReport.Finding::code).toList()).append("\n\n");
            assertThat(parsed.contacts()).isNotNull();
        }
        Path report = Path.of("target", "shared-resumes.txt");
        Files.writeString(report, out);
        System.out.println(out);
    }
}
