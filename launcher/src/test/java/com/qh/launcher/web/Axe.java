package com.qh.launcher.web;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core run in a page of the browser journey, as the web module's own screen tests run it: the
 * {@code axe.min.js} Deque ships in {@code com.deque.html.axe-core:playwright} (a test dependency), put into the
 * page through Playwright's evaluate, which the page's Content-Security-Policy does not govern.
 */
final class Axe {

    private static final String SOURCE = load();

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

    /** The serious and critical violations on the page as it is now, one line per element, named by the screen. */
    static List<String> seriousViolations(Page page, String screen) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(SOURCE);
        }
        return ((List<?>) page.evaluate(RUN)).stream().map(line -> screen + ": " + line).toList();
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
