package com.qh.web;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core run in a page of a browser test. The script is the {@code axe.min.js} that Deque ships at the root of its
 * {@code com.deque.html.axe-core:playwright} jar (a test dependency; nothing is downloaded at run time). It is put
 * into the page through Playwright's evaluate, which the page's Content-Security-Policy does not govern, so the page
 * keeps its policy while it is checked, and a test can still catch the page's own violations of it.
 */
final class Axe {

    private static final String SOURCE = load();

    /** axe's rules answer one of minor, moderate, serious, critical; the last two fail a screen. */
    private static final String RUN = """
            async () => {
              const results = await axe.run(document, {resultTypes: ['violations']});
              return results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .flatMap(v => v.nodes.map(n => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                  + n.target.join(' ') + (n.failureSummary ? ' (' + n.failureSummary.replace(/\\s+/g, ' ') + ')' : '')));
            }""";

    private Axe() {
    }

    /**
     * The serious and critical violations on the page as it is now, one line per element: the rule's id, its impact,
     * what it asks, the element's selector and why it failed. Empty when there are none.
     */
    static List<String> seriousViolations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(SOURCE);
        }
        return ((List<?>) page.evaluate(RUN)).stream().map(String::valueOf).toList();
    }

    /** The same, each line starting with the screen's name, for a test that gathers them over a whole journey. */
    static List<String> seriousViolations(Page page, String screen) {
        return seriousViolations(page).stream().map(line -> screen + ": " + line).toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath "
                        + "(com.deque.html.axe-core:playwright ships it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
