package com.qh.ai.factcheck;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Check times for FACTCHECK.md, printed, never asserted: one warm thread, p50 and p99 over many checks of a one-page
 * letter (about 300 words) against its profile, once with the profile's index cached (a draft checked again, as
 * letters and resumes are) and once indexed in the check (a profile seen for the first time). Runs only when asked:
 * {@code ./mvnw -f platform/ai/pom.xml test -Dtest=FactCheckBenchmark -Dbench=true} ({@code -Dbench.letters=ru-letter-accountant-01}
 * for one of the two, as under a profiler).
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class FactCheckBenchmark {

    @Test
    void printsCheckTimes() {
        FactChecker checker = LabelledSet.checker();
        List<LabelledSet.Case> dev = LabelledSet.load("dev");
        String only = System.getProperty("bench.letters", "en-letter-backend-01,ru-letter-accountant-01");
        for (String id : only.split(",")) {
            LabelledSet.Case letter = dev.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
            String text = onePage(letter.text());
            for (int i = 0; i < 2_000; i++) {
                checker.check(text, letter.evidence());
                LabelledSet.checker().check(text, letter.evidence());
            }
            int runs = 5_000;
            long[] cached = new long[runs];
            long[] fresh = new long[runs];
            for (int i = 0; i < runs; i++) {
                long t0 = System.nanoTime();
                checker.check(text, letter.evidence());
                cached[i] = System.nanoTime() - t0;
                // A checker of its own has an empty cache: the profile is indexed as part of the check.
                FactChecker first = LabelledSet.checker();
                long t1 = System.nanoTime();
                first.check(text, letter.evidence());
                fresh[i] = System.nanoTime() - t1;
            }
            System.out.printf(Locale.ROOT, "%s, %d words: profile cached p50 %s; profile indexed in the check p50 %s%n",
                    id, text.split("\\s+").length, percentiles(cached), percentiles(fresh));
        }
    }

    private static String percentiles(long[] nanos) {
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%.2f ms, p99 %.2f ms", nanos[nanos.length / 2] / 1e6,
                nanos[nanos.length * 99 / 100] / 1e6);
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
