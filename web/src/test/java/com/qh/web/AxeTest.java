package com.qh.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** {@link Axe} finds what it is there to find, so a screen test that passes it means something. */
@EnabledIfSystemProperty(named = "qh.web.browser", matches = "true")
class AxeTest {

    @Test
    void namesTheRuleTheImpactAndTheElementOfEachSeriousViolation() {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(System.getProperty("qh.web.chromium", "/usr/bin/chromium"))));
            Page page = chromium.newPage();
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
