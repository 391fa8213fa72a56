package com.qh.skills.requirements;

import static org.assertj.core.api.Assertions.assertThat;

import com.qh.skills.SkillTaxonomy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How long reading a one-page vacancy takes with the built-in taxonomy, warm: printed, never asserted (timing
 * depends on the machine). Off by default, as it spends a few seconds; run it with
 * {@code ./mvnw -pl platform/skills test -Dtest=ExtractionSpeedTest -Dqh.extraction.speed=true}.
 */
@EnabledIfSystemProperty(named = "qh.extraction.speed", matches = "true")
class ExtractionSpeedTest {

    private static final int WARM_UP = 3_000;
    private static final int MEASURED = 3_000;

    @Test
    void readsAOnePageVacancyInAFewMilliseconds() {
        RequirementExtractor extractor = new RequirementExtractor(SkillTaxonomy.builtIn());
        StringBuilder report = new StringBuilder();
        for (String file : List.of("ru-01-java-backend.txt", "en-06-data-engineer.txt", "ru-17-logistics.txt")) {
            String text = LabelledVacancy.all(Path.of("src/test/resources/labelled")).stream()
                    .filter(vacancy -> vacancy.file().equals(file)).findFirst().orElseThrow().text();
            long[] nanos = new long[MEASURED];
            VacancyReading reading = null;
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                long started = System.nanoTime();
                reading = extractor.read(text);
                if (i >= WARM_UP) {
                    nanos[i - WARM_UP] = System.nanoTime() - started;
                }
            }
            Arrays.sort(nanos);
            report.append(String.format(Locale.ROOT, "%-26s %5d chars: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms%n", file,
                    text.length(), nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 9 / 10] / 1e6,
                    nanos[MEASURED * 99 / 100] / 1e6));
            assertThat(reading.requirements().skills()).isNotEmpty();
        }
        System.out.println("taxonomy " + SkillTaxonomy.builtIn().version() + ", " + SkillTaxonomy.builtIn().skills().size()
                + " skills, read() warm:\n" + report);
    }
}
