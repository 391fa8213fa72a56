package com.qh.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** {@link Axe} finds what it is there to find, so a screen test that passes it means something. */
@EnabledIfSystemProperty(named = "qh.web.browser", matches = "true")
class AxeTest {

    @Test
    void namesTheRuleTheImpactAndTheElementOfEachSeriousViolation() {
        // A page of its own (its own context) in the test JVM's one Chromium.
        try (Page page = SharedChromium.browser().newPage()) {
            page.setContent("""
                    <!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>Title</h1>
                    <p id="faint" style="color: #aaa; background: #fff">Hard to read</p>
                    <button id="nameless"></button>
                    <label for="good">Name</label><input id="good">
                    </main></body></html>""");

            List<String> found = Axe.seriousViolations(page, "sample");

            assertThat(found).anySatisfy(line -> assertThat(line).startsWith("sample: color-contrast (serious)")
                    .contains("#faint"));
            assertThat(found).anySatisfy(line -> assertThat(line).startsWith("sample: button-name (critical)")
                    .contains("#nameless"));
            assertThat(found).noneSatisfy(line -> assertThat(line).contains("#good"));
        }
    }
}
