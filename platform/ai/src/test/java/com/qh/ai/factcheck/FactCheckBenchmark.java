package com.qh.ai.factcheck;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Check times for FACTCHECK.md, printed, never asserted: one warm thread, p50 and p99 over many checks of a one-page
 * letter (about 300 words) against its profile. Runs only when asked:
 * {@code ./mvnw -f platform/ai/pom.xml test -Dtest=FactCheckBenchmark -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class FactCheckBenchmark {

    @Test
    void printsCheckTimes() {
        FactChecker checker = new FactChecker();
        List<LabelledSet.Case> dev = LabelledSet.load("dev");
        for (String id : List.of("en-letter-backend-01", "ru-letter-accountant-01")) {
            LabelledSet.Case letter = dev.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
            String text = onePage(letter.text());
            for (int i = 0; i < 2_000; i++) {
                checker.check(text, letter.evidence());
            }
            int runs = 5_000;
            long[] nanos = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                checker.check(text, letter.evidence());
                nanos[i] = System.nanoTime() - t0;
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%s, %d words: p50 %.2f ms, p99 %.2f ms%n", id,
                    text.split("\\s+").length, nanos[runs / 2] / 1e6, nanos[runs * 99 / 100] / 1e6);
        }
    }

    /** The letter grown to a page by repeating its body, as long letters run. */
    private static String onePage(String letter) {
        StringBuilder page = new StringBuilder(letter);
        while (page.toString().split("\\s+").length < 300) {
            page.append("\n\n").append(letter);
        }
        return page.toString();
    }
}
