package com.qh.ai;

import com.qh.ai.factcheck.Evidence;
import com.qh.ai.factcheck.FactCheck;
import com.qh.ai.factcheck.FactChecker;

/**
 * Generated prose after the fact check: the text to show, and what the check found in the text as written. A feature
 * shows {@link #text()} and may list {@code check().unsupported()} as warnings with their spans.
 *
 * @param generated the generator's answer, as written
 * @param check     the fact check of that text against the profile (and the vacancy's company and role)
 * @param text      the text without the sentences or lines holding unsupported claims
 */
public record CheckedText(Generated<String> generated, FactCheck check, String text) {

    /**
     * Checks a generated text, whichever engine wrote it: the offline engine passes by construction, and checking it
     * too costs a few milliseconds and catches a template that drifted.
     */
    public static CheckedText of(Generated<String> generated, FactChecker checker, Evidence evidence) {
        FactCheck check = checker.check(generated.value(), evidence);
        return new CheckedText(generated, check, check.withoutUnsupported());
    }

    /** Whether every claim was supported, so {@link #text()} is the text as written. */
    public boolean clean() {
        return check.clean();
    }
}
